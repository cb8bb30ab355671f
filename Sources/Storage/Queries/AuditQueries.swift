import AccessControl
import FluentKit
import Foundation

/// What to look for in the audit log.
public struct AuditCriteria: Sendable, Equatable {
    public var actorUserID: UUID?
    /// The actor's username at the time (or `system`, `cli`, `anonymous`).
    public var actorLabel: String?
    public var action: String?
    public var recordType: String?
    public var recordID: String?
    public var from: Date?
    /// Exclusive upper bound.
    public var until: Date?

    public init(
        actorUserID: UUID? = nil,
        actorLabel: String? = nil,
        action: String? = nil,
        recordType: String? = nil,
        recordID: String? = nil,
        from: Date? = nil,
        until: Date? = nil
    ) {
        self.actorUserID = actorUserID
        self.actorLabel = actorLabel
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.from = from
        self.until = until
    }
}

/// Reads of the audit log, newest first, always through an access-control filter.
public enum AuditQueries {
    public static func list(
        on database: any Database,
        filter: RecordFilter,
        criteria: AuditCriteria,
        after cursor: Cursor?,
        limit: Int
    ) async throws -> ListPage<AuditEntryModel> {
        let query = AuditEntryModel.query(on: database)
        switch filter {
        case .nothing: return ListPage(items: [], nextCursor: nil)
        case .ownedBy(let userID): query.filter(\.$actorUserID == userID)
        case .organisation(let org, _), .organisationOrReferred(let org, _):
            // An entry belongs to the organisation of the record it is about, not
            // to its actor: someone refused another organisation's record must not
            // learn from their own trail which organisation holds it.
            query.filter(\.$organisationID == org)
        case .everything: break
        }
        if let actor = criteria.actorUserID { query.filter(\.$actorUserID == actor) }
        if let label = criteria.actorLabel, !label.isEmpty { query.filter(\.$actorLabel == label.lowercased()) }
        if let action = criteria.action, !action.isEmpty {
            // `user` matches user.create, user.update…; `user.create` matches itself.
            query.group(.or) { or in
                or.filter(\.$action == action)
                or.filter(\.$action =~ (action + "."))
            }
        }
        if let recordType = criteria.recordType, !recordType.isEmpty { query.filter(\.$recordType == recordType) }
        if let recordID = criteria.recordID, !recordID.isEmpty { query.filter(\.$recordID == recordID) }
        if let from = criteria.from { query.filter(\.$timestampMillis >= millis(from)) }
        if let until = criteria.until { query.filter(\.$timestampMillis < millis(until)) }
        if let cursor, let sequence = Int64(cursor.id) { query.filter(\.$id < sequence) }
        let rows = try await query.sort(\.$id, .descending).limit(limit + 1).all()
        return page(rows, limit: limit) { Cursor(key: "", id: String($0.id ?? 0)) }
    }

    /// The distinct action names in the log, for the filter menu.
    public static func actions(on database: any Database) async throws -> [String] {
        try await AuditEntryModel.query(on: database).unique().all(\.$action).sorted()
    }

    private static func millis(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
