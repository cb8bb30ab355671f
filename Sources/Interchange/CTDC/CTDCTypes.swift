import CaseModel

/// The CTDC file layouts ``CTDCMapper`` reads.
public enum CTDCLayout: String, Sendable, Hashable, CaseIterable {
    /// The k-anonymised Global Dataset, per the data dictionary of 28 Nov 2017
    /// (also the 2018–2020 releases): 0/1/-99 flags, ISO alpha-2 countries.
    case kAnonymised2017
    /// The Global Synthetic Dataset, codebook v2 (February 2024): 27 variables,
    /// merged means of control, 1/blank flags, ISO alpha-3 countries.
    case synthetic2024
    /// The 2025/2026 synthetic files: as 2024 with `sectorOf*` for `typeOf*`.
    case synthetic2025
    /// The condensed Victim–Perpetrator synthetic file: banded years, UN regions, perpetrator attributes.
    case victimPerpetrator
}

/// Where a k-anonymised CTDC record came from (`Datasource`).
public enum CTDCDataSource: String, Sendable, Hashable, CaseIterable {
    /// IOM and other case-management systems.
    case caseManagement = "Case Management"
    /// Polaris's US hotline.
    case hotline = "Hotline"
}

/// The UN regions the Victim–Perpetrator file uses. CTDC merges the Americas
/// with Oceania there; ``americas`` and ``oceania`` are for files that do not.
public enum CTDCRegion: String, Sendable, Hashable, CaseIterable {
    case africa = "Africa"
    case americasOceania = "Americas/Oceania"
    case americas = "Americas"
    case asia = "Asia"
    case europe = "Europe"
    case oceania = "Oceania"

    /// The UN M49 regions (``Country/region``) it covers.
    public var m49Regions: Set<String> {
        self == .americasOceania ? ["Americas", "Oceania"] : [rawValue]
    }

    /// Whether a country lies in the region, for comparing with country-level data.
    public func contains(_ country: Country) -> Bool {
        m49Regions.contains(country.region)
    }
}

/// A value that could not be carried over, tied to its place in the file.
public struct CTDCIssue: Sendable, Hashable, CustomStringConvertible {
    /// What sort of problem an issue is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The value is not one the layout defines (a typo, a damaged cell).
        case invalidValue
        /// A valid CTDC value HTCDS has no code for; the record keeps it in
        /// ``MappedSet/unmapped`` where the field is a set.
        case noEquivalent
        /// Two columns disagree; the message says which one was kept.
        case conflict
        /// The record itself is damaged: wrong cell count, bad quoting or encoding.
        case malformedRow
    }

    /// The data row: 1 for the first record after the header (``CSVRow/number``).
    public let row: Int
    /// Where the record starts in the file: the CSV line or the spreadsheet row.
    public let line: Int?
    /// The column's name in the file's header.
    public let column: String
    /// The cell as written.
    public let value: String
    /// What sort of problem it is.
    public let kind: Kind
    /// A sentence for the import report.
    public let message: String

    /// An issue at a place in the file.
    public init(row: Int, line: Int?, column: String, value: String, kind: Kind, message: String) {
        self.row = row
        self.line = line
        self.column = column
        self.value = value
        self.kind = kind
        self.message = message
    }

    public var description: String {
        "row \(row)\(line.map { " (line \($0))" } ?? ""), \(column) = \"\(value)\": \(message)"
    }
}

/// Perpetrator attributes of a Victim–Perpetrator record. Each describes the
/// perpetrators linked to the victim as a group, so sets may hold several values.
public struct CTDCPerpetrators: Sendable, Hashable {
    /// `IP_Exploiter`, `IP_RecruiterBroker`, `IP_TransactionProcess`, `IP_ControlAbuseKidnap`.
    public var roles: MappedSet<PerpetratorRole>?
    /// `IP_Gender`: `Female;Male` gives both.
    public var genders: Set<Gender>?
    /// `IP_ageBroad`, sorted.
    public var ageBands: [NumberBand]?
    /// `IP_citizen_UNRegion`.
    public var citizenshipRegions: Set<CTDCRegion>?
    /// `IP_Relation`: the victim's relation to the perpetrators.
    public var relationships: MappedSet<RelationshipToTrafficker>?
    /// `IP_PayMoney`: `No;Yes` gives both. The official definition was not
    /// found; it is presumably whether money was paid to or by the perpetrators.
    public var paidMoney: Set<Bool>?

    /// Attributes all unknown.
    public init() {}
}
