/// The kind of organisation that decided the trafficking status (`vic_TraffickingStatusDecisionMakingOrg`).
public enum StatusDecisionMaker: String, CodeList {
    case police = "Police"
    case ngo = "NGO"
    case courtOrProsecution = "CourtOrProsecution"
    case nonPoliceGovernmentalOrganization = "NonPoliceGovernmentalOrganization"
    case other = "Other"

    public static let field = "vic_TraffickingStatusDecisionMakingOrg"
    public static let labelPrefix = "statusDecisionMaker"
}
