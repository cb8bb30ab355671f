/// What a person consented to. HTCDS has one checkbox (`con_Consent`); Libertas records each purpose as its own dated answer.
public enum ConsentPurpose: String, CodeList {
    case services = "Services"
    case dataSharing = "DataSharing"
    case referral = "Referral"
    case reporting = "Reporting"

    public static let field = "con_Purpose"
    public static let labelPrefix = "consentPurpose"
}
