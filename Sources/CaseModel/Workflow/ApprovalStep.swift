/// A step of case work that a country may put under a supervisor's approval
/// (Primero's approvals of the case plan, closure and assessment).
///
/// Which steps need approval is a national setting (`LIBERTAS_APPROVAL_STEPS`);
/// a new step is a new case here plus, where it guards a change, a case in
/// ``CaseChange`` and in ``ApprovalRules/step(guarding:)``.
public enum ApprovalStep: String, CodeList {
    /// Recording that a victim is, or is not, a victim of trafficking
    /// (`vic_TraffickingStatus` Actual or NotA).
    case traffickingStatusDecision = "TraffickingStatusDecision"
    /// The case's support plan: approval is a state of the plan, shown on the case.
    case supportPlan = "SupportPlan"
    /// Closing the case.
    case caseClosure = "CaseClosure"

    public static let field = "apr_Step"
    public static let labelPrefix = "approvalStep"
}

/// Where one request for approval stands.
public enum ApprovalStatus: String, CodeList {
    /// Waiting for a supervisor.
    case requested = "Requested"
    case approved = "Approved"
    /// Refused; the worker may request again.
    case rejected = "Rejected"

    public static let field = "apr_Status"
    public static let labelPrefix = "approvalStatus"
}

/// A change to a case that an approval step may guard.
public enum CaseChange: Hashable, Sendable {
    /// Setting a case's status to Closed or ClosedReferred from an open status.
    case close
    /// Changing a victim's trafficking status from one value to another.
    case traffickingStatus(from: TraffickingStatus, to: TraffickingStatus)
}
