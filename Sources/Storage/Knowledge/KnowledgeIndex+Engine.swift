import Foundation
import KnowledgeBase
import KnowledgeSearch
import SQLKit

extension KnowledgeIndex {
    /// Records read and split per step of a build.
    static let engineBatch = 2_000

    /// Reads every published record's indexed text, length, date and field
    /// values into an `InvertedIndex`, or returns `nil` when the index changed
    /// while it read (the records might mix two generations).
    func buildInvertedIndex() async throws -> InvertedIndex? {
        let before = try await generation()
        var builder = InvertedIndex.Builder()
        var lastKey = -1
        while true {
            let records = try await engineRecords(after: lastKey)
            guard let last = records.last else { break }
            lastKey = last.key
            let unknown = builder.unknown(Set(records.flatMap(\.tokenCounts.keys)))
            if !unknown.isEmpty { builder.learn(try await stems(of: unknown)) }
            for record in records {
                builder.add(key: record.key, sortDate: record.sortDate, length: record.length, tokenCounts: record.tokenCounts)
            }
        }
        try await addFacets(to: &builder)
        let after = try await generation()
        guard before == after else { return nil }
        return builder.finish(generation: after)
    }

    /// One published record as the engine reads it: its indexed tokens counted.
    struct EngineRecord: Sendable {
        let key: Int
        let sortDate: String
        let tokenCounts: [String: Int]
        let length: Int
    }

    /// The next records after `key`, ascending, their texts split on every core.
    private func engineRecords(after key: Int) async throws -> [EngineRecord] {
        var builder = StatementBuilder(postgres: isPostgres)
        if isPostgres {
            builder.append("SELECT key, sort_date, text FROM knowledge_index WHERE key > ")
            builder.bind(key)
            builder.append(" ORDER BY key LIMIT \(Self.engineBatch)")
        } else {
            builder.append("SELECT f.rowid AS key, i.sort_date AS sort_date, f.text AS text FROM knowledge_fts f JOIN knowledge_index i ON i.key = f.rowid WHERE f.rowid > ")
            builder.bind(key)
            builder.append(" ORDER BY f.rowid LIMIT \(Self.engineBatch)")
        }
        let rows = try await rows(builder)
        let raw = try rows.map { (try $0.decode(column: "key", as: Int.self), try $0.decode(column: "sort_date", as: String.self), try $0.decode(column: "text", as: String.self)) }
        let postgres = isPostgres
        return await Self.inParallel(raw) { key, sortDate, text in
            // PostgreSQL holds the normalised text and indexes the tokens of its first `maximumVectorText` bytes.
            let (counts, length) = postgres ? PostgresVector.terms(ofIndexText: IndexText.make(text), limit: Self.maximumVectorText).counts
                : InvertedIndex.tokenCounts(ofIndexText: text)
            return EngineRecord(key: key, sortDate: sortDate, tokenCounts: counts, length: length)
        }
    }

    /// Each token's stem under the database's own full-text rules: SQLite's
    /// Porter tokenizer or PostgreSQL's text search configuration; `nil`
    /// when they do not make exactly one stem of it.
    func stems(of tokens: [String]) async throws -> [String: String?] {
        if isPostgres {
            return try await PostgresLexicon.shared.lexemes(Set(tokens), configuration: Self.textSearchConfiguration, on: sql)
        }
        // SQLite has no function that stems a word, so the words are indexed,
        // one per row, in a temporary table with the same tokenizer, and read
        // back from its vocabulary. Temporary tables live on one connection.
        return try await sql.withSession { session in
            try await session.raw("DROP TABLE IF EXISTS temp.libertas_stems_vocabulary").run()
            try await session.raw("DROP TABLE IF EXISTS temp.libertas_stems").run()
            try await session.raw("\(unsafeRaw: KnowledgeIndexSchema.createFullText.replacingOccurrences(of: "knowledge_fts", with: "temp.libertas_stems"))").run()
            try await session.raw("CREATE VIRTUAL TABLE temp.libertas_stems_vocabulary USING fts5vocab(temp, libertas_stems, instance)").run()
            for start in stride(from: 0, to: tokens.count, by: 500) {
                var insert = StatementBuilder(postgres: false)
                insert.append("INSERT INTO temp.libertas_stems (rowid, text) VALUES ")
                for index in start..<min(tokens.count, start + 500) {
                    insert.append(index == start ? "(" : ", (")
                    insert.bind(index); insert.append(", "); insert.bind(tokens[index]); insert.append(")")
                }
                try await session.raw("\(insert.statement)").run()
            }
            var found: [Int: [(term: String, offset: Int)]] = [:]
            for row in try await session.raw("SELECT term, doc, \"offset\" AS position FROM temp.libertas_stems_vocabulary").all() {
                found[try row.decode(column: "doc", as: Int.self), default: []].append((try row.decode(column: "term", as: String.self), try row.decode(column: "position", as: Int.self)))
            }
            try await session.raw("DROP TABLE temp.libertas_stems_vocabulary").run()
            try await session.raw("DROP TABLE temp.libertas_stems").run()
            var stems: [String: String?] = [:]
            for (index, token) in tokens.enumerated() {
                let terms = found[index] ?? []
                stems.updateValue(terms.count == 1 && terms[0].offset == 0 ? terms[0].term : nil, forKey: token)
            }
            return stems
        }
    }

    /// Every facet row, read as one row per value with the keys that have it.
    private func addFacets(to builder: inout InvertedIndex.Builder) async throws {
        var statement = StatementBuilder(postgres: isPostgres)
        statement.append("SELECT field, value, number, \(isPostgres ? "string_agg(CAST(key AS TEXT), ',')" : "group_concat(key)") AS keys ")
        statement.append("FROM knowledge_facets GROUP BY field, value, number")
        for row in try await rows(statement) {
            let field = try row.decode(column: "field", as: String.self)
            let value = try row.decode(column: "value", as: String.self)
            let number = try row.decode(column: "number", as: Int?.self)
            for key in try row.decode(column: "keys", as: String.self).split(separator: ",") {
                guard let key = Int(key) else { continue }
                builder.addFacet(key: key, field: field, value: value, number: number)
            }
        }
    }
}
