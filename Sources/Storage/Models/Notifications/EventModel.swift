import FluentKit
import Foundation

/// Something that happened, kept as an outbox: written in the same transaction
/// as the change it describes, so in-app notifications and webhooks are built
/// from what was committed, and survive a restart. Ids and kind only.
public final class EventModel: Model, @unchecked Sendable {
    public static let schema = "events"

    /// Time-ordered, so the outbox and the inbox sort by id; webhook receivers deduplicate by it.
    @ID(key: .id) public var id: UUID?
    /// A `DomainEvent.Kind` value, such as `referral.received`.
    @Field(key: "kind") public var kind: String
    @Field(key: "subject_id") public var subjectID: UUID
    @OptionalField(key: "case_id") public var caseID: UUID?
    /// The organisation that hears about it.
    @Field(key: "organisation_id") public var organisationID: UUID
    /// The one user it is meant for, if any.
    @OptionalField(key: "user_id") public var userID: UUID?
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    public init(id: UUID = .timeOrdered(), kind: String, subjectID: UUID, caseID: UUID?, organisationID: UUID, userID: UUID?, at: Date) {
        self.id = id
        self.kind = kind
        self.subjectID = subjectID
        self.caseID = caseID
        self.organisationID = organisationID
        self.userID = userID
        self.createdAt = at
    }
}
