import Foundation
import KnowledgeBase
import KnowledgeSearch

/// One page of a portal search, as storage runs it.
public struct KnowledgeSearchRequest: Sendable, Hashable {
    /// Result order.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        /// Best match first (BM25 on SQLite, `ts_rank` on PostgreSQL); by date when the query has no words.
        case relevance
        case newest
        case oldest
    }

    /// The canonicalised query, or `nil` for every published record.
    public var query: SearchQuery?
    public var sort: Sort
    /// The cursor of the previous page's last hit.
    public var after: KnowledgeCursor?
    public var limit: Int

    public init(query: SearchQuery?, sort: Sort = .relevance, after: KnowledgeCursor? = nil, limit: Int = 20) {
        self.query = query
        self.sort = sort
        self.after = after
        self.limit = limit
    }
}

/// Where a page ended: the sort, and the last hit's sort values and key.
/// Opaque to clients (base64url JSON), like CourtListener's cursors: a page is
/// found by value, not by offset, so publications between requests neither
/// skip nor repeat results.
public struct KnowledgeCursor: Codable, Sendable, Hashable {
    public let sort: KnowledgeSearchRequest.Sort.RawValue
    public let score: Double
    public let date: String
    public let key: Int

    public init(sort: KnowledgeSearchRequest.Sort, hit: KnowledgeHit) {
        self.sort = sort.rawValue
        self.score = hit.score
        self.date = hit.sortDate
        self.key = hit.key
    }

    /// The cursor as a URL-safe token.
    public var token: String {
        let data = (try? JSONEncoder().encode(self)) ?? Data()
        return data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Reads a token; `nil` when it is not one of ours or belongs to another sort.
    /// A relevance search whose query has no words runs newest first, so its
    /// cursors say `newest`; they are accepted for `relevance` too.
    public init?(token: String, sort: KnowledgeSearchRequest.Sort) {
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard token.count <= 400, let data = Data(base64Encoded: base64),
              let cursor = try? JSONDecoder().decode(KnowledgeCursor.self, from: data), cursor.score.isFinite,
              cursor.sort == sort.rawValue || (sort == .relevance && cursor.sort == KnowledgeSearchRequest.Sort.newest.rawValue) else { return nil }
        self = cursor
    }
}

/// A matching published record.
public struct KnowledgeHit: Sendable, Equatable {
    /// The record's `search_key`.
    public let key: Int
    /// Lower is better.
    public let score: Double
    public let sortDate: String
}

/// How many matching records have a facet value.
public struct FacetCount: Sendable, Equatable {
    public let value: String
    public let count: Int
}

/// A page of hits with the facet counts of all matches.
public struct KnowledgeSearchResult: Sendable {
    public let hits: [KnowledgeHit]
    /// All matching records (every record has exactly one type, so this is the sum of the type counts).
    public let total: Int
    /// Counts per value for each of `KnowledgeField.counted`, largest first.
    public let facets: [KnowledgeField: [FacetCount]]
    /// The cursor for the next page, when there is one.
    public let next: KnowledgeCursor?
}
