/// Means used to control the victim (`vic_MethodsOfControl`).
public enum ControlMethod: String, CodeList {
    case physicalThreats = "PhysicalThreats"
    case threatsLawEnforcement = "ThreatsLawEnforcement"
    case threatensChildrenFamily = "ThreatensChildrenFamily"
    case debtBondage = "DebtBondage"
    case falsePromises = "FalsePromises"
    case physicalAbuse = "PhysicalAbuse"
    case sexualAbuse = "SexualAbuse"
    case takesEarnings = "TakesEarnings"
    case restrictsFinancialAccess = "RestrictsFinancialAccess"
    case restrictsMedicalCare = "RestrictsMedicalCare"
    case withholdsNecessities = "WithholdsNecessities"
    case psychologicalAbuse = "PsychologicalAbuse"
    case psychoactiveSubstance = "PsychoactiveSubstance"
    case excessiveWorkingHours = "ExcessiveWorkingHours"
    case withholdsDocuments = "WithholdsDocuments"
    case other = "Other"

    public static let field = "vic_MethodsOfControl"
    public static let labelPrefix = "control"
}
