import CaseModel

extension ServiceStatus {
    /// Whether a service in this state means the victim was assisted: it is under way or done.
    /// A planned service may never start and a cancelled one did not happen, so neither counts.
    public var meansAssisted: Bool {
        switch self {
        case .inProgress, .completed: true
        case .planned, .cancelled: false
        }
    }
}
