import FluentKit
import Foundation

/// Pages of records whose ids are time-ordered (``Foundation/UUID/timeOrdered(now:)``),
/// newest first: the id alone gives the order and the cursor.
public enum NewestFirst {
    public static func page<M: Model>(_ query: QueryBuilder<M>, after cursor: Cursor?, limit: Int) async throws -> ListPage<M> where M.IDValue == UUID {
        if let cursor, let id = UUID(uuidString: cursor.id) { query.filter(\._$id < id) }
        let rows = try await query.sort(\._$id, .descending).limit(limit + 1).all()
        return Storage.page(rows, limit: limit) { Cursor(key: "", id: $0.id?.uuidString ?? "") }
    }
}
