import Foundation

/// One request for approval as the rules need it: no comments, no dates.
public struct ApprovalRequest: Hashable, Sendable {
    public var step: ApprovalStep
    public var status: ApprovalStatus
    public var requestedBy: UUID

    public init(step: ApprovalStep, status: ApprovalStatus, requestedBy: UUID) {
        self.step = step
        self.status = status
        self.requestedBy = requestedBy
    }
}

/// How a step stands on one case, for the case page and the gates.
public enum ApprovalState: Hashable, Sendable {
    /// The country does not put this step under approval.
    case notRequired
    /// Required, and no one has asked yet.
    case notRequested
    case requested
    case approved
    case rejected

    /// Whether a change the step guards may go ahead.
    public var allowsChange: Bool { self == .notRequired || self == .approved }
}

/// The rules of approvals, as pure functions over a case's requests.
///
/// Only the **newest** request of a step counts: a rejection is answered by a
/// new request, and a new request after an approval (a case reopened and
/// closed again) needs its own decision. The lists given to these functions
/// are in the order the requests were made, oldest first.
public enum ApprovalRules {
    /// Why a request or a decision is refused.
    public enum Refusal: Hashable, Sendable {
        /// The country has not put this step under approval.
        case notRequired
        /// A request for the step is already waiting for a decision.
        case alreadyRequested
        /// The request has been decided already, or a newer one replaced it.
        case notPending
        /// No one approves their own request, whatever their roles.
        case ownRequest
    }

    /// The request of `step` that counts: the newest.
    public static func current(_ step: ApprovalStep, in requests: [ApprovalRequest]) -> ApprovalRequest? {
        requests.last { $0.step == step }
    }

    /// How `step` stands, given the steps the country requires.
    public static func state(of step: ApprovalStep, required: Set<ApprovalStep>, requests: [ApprovalRequest]) -> ApprovalState {
        guard required.contains(step) else { return .notRequired }
        switch current(step, in: requests)?.status {
        case nil: return .notRequested
        case .requested: return .requested
        case .approved: return .approved
        case .rejected: return .rejected
        }
    }

    /// Whether a worker may ask for approval of `step` now: the step must be
    /// required and not already waiting. A rejected or approved step may be asked again.
    public static func refusalToRequest(_ step: ApprovalStep, required: Set<ApprovalStep>, requests: [ApprovalRequest]) -> Refusal? {
        guard required.contains(step) else { return .notRequired }
        return current(step, in: requests)?.status == .requested ? .alreadyRequested : nil
    }

    /// Whether `decider` may approve or reject `request`. The role (a supervisor
    /// of the case's organisation) is the access policy's question; these are the
    /// rules on top: it must be the newest request of its step, still waiting,
    /// and not the decider's own.
    public static func refusalToDecide(_ request: ApprovalRequest, isNewest: Bool, decider: UUID) -> Refusal? {
        guard request.status == .requested, isNewest else { return .notPending }
        return request.requestedBy == decider ? .ownRequest : nil
    }

    /// The step that guards `change`, if any. Only a final trafficking-status
    /// decision (Actual or NotA) is guarded; going back to Possible is not a decision.
    public static func step(guarding change: CaseChange) -> ApprovalStep? {
        switch change {
        case .close:
            return .caseClosure
        case .traffickingStatus(let from, let to):
            return from != to && to != .possibleVictimOfTrafficking ? .traffickingStatusDecision : nil
        }
    }

    /// The step that blocks `change` on a case with these requests, or `nil` when it may go ahead.
    public static func blockingStep(for change: CaseChange, required: Set<ApprovalStep>, requests: [ApprovalRequest]) -> ApprovalStep? {
        guard let step = step(guarding: change) else { return nil }
        return state(of: step, required: required, requests: requests).allowsChange ? nil : step
    }
}
