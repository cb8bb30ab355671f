import FluentKit
import Foundation

/// Reads of referrals.
public enum ReferralQueries {
    /// A page of `query`, newest first. Referral ids are time-ordered, so the id
    /// alone gives the order and the cursor.
    public static func page(_ query: QueryBuilder<ReferralModel>, after cursor: Cursor?, limit: Int) async throws -> ListPage<ReferralModel> {
        if let cursor, let id = UUID(uuidString: cursor.id) { query.filter(\.$id < id) }
        let rows = try await query.sort(\.$id, .descending).limit(limit + 1).all()
        return Storage.page(rows, limit: limit) { Cursor(key: "", id: $0.id?.uuidString ?? "") }
    }
}
