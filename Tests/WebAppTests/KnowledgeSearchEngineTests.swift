import Fluent
import Foundation
import KnowledgeBase
import KnowledgeSearch
@testable import Storage
import Testing
@testable import WebApp

/// The in-memory search index must answer exactly as the database does.
///
/// The expected answers are the database's own: SQLite FTS5 with its `bm25()`
/// and PostgreSQL's `@@` over the same published records. On SQLite the
/// engine's scores are compared with `bm25()`'s; PostgreSQL ranks by
/// `ts_rank`, a different formula, so there only the matches, their counts,
/// the facets and the date orders are compared.
@Suite("Knowledge in-memory search index")
struct KnowledgeSearchEngineTests {
    /// Queries the engine takes: words, OR, NOT, filters, ranges, browsing.
    static let taken = ["", "labour", "passport", "passports", "debt bondage", "fishing OR agriculture", "labour -construction", "debt country:GBR",
                        "type:case year:2010..2020", "verdict:acquitted", "-trafficking", "country:MEX verdict:convicted", "recruitment year:2018..2022",
                        "exploitation:ForcedLabour -country:THA", "court:\"Supreme Court\" OR verdict:convicted", "LABOUR Labour", "zzzznosuchword", "trafficking zzzznosuchword OR labour",
                        "(labour OR fishing) -construction", "labour -(construction OR agriculture)", "((debt bondage) OR (fishing vessels)) year:2000..2030"]
    /// Queries left to the database: Chinese (a phrase of bigrams), a phrase,
    /// a lone Chinese character, and an OR of a word and a filter.
    static let declined = ["劳动监察", "\"debt bondage\"", "劳", "fishing OR country:MEX"]

    @Test("Answers as the database does, page by page, and follows withdrawals")
    func equalsDatabase() async throws {
        try await TestApp.run { world in
            _ = try await SyntheticKnowledge.seed(world.app, count: 150, seed: 11)
            let engine = KnowledgeSearchEngine()
            let database = KnowledgeIndex(world.app.db)
            #expect(try await engine.refresh(from: database))
            let index = try #require(engine.current)
            let records = index.count
            #expect(records >= 150, "the synthetic records and the demo's UN documents")
            #expect(index.termCount > 500)
            try await Self.compare(world.app.db, engine, isPostgres: database.isPostgres, note: "seeded")
            for text in Self.declined {
                #expect(index.plan(try KnowledgeQueryInput.parse(text)!) == nil, "\(text) is left to the database")
            }

            // A withdrawal changes the generation: searches go to the database
            // (and stay right) until the index is rebuilt.
            try await database.remove(key: 5)
            #expect(engine.index(at: try await database.generation()) == nil)
            let request = KnowledgeSearchRequest(query: try KnowledgeQueryInput.parse("labour"), limit: 200)
            let stale = try await KnowledgeIndex(world.app.db, engine: engine).search(request)
            #expect(!stale.hits.contains { $0.key == 5 })
            #expect(try await engine.refresh(from: database))
            #expect(engine.current?.count == records - 1)
            try await Self.compare(world.app.db, engine, isPostgres: database.isPostgres, note: "after a withdrawal")
        }
    }

    @Test("Stems are the database's: Porter on SQLite, the text search configuration on PostgreSQL")
    func stems() async throws {
        try await TestApp.run { world in
            let stems = try await KnowledgeIndex(world.app.db).stems(of: ["passports", "recruited", "recruitment", "labour", "劳动", "2019"])
            #expect(stems["passports"] == "passport")
            #expect(stems["recruited"] == stems["recruitment"])
            #expect(stems["labour"] == "labour")
            #expect(stems["劳动"] == "劳动")
            #expect(stems["2019"] == "2019")
        }
    }

    static func compare(_ database: any Database, _ engine: KnowledgeSearchEngine, isPostgres: Bool, note: String) async throws {
        let index = try #require(engine.current)
        #expect(engine.index(at: try await KnowledgeIndex(database).generation()) != nil, "\(note): the engine is current, so it answers")
        for text in taken {
            let query = try KnowledgeQueryInput.parse(text)
            if let query {
                let stems = try await engine.stems(of: index.unknownTokens(query), from: KnowledgeIndex(database))
                #expect(index.plan(query, stems: stems) != nil, "\(text) is taken")
            }
            for sort in KnowledgeSearchRequest.Sort.allCases {
                var request = KnowledgeSearchRequest(query: query, sort: sort, limit: 7)
                var pages = 0
                // Three pages, each after the engine's own cursor.
                while pages < 3 {
                    let fast = try await KnowledgeIndex(database, engine: engine).search(request)
                    let slow = try await KnowledgeIndex(database).search(request)
                    let context = "\(note): \(text) \(sort) page \(pages + 1)"
                    #expect(fast.total == slow.total, "\(context)")
                    #expect(fast.facets == slow.facets, "\(context)")
                    #expect((fast.next == nil) == (slow.next == nil), "\(context)")
                    let ranked = sort == .relevance && fast.hits.contains { $0.score != 0 }
                    if !ranked || !isPostgres {
                        #expect(fast.hits.map(\.key) == slow.hits.map(\.key), "\(context)")
                        for (a, b) in zip(fast.hits, slow.hits) {
                            #expect(abs(a.score - b.score) <= 1e-9 * max(1, abs(b.score)), "\(context): bm25 \(a.score) vs \(b.score)")
                        }
                    } else {
                        #expect(fast.hits.count == slow.hits.count, "\(context)")
                        #expect(zip(fast.hits, fast.hits.dropFirst()).allSatisfy { $0.score <= $1.score }, "\(context): best first")
                        // The database's cursor holds a `ts_rank`, the engine's a BM25 score: later pages differ.
                        break
                    }
                    guard let next = fast.next else { break }
                    request.after = next
                    pages += 1
                }
            }
        }
    }
}
