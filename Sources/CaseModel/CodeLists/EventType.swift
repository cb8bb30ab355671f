/// The kind of event on a trafficking route (`hte_Type`).
public enum EventType: String, CodeList {
    case recruitment = "Recruitment"
    case transit = "Transit"
    case exploitation = "Exploitation"

    public static let field = "hte_Type"
    public static let labelPrefix = "eventType"
}
