/// Services a victim can be given or referred to. Not an HTCDS list: Libertas's own, from national referral mechanisms.
public enum ServiceType: String, CodeList {
    case shelter = "Shelter"
    case medical = "Medical"
    case psychosocial = "Psychosocial"
    case legalAid = "LegalAid"
    case interpretation = "Interpretation"
    case repatriation = "Repatriation"
    case reintegration = "Reintegration"
    case education = "Education"
    case livelihood = "Livelihood"
    case financial = "Financial"
    case investigation = "Investigation"
    case other = "Other"

    public static let field = "srv_Type"
    public static let labelPrefix = "serviceType"
}
