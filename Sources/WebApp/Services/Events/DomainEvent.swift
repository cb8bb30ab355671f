import Foundation

/// Something that happened which people in an organisation, or that
/// organisation's systems, need to hear about: in-app notifications and
/// webhooks are built from these.
///
/// An event carries ids and its kind only, never personal data, because it
/// leaves the system through webhooks.
struct DomainEvent: Sendable, Equatable {
    enum Kind: String, Sendable, CaseIterable, Codable {
        case referralReceived = "referral.received"
        case referralAccepted = "referral.accepted"
        case referralDeclined = "referral.declined"
        case referralRevoked = "referral.revoked"
        case referralCompleted = "referral.completed"
        case transferRequested = "transfer.requested"
        case transferAccepted = "transfer.accepted"
        case transferDeclined = "transfer.declined"
        case approvalRequested = "approval.requested"
        case approvalDecided = "approval.decided"
        case taskAssigned = "task.assigned"
        case taskOverdue = "task.overdue"
        /// A newly published knowledge-portal record matches a user's saved search.
        case knowledgeMatch = "knowledge.match"
        /// Sent to one webhook endpoint on an administrator's request, to check the receiver.
        case webhookTest = "webhook.test"

        /// The kinds an endpoint may subscribe to (a test goes to the endpoint it tests, subscribed or not).
        static var subscribable: [Kind] { allCases.filter { $0 != .webhookTest } }
    }

    var kind: Kind
    /// The referral, transfer, approval or task the event is about.
    var subjectID: UUID
    /// The case it belongs to, when there is one.
    var caseID: UUID?
    /// The organisation that hears about it (its webhooks fire; its users see it in-app).
    var organisationID: UUID
    /// One person who hears about it in-app, when it is meant for them alone
    /// (a task's assignee); nil for everyone in the organisation who can act on it.
    var userID: UUID?
}
