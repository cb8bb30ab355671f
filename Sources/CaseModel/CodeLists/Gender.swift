/// Gender as HTCDS records it (`prs_Gender`): gender expression, six values.
public enum Gender: String, CodeList {
    case feminine = "Feminine"
    case masculine = "Masculine"
    case transgenderFeminine = "TransgenderFeminine"
    case transgenderMasculine = "TransgenderMasculine"
    case nonConforming = "NonConforming"
    case nonSpecifiedUnknown = "NonSpecifiedUnknown"

    public static let field = "prs_Gender"
    public static let labelPrefix = "gender"
}
