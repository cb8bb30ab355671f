/// Where a case stands (`cas_Status`).
public enum CaseStatus: String, CodeList {
    case active = "Active"
    case followUp = "FollowUp"
    case closed = "Closed"
    case closedReferred = "ClosedReferred"

    public static let field = "cas_Status"
    public static let labelPrefix = "caseStatus"
}
