import Fluent
import Foundation
import KnowledgeBase
import KnowledgeSearch
@testable import Storage
import Testing
@testable import WebApp

/// Facet counts from `KnowledgeFacetCache` must equal what SQL counts, before
/// and after the index changes.
@Suite("Knowledge facet cache")
struct KnowledgeFacetCacheTests {
    static let queries = ["", "labour", "debt country:GBR", "type:case year:2010..2020", "劳动监察", "fishing OR agriculture", "labour -construction",
                          "verdict:acquitted", "zzzz-no-such-word", "-trafficking"]

    static func compare(_ database: any Database, _ cache: KnowledgeFacetCache, _ note: String) async throws {
        for text in queries {
            for sort in KnowledgeSearchRequest.Sort.allCases {
                let query = try KnowledgeQueryInput.parse(text)
                let request = KnowledgeSearchRequest(query: query, sort: sort, limit: 7)
                let cached = try await KnowledgeIndex(database, facetCache: cache).search(request)
                let counted = try await KnowledgeIndex(database).search(request)
                #expect(cached.total == counted.total, "\(note) \(text) \(sort)")
                #expect(cached.facets == counted.facets, "\(note) \(text) \(sort)")
                #expect(cached.hits.map(\.key) == counted.hits.map(\.key), "\(note) \(text) \(sort)")
            }
        }
    }

    @Test("Cached counts equal SQL's, and follow publications and withdrawals")
    func equalsSQL() async throws {
        try await TestApp.run { world in
            _ = try await SyntheticKnowledge.seed(world.app, count: 120, seed: 3)
            let cache = KnowledgeFacetCache()
            try await Self.compare(world.app.db, cache, "seeded")
            let index = KnowledgeIndex(world.app.db)
            let generation = try await index.generation()
            #expect(!generation.isEmpty)
            #expect(cache.countsOfAll(at: generation) != nil, "the cache answered")

            // A withdrawal and a publication change the generation; the cache reloads.
            try await index.remove(key: 1)
            #expect(try await index.generation() != generation)
            try await Self.compare(world.app.db, cache, "after a withdrawal")
            #expect(cache.countsOfAll(at: try await index.generation()) != nil, "the cache reloaded")
            _ = try await SyntheticKnowledge.seed(world.app, count: 130, seed: 3)
            try await Self.compare(world.app.db, cache, "after more records")
        }
    }

    @Test("Keys the cache does not know make it decline rather than miscount")
    func unknownKeys() {
        let snapshot = KnowledgeFacetCache.snapshot(generation: "g", rows: [
            .init(key: 1, field: .type, value: "case"), .init(key: 1, field: .country, value: "MEX"), .init(key: 3, field: .type, value: "legislation"),
        ])
        let cache = KnowledgeFacetCache()
        #expect(cache.beginLoading())
        cache.finishLoading(snapshot)
        #expect(cache.counts(ofKeys: "1,3", at: "g") == [.type: [FacetCount(value: "case", count: 1), FacetCount(value: "legislation", count: 1)],
                                                       .country: [FacetCount(value: "MEX", count: 1)]])
        #expect(cache.counts(ofKeys: "", at: "g") == [:])
        #expect(cache.counts(ofKeys: "2", at: "g") == nil, "key 2 has no facets: not indexed when loaded")
        #expect(cache.counts(ofKeys: "1,99", at: "g") == nil)
        #expect(cache.counts(ofKeys: "1", at: "other") == nil, "another generation")
    }
}
