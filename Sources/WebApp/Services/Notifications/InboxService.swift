import AccessControl
import Fluent
import Foundation
import Storage

/// The signed-in user's in-app notifications. Only ever their own rows; a
/// notification carries an event kind and ids, so reading it is not audited,
/// and marking it read is bookkeeping.
struct InboxService {
    let database: any Database
    let context: LibertasContext

    /// One line of the inbox.
    struct Item: Sendable {
        let id: UUID
        let eventID: UUID
        let kind: DomainEvent.Kind?
        let subjectID: UUID
        let caseID: UUID?
        let organisationID: UUID
        let at: Date
        let readAt: Date?

        /// The page the event is about, as far as there is one to link to.
        var link: String? {
            switch kind {
            case .referralReceived, .referralAccepted, .referralDeclined, .referralRevoked, .referralCompleted: "/referrals/\(subjectID.uuidString)"
            case .knowledgeMatch: "/knowledge/records/\(subjectID.uuidString)"
            case nil, .webhookTest: nil
            default: caseID.map { "/cases/\($0.uuidString)" }
            }
        }

        init(_ row: NotificationModel) throws {
            let event = row.event
            id = try row.requireID()
            eventID = try event.requireID()
            kind = DomainEvent.Kind(rawValue: event.kind)
            subjectID = event.subjectID
            caseID = event.caseID
            organisationID = event.organisationID
            at = event.createdAt
            readAt = row.readAt
        }
    }

    func list(_ caller: Caller, unreadOnly: Bool = false, cursor: String?, limit: Int?) async throws -> ListPage<Item> {
        try await context.authorize(caller, .list, Self.facts(owner: caller.user.id), on: database)
        let query = NotificationModel.query(on: database).filter(\.$userID == caller.user.id).with(\.$event)
        if unreadOnly { query.filter(\.$readAt == nil) }
        return try await NewestFirst.page(query, after: Cursor.parse(cursor), limit: PageSize.clamp(limit)).map(Item.init)
    }

    func unreadCount(_ caller: Caller) async throws -> Int {
        try await context.authorize(caller, .list, Self.facts(owner: caller.user.id), on: database)
        return try await NotificationModel.query(on: database).filter(\.$userID == caller.user.id).filter(\.$readAt == nil).count()
    }

    /// Marks one of the caller's notifications read; another user's is "not found".
    func markRead(_ caller: Caller, id: UUID) async throws {
        guard let row = try await NotificationModel.find(id, on: database) else { throw AppError.notFound }
        try await context.authorize(caller, .update, Self.facts(owner: row.userID), recordID: id.uuidString, on: database)
        guard row.readAt == nil else { return }
        let now = context.now()
        try await context.audit.bookkeeping {
            try await NotificationModel.query(on: database).filter(\.$id == id).filter(\.$readAt == nil).set(\.$readAt, to: now).update()
        }
    }

    func markAllRead(_ caller: Caller) async throws {
        try await context.authorize(caller, .update, Self.facts(owner: caller.user.id), on: database)
        let now = context.now()
        try await context.audit.bookkeeping {
            try await NotificationModel.query(on: database).filter(\.$userID == caller.user.id).filter(\.$readAt == nil).set(\.$readAt, to: now).update()
        }
    }

    static func facts(owner: UUID) -> RecordFacts {
        RecordFacts(kind: .inboxNotification, ownerUserID: owner)
    }
}
