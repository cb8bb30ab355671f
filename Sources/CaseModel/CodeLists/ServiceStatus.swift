/// Where a service stands.
public enum ServiceStatus: String, CodeList {
    case planned = "Planned"
    case inProgress = "InProgress"
    case completed = "Completed"
    case cancelled = "Cancelled"

    public static let field = "srv_Status"
    public static let labelPrefix = "serviceStatus"
}
