import FluentKit
import Foundation

/// Reads of duplicate flags for the coordinator.
public enum DuplicateFlagQueries {
    /// Flags with `status` and from `source` (all when nil), newest first.
    public static func list(
        on database: any Database,
        status: DuplicateFlagModel.Status?,
        source: DuplicateFlagModel.Source? = nil,
        after cursor: Cursor?,
        limit: Int
    ) async throws -> ListPage<DuplicateFlagModel> {
        let query = DuplicateFlagModel.query(on: database)
        if let status { query.filter(\.$status == status.rawValue) }
        if let source { query.filter(\.$source == source.rawValue) }
        if let cursor, let seconds = Double(cursor.key), let id = UUID(uuidString: cursor.id) {
            let instant = Date(timeIntervalSince1970: seconds)
            query.group(.or) { or in
                or.filter(\.$createdAt < instant)
                or.group(.and) { and in
                    and.filter(\.$createdAt == instant)
                    and.filter(\.$id < id)
                }
            }
        }
        let rows = try await query.sort(\.$createdAt, .descending).sort(\.$id, .descending).limit(limit + 1).all()
        return page(rows, limit: limit) { Cursor(key: String($0.createdAt?.timeIntervalSince1970 ?? 0), id: $0.id?.uuidString ?? "") }
    }

    /// Whether the two persons are already flagged, in either order.
    public static func exists(_ first: UUID, _ second: UUID, on database: any Database) async throws -> Bool {
        try await DuplicateFlagModel.query(on: database)
            .group(.or) { or in
                or.group(.and) { $0.filter(\.$personID == first).filter(\.$otherPersonID == second) }
                or.group(.and) { $0.filter(\.$personID == second).filter(\.$otherPersonID == first) }
            }
            .count() > 0
    }
}
