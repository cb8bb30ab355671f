import AccessControl
import FluentKit
import Foundation

/// Reads of organisations, always through an access-control filter.
public enum OrganisationQueries {
    /// Organisations the filter admits, sorted by name.
    public static func list(
        on database: any Database,
        filter: RecordFilter,
        nameContains: String? = nil,
        includeInactive: Bool = true,
        after cursor: Cursor?,
        limit: Int
    ) async throws -> ListPage<OrganisationModel> {
        let query = OrganisationModel.query(on: database)
        switch filter {
        case .nothing, .ownedBy: return ListPage(items: [], nextCursor: nil)
        case .organisation(let id, _), .organisationOrReferred(let id, _): query.filter(\.$id == id)
        case .everything: break
        }
        if let nameContains, !nameContains.isEmpty {
            query.filter(\.$nameKey ~~ nameContains.lowercased())
        }
        if !includeInactive { query.filter(\.$active == true) }
        return try await ByName.page(query, after: cursor, limit: limit)
    }
}

/// Cuts `rows` (fetched with `limit + 1`) to a page, with a cursor when more rows follow.
func page<T>(_ rows: [T], limit: Int, cursor: (T) -> Cursor) -> ListPage<T> {
    guard rows.count > limit else { return ListPage(items: rows, nextCursor: nil) }
    let items = Array(rows.prefix(limit))
    return ListPage(items: items, nextCursor: items.last.map { cursor($0).token })
}
