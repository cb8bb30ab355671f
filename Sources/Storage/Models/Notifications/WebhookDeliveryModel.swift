import FluentKit
import Foundation

/// One event on its way to one endpoint: the persistent queue and the delivery log in one row.
public final class WebhookDeliveryModel: Model, @unchecked Sendable {
    public static let schema = "webhook_deliveries"

    public enum Status: String, Sendable, CaseIterable, Codable {
        case pending
        case delivered
        /// All attempts failed; nothing more is tried.
        case failed
    }

    /// Time-ordered: the log pages newest first by id.
    @ID(key: .id) public var id: UUID?
    @Parent(key: "event_id") public var event: EventModel
    @Parent(key: "endpoint_id") public var endpoint: WebhookEndpointModel
    /// Copied from the endpoint, so the log is filtered by organisation without a join.
    @Field(key: "organisation_id") public var organisationID: UUID
    /// A ``Status`` value.
    @Field(key: "status") public var status: String
    @Field(key: "attempts") public var attempts: Int
    @Field(key: "next_attempt_at") public var nextAttemptAt: Date
    /// Set by the worker that took the row; another worker leaves it alone until then.
    @OptionalField(key: "claimed_until") public var claimedUntil: Date?
    @OptionalField(key: "claim_token") public var claimToken: UUID?
    @OptionalField(key: "last_status_code") public var lastStatusCode: Int?
    /// What went wrong last, in our words (never the receiver's response body).
    @OptionalField(key: "last_error") public var lastError: String?
    @OptionalField(key: "last_attempt_at") public var lastAttemptAt: Date?
    @OptionalField(key: "delivered_at") public var deliveredAt: Date?
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    public init(id: UUID = .timeOrdered(), eventID: UUID, endpointID: UUID, organisationID: UUID, at: Date) {
        self.id = id
        self.$event.id = eventID
        self.$endpoint.id = endpointID
        self.organisationID = organisationID
        self.status = Status.pending.rawValue
        self.attempts = 0
        self.nextAttemptAt = at
        self.createdAt = at
    }
}
