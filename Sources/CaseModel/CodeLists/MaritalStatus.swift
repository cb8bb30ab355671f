/// Marital status (`prs_MaritalStatus`).
public enum MaritalStatus: String, CodeList {
    case single = "Single"
    case married = "Married"
    case widowed = "Widowed"
    case divorced = "Divorced"
    case separated = "Separated"
    case registeredPartnership = "RegisteredPartnership"

    public static let field = "prs_MaritalStatus"
    public static let labelPrefix = "maritalStatus"
}
