import Foundation
import KnowledgeSearch
import SQLKit
@testable import Storage
import Testing
@testable import WebApp

/// On PostgreSQL the index's vectors are written in Swift (`PostgresVector`)
/// from lexemes the server gives per token. Each must equal what the server's
/// own `to_tsvector` makes of the same tokens, or searches would miss.
@Suite("Knowledge search vectors made in Swift (PostgreSQL)",
       .enabled(if: TestApp.postgresURL != nil, "PostgreSQL only: set LIBERTAS_TEST_DATABASE_URL (CI runs the suite on both databases)"))
struct KnowledgePostgresVectorTests {
    /// The server's vector of `text` (normalised) made from the same tokens, compared with ours.
    static func sameAsServer(_ source: KnowledgeIndex.PostgresVectorSource, text: String, on sql: any SQLDatabase) async throws -> Bool {
        guard case .binary(let vector) = source else { return false }
        let row = try await sql.raw("""
            SELECT \(bind: vector) = to_tsvector('libertas_search', \(bind: Self.joinedTokens(text))) AS same
            """).first()
        return try row?.decode(column: "same", as: Bool.self) == true
    }

    /// The tokens the server's vector is made from, joined as `to_tsvector` takes them; written
    /// here from `Tokenizer` directly, not through `PostgresVector`, which is under test.
    static func joinedTokens(_ text: String) -> String {
        var joined = ""
        for token in Tokenizer.tokens(normalised: IndexText.make(text)) {
            if joined.utf8.count >= KnowledgeIndex.maximumVectorText { break }
            joined += joined.isEmpty ? token : " " + token
        }
        return joined
    }

    @Test("Synthetic decisions, English and Chinese, get exactly the server's vectors, and their searches find them")
    func syntheticRecords() async throws {
        try await TestApp.run { world in
            let sql = world.app.db as! any SQLDatabase
            _ = try await SyntheticKnowledge.seed(world.app, count: 40, seed: 5)
            let rows = try await sql.raw("SELECT key, text FROM knowledge_index ORDER BY key").all()
            #expect(rows.count >= 40, "the 40 records and the demo UN documents")
            for row in rows {
                let (key, text) = (try row.decode(column: "key", as: Int.self), try row.decode(column: "text", as: String.self))
                let same = try await sql.raw("""
                    SELECT vector = to_tsvector('libertas_search', \(bind: Self.joinedTokens(text))) AS same FROM knowledge_index WHERE key = \(bind: key)
                    """).first()?.decode(column: "same", as: Bool.self)
                #expect(same == true, "record \(key): \(text.prefix(80))")
            }
            let chinese = KnowledgeSearchRequest(query: try KnowledgeQueryInput.parse("劳动监察"), sort: .oldest, limit: 50)
            #expect(try await KnowledgeIndex(world.app.db).search(chinese).hits.isEmpty == false)
        }
    }

    @Test("Edge cases: capped positions, repeated words, hyphens, apostrophes and a UN document in Chinese")
    func edgeCases() async throws {
        try await TestApp.run { world in
            let sql = world.app.db as! any SQLDatabase
            var texts = [
                "anti-trafficking e-mail don't 3.5 recruitment recruited recruiting passports",
                String(repeating: "labour ", count: 20_000) + "court",
                "торговля людьми العربيّة हिन्दी 国家转介机制 인신매매",
            ]
            if let chinese = UNDocuments.text("working_group_on_tip_report_2021-10.zh.txt") {
                texts.append(TextNormaliser.normalise(chinese))
            }
            texts = texts.map(TextNormaliser.normalise)
            let vectors = try await KnowledgeIndex(world.app.db).postgresVectors(texts)
            for (text, vector) in zip(texts, vectors) {
                #expect(try await Self.sameAsServer(vector, text: text, on: sql), "\(text.prefix(80))")
            }
        }
    }

    @Test("A token the server drops leaves the document to the server's parser")
    func irregularToken() async throws {
        try await TestApp.run { world in
            // ௰ (Tamil ten) is a number to Tokenizer but no word to the server's parser.
            let texts = ["forced labour in ௰ cases", "forced labour"]
            let vectors = try await KnowledgeIndex(world.app.db).postgresVectors(texts.map(TextNormaliser.normalise))
            guard case .parsed(let tokens) = vectors[0] else {
                Issue.record("௰ gives no lexeme, so the server must parse the document")
                return
            }
            #expect(tokens == "forced labour in ௰ cases")
            guard case .binary(let vector) = vectors[1] else {
                Issue.record("plain words are made in Swift")
                return
            }
            let sql = world.app.db as! any SQLDatabase
            let text = try await sql.raw("SELECT CAST(\(bind: vector) AS text) AS text").first()?.decode(column: "text", as: String.self)
            #expect(text == "'forc':1 'labour':2", "the server reads the binary form")
        }
    }

    @Test("M026: the knowledge tables' large text columns are compressed with LZ4 where the server has it")
    func lz4Compression() async throws {
        try await TestApp.run { world in
            let sql = world.app.db as! any SQLDatabase
            let expected = try await M026_CompressKnowledgeTextWithLZ4.serverHasLZ4(sql) ? "l" : ""
            for (table, columns) in M026_CompressKnowledgeTextWithLZ4.columns {
                for column in columns {
                    let method = try await sql.raw("""
                        SELECT attcompression::text AS method FROM pg_attribute WHERE attrelid = \(bind: table)::regclass AND attname = \(bind: column)
                        """).first()?.decode(column: "method", as: String.self)
                    #expect(method == expected, "\(table).\(column)")
                }
            }
        }
    }
}
