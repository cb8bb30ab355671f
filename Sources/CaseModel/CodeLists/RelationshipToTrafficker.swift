/// How the victim knew the trafficker (`vic_RelationshipToTrafficker`; HTCDS spells the third value `Unaquainted`).
public enum RelationshipToTrafficker: String, CodeList {
    case familial = "Familial"
    case acquainted = "Acquainted"
    case unaquainted = "Unaquainted"

    public static let field = "vic_RelationshipToTrafficker"
    public static let labelPrefix = "relationship"
}
