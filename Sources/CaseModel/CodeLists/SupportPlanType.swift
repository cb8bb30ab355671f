/// The kind of support a plan gives (`spl_Type`).
public enum SupportPlanType: String, CodeList {
    case education = "Education"
    case financial = "Financial"
    case health = "Health"
    case labourExploitationRehabilitation = "LabourExploitationRehabilitation"
    case legal = "Legal"
    case livelihood = "Livelihood"
    case rightsBasedTraining = "RightsBasedTraining"
    case sexualExploitationRehabilitation = "SexualExploitationRehabilitation"
    case socialCare = "SocialCare"

    public static let field = "spl_Type"
    public static let labelPrefix = "supportType"
}
