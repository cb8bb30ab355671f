import FluentKit
import Foundation

/// A record listed by name: its lower-cased name key, indexed for sorting and paging.
public protocol NameKeyed: Model where IDValue == UUID {
    /// The `name_key` field (`\.$nameKey`).
    static var nameKey: KeyPath<Self, FieldProperty<Self, String>> { get }
}

extension OrganisationModel: NameKeyed {
    public static var nameKey: KeyPath<OrganisationModel, FieldProperty<OrganisationModel, String>> { \.$nameKey }
}

extension HelpContactModel: NameKeyed {
    public static var nameKey: KeyPath<HelpContactModel, FieldProperty<HelpContactModel, String>> { \.$nameKey }
}

/// Pages of records by name: the name key gives the order, the id breaks ties, and
/// the cursor carries both, so a page never skips or repeats a row whatever is added.
public enum ByName {
    public static func page<M: NameKeyed>(_ query: QueryBuilder<M>, after cursor: Cursor?, limit: Int) async throws -> ListPage<M> {
        if let cursor, let id = UUID(uuidString: cursor.id) {
            query.group(.or) { or in
                or.filter(M.nameKey > cursor.key)
                or.group(.and) { and in
                    and.filter(M.nameKey == cursor.key)
                    and.filter(\._$id > id)
                }
            }
        }
        let rows = try await query.sort(M.nameKey).sort(\._$id).limit(limit + 1).all()
        return Storage.page(rows, limit: limit) { Cursor(key: $0[keyPath: M.nameKey].wrappedValue, id: $0.id?.uuidString ?? "") }
    }
}
