import Fluent
import Foundation
import KnowledgeBase
import KnowledgeSearch
import SQLKit
@testable import Storage
import Testing
@testable import WebApp

/// Databases created before M021 hold a `trigram` FTS5 table (SQLite) or
/// unstemmed vectors without CJK bigrams (PostgreSQL); M021 rewrites them as
/// words and bigrams, and searches must find the same records after.
@Suite("Knowledge search reindex migration (M021)")
struct KnowledgeReindexMigrationTests {
    @Test("An index from before M021 (SQLite: a trigram table; PostgreSQL: unstemmed vectors without bigrams) is rewritten, and searches keep their results")
    func oldIndexIsRewritten() async throws {
        try await TestApp.run { world in
            let sql = world.app.db as! any SQLDatabase
            _ = try await SyntheticKnowledge.seed(world.app, count: 60, seed: 11)
            let queries = ["labour", "passport", "debt bondage", "\"national referral mechanism\"", "劳动监察", "强迫劳动", "fishing OR agriculture", "labour -construction"]
            func keys(_ text: String) async throws -> [Int] {
                let request = KnowledgeSearchRequest(query: try KnowledgeQueryInput.parse(text), sort: .oldest, limit: 200)
                return try await KnowledgeIndex(world.app.db).search(request).hits.map(\.key)
            }
            var before: [String: [Int]] = [:]
            for query in queries { before[query] = try await keys(query) }
            #expect(before["劳动监察"]?.isEmpty == false, "the seed has Chinese records")

            if sql.dialect.name == "postgresql" {
                // Put the vectors back as M019 made them: `simple`, CJK runs as whole lexemes.
                try await sql.raw("UPDATE knowledge_index SET vector = to_tsvector('simple', text)").run()
                #expect(try await keys("劳动监察").isEmpty, "the old vectors cannot find a Chinese word inside a sentence")
                try await M021_ReindexKnowledgeSearch().prepare(on: world.app.db)
                for query in queries { #expect(try await keys(query) == before[query], "\(query)") }
                return
            }
            // Put the table back as M019 made it before this change: trigrams over normalised text.
            var texts: [(Int, String)] = []
            for model in try await KnowledgeRecordModel.query(on: world.app.db).all() {
                guard let data = model.published else { continue }
                texts.append((model.searchKey, KnowledgeIndexEntry(try KnowledgeEditing.decode(data)).text))
            }
            try await sql.raw("DROP TABLE knowledge_fts").run()
            try await sql.raw("CREATE VIRTUAL TABLE knowledge_fts USING fts5(text, tokenize = 'trigram')").run()
            for (key, text) in texts { try await sql.raw("INSERT INTO knowledge_fts (rowid, text) VALUES (\(bind: key), \(bind: text))").run() }

            try await M021_ReindexKnowledgeSearch().prepare(on: world.app.db)
            let definition = try await sql.raw("SELECT sql FROM sqlite_master WHERE name = 'knowledge_fts'").first()?.decode(column: "sql", as: String.self)
            #expect(definition == KnowledgeIndexSchema.createFullText)
            #expect(try await sql.raw("SELECT count(*) AS n FROM sqlite_master WHERE name = 'knowledge_fts_previous'").first()?.decode(column: "n", as: Int.self) == 0)
            for query in queries { #expect(try await keys(query) == before[query], "\(query)") }
            // Run again: nothing to do, nothing lost.
            try await M021_ReindexKnowledgeSearch().prepare(on: world.app.db)
            for query in queries { #expect(try await keys(query) == before[query], "\(query) after a second run") }
        }
    }
}
