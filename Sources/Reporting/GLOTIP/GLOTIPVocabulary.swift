/// The words of the UNODC GLOTIP export, spelled exactly as UNODC writes them, so a table written by
/// Libertas can be pasted into the questionnaire or compared with the export cell by cell.

/// The `Sex` column. `total` is the margin over the other four.
public enum GLOTIPSex: String, CaseIterable, Codable, Sendable, Comparable {
    case total = "Total"
    case female = "Female"
    case male = "Male"
    case other = "Other"
    case unknown = "Unknown"

    /// The categories a person falls in; every person is in exactly one.
    public static let categories: [GLOTIPSex] = [.female, .male, .other, .unknown]

    public static func < (lhs: Self, rhs: Self) -> Bool { allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)! }
}

/// The `Age` column. `total` is the margin over the other three.
public enum GLOTIPAge: String, CaseIterable, Codable, Sendable, Comparable {
    case total = "Total"
    case child = "0 to 17 years"
    case adult = "18 years or over"
    case unknown = "Unknown"

    /// The categories a person falls in; every person is in exactly one.
    public static let categories: [GLOTIPAge] = [.child, .adult, .unknown]

    public static func < (lhs: Self, rhs: Self) -> Bool { allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)! }
}

/// The `Indicator` column.
public enum GLOTIPIndicator: String, CaseIterable, Codable, Sendable {
    case detectedVictims = "Detected trafficking victims"
    case formalContact = "Persons brought into formal contact"
    case prosecuted = "Persons prosecuted"
    case convicted = "Persons convicted"
    case offences = "Offences of trafficking in persons"
}

/// The `Dimension` column. `detailedForm` is Libertas's own addition: the HTCDS forms of
/// exploitation under UNODC's three groups (a victim exploited in several forms counts under each).
public enum GLOTIPDimension: String, CaseIterable, Codable, Sendable {
    case total = "Total"
    case formOfExploitation = "by form of exploitation"
    case detailedForm = "by detailed form of exploitation"
    case citizenship = "by citizenship"
    case repatriation = "by country of repatriation"
}

/// The `Category` labels of the form-of-exploitation dimension. UNODC has the first three;
/// `unknown` holds the victims with no form recorded, so that the categories add up to the total.
public enum GLOTIPFormCategory: String, CaseIterable, Codable, Sendable {
    case sexualExploitation = "Sexual exploitation"
    case forcedLabour = "Forced labour"
    case otherForms = "Other forms of exploitation"
    case unknown = "Unknown"
}
