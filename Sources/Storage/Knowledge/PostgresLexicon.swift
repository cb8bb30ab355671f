import Foundation
import KnowledgeSearch
import SQLKit

/// Each token's lexeme under the index's text search configuration, asked of
/// PostgreSQL once and remembered (`PostgresVector`). A bulk load of court
/// decisions repeats a vocabulary of a few thousand words, so after the first
/// batches nearly every token is known and no document is parsed on the server.
///
/// One per process: every Libertas database makes `libertas_search` the same
/// way (M021), so a token's lexeme does not depend on the database.
final class PostgresLexicon: @unchecked Sendable {
    static let shared = PostgresLexicon()

    private let lock = NSLock()
    /// Token → its lexeme, or `nil` when it is not regular (see `PostgresVector`).
    private var known: [String: String?] = [:]
    /// Beyond this the table starts again, so that a load of unusual text cannot grow it without end.
    private let capacity = 1_000_000

    /// The lexemes of `tokens`, asking the server about those not yet known.
    func lexemes(_ tokens: Set<String>, configuration: String, on sql: any SQLDatabase) async throws -> [String: String?] {
        var result: [String: String?] = [:]
        var unknown: [String] = []
        lock.withLock {
            for token in tokens {
                if let lexeme = known[token] { result.updateValue(lexeme, forKey: token) } else { unknown.append(token) }
            }
        }
        guard !unknown.isEmpty else { return result }
        var learned: [String: String?] = [:]
        // 10,000 tokens in one array parameter keep each statement small.
        for start in stride(from: 0, to: unknown.count, by: 10_000) {
            let chunk = Array(unknown[start..<min(unknown.count, start + 10_000)])
            let rows = try await sql.raw("""
                SELECT t.token AS token, min(v.lexeme) AS lexeme, count(v.lexeme) AS n, coalesce(bool_and(v.positions = '{1}'), false) AS first \
                FROM unnest(\(bind: chunk)::text[]) AS t(token) \
                LEFT JOIN LATERAL unnest(to_tsvector('\(unsafeRaw: configuration)', t.token)) AS v ON true GROUP BY t.token
                """).all()
            for row in rows {
                let token = try row.decode(column: "token", as: String.self)
                let regular = try row.decode(column: "n", as: Int.self) == 1 && row.decode(column: "first", as: Bool.self)
                // `updateValue`, because assigning `nil` through the subscript would remove the token.
                learned.updateValue(regular ? try row.decode(column: "lexeme", as: String?.self) : nil, forKey: token)
            }
        }
        lock.withLock {
            if known.count + learned.count > capacity { known.removeAll(keepingCapacity: true) }
            known.merge(learned) { $1 }
        }
        return result.merging(learned) { $1 }
    }
}
