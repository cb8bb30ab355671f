import AccessControl
import FluentKit
import Foundation

/// Reads of user accounts, always through an access-control filter.
public enum UserQueries {
    /// Users the filter admits, sorted by username, with their roles loaded.
    public static func list(
        on database: any Database,
        filter: RecordFilter,
        organisationID: UUID? = nil,
        usernameContains: String? = nil,
        includeInactive: Bool = true,
        after cursor: Cursor?,
        limit: Int
    ) async throws -> ListPage<UserModel> {
        let query = UserModel.query(on: database).with(\.$roleRows)
        switch filter {
        case .nothing: return ListPage(items: [], nextCursor: nil)
        case .ownedBy(let userID): query.filter(\.$id == userID)
        case .organisation(let org, let userID), .organisationOrReferred(let org, let userID):
            query.group(.or) { or in
                or.filter(\.$organisation.$id == org)
                or.filter(\.$id == userID)
            }
        case .everything: break
        }
        if let organisationID { query.filter(\.$organisation.$id == organisationID) }
        if let usernameContains, !usernameContains.isEmpty {
            query.filter(\.$username ~~ usernameContains.lowercased())
        }
        if !includeInactive { query.filter(\.$active == true) }
        if let cursor, let id = UUID(uuidString: cursor.id) {
            query.group(.or) { or in
                or.filter(\.$username > cursor.key)
                or.group(.and) { and in
                    and.filter(\.$username == cursor.key)
                    and.filter(\.$id > id)
                }
            }
        }
        let rows = try await query.sort(\.$username).sort(\.$id).limit(limit + 1).all()
        return page(rows, limit: limit) { Cursor(key: $0.username, id: $0.id?.uuidString ?? "") }
    }

    /// Finds a user by username (case-insensitive), with roles loaded.
    public static func find(username: String, on database: any Database) async throws -> UserModel? {
        try await UserModel.query(on: database)
            .filter(\.$username == username.lowercased())
            .with(\.$roleRows)
            .first()
    }

    /// Finds a user by id, with roles loaded.
    public static func find(id: UUID, on database: any Database) async throws -> UserModel? {
        try await UserModel.query(on: database).filter(\.$id == id).with(\.$roleRows).first()
    }
}
