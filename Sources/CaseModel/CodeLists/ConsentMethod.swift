/// How consent was given.
public enum ConsentMethod: String, CodeList {
    case written = "Written"
    case verbal = "Verbal"
    case electronic = "Electronic"
    case guardian = "Guardian"

    public static let field = "con_Method"
    public static let labelPrefix = "consentMethod"
}
