import FluentKit
import Foundation

/// One event in one user's inbox.
///
/// Fanned out when the event is published, one row per user who can act on
/// it: the inbox and its unread count are then a plain indexed read on
/// (user, read_at), and each user's read mark lives in their own row.
public final class NotificationModel: Model, @unchecked Sendable {
    public static let schema = "notifications"

    /// Time-ordered: the inbox pages newest first by id.
    @ID(key: .id) public var id: UUID?
    @Parent(key: "event_id") public var event: EventModel
    @Field(key: "user_id") public var userID: UUID
    @OptionalField(key: "read_at") public var readAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), eventID: UUID, userID: UUID) {
        self.id = id
        self.$event.id = eventID
        self.userID = userID
    }
}
