import Foundation
import KnowledgeBase
import Storage
import Testing
@testable import WebApp

/// Cached search pages must never outlive the index they were read from.
@Suite("Knowledge search cache")
struct KnowledgeSearchCacheTests {
    @Test("A repeated search is served from memory, and a publication or a withdrawal shows at once")
    func exactAcrossWrites() async throws {
        try await TestApp.run { world in
            let s = try await KnowledgePortalTests.setUp(world)
            let cache = world.app.libertas.knowledgeSearches
            #expect(cache.isEnabled, "on by default")
            try await KnowledgePortalTests.publish(s.editor, KnowledgePortalTests.courtCase("State v. Okafor", summary: "Debt bondage on fishing vessels."))
            #expect(try await KnowledgePortalTests.titles(s.anonymous, "fishing") == ["State v. Okafor"])
            let hitsBefore = cache.hits
            #expect(try await KnowledgePortalTests.titles(s.anonymous, "fishing") == ["State v. Okafor"])
            #expect(cache.hits == hitsBefore + 1, "the second identical search came from the cache")

            let second = try await KnowledgePortalTests.publish(s.editor, KnowledgePortalTests.courtCase("People v. Marsh", year: 2021, summary: "Forced labour on fishing boats."))
            #expect(Set(try await KnowledgePortalTests.titles(s.anonymous, "fishing")) == ["State v. Okafor", "People v. Marsh"])
            let withdrawn = try await s.editor.call(.POST, "/knowledge/drafts/\(second)/withdraw", documentedAs: "/knowledge/drafts/{id}/withdraw")
            #expect(withdrawn.status == .ok, "\(withdrawn.body.string)")
            #expect(try await KnowledgePortalTests.titles(s.anonymous, "fishing") == ["State v. Okafor"])
        }
    }

    @Test("Past its capacity the cache drops older generations first, then the least recently used page")
    func eviction() {
        let cache = KnowledgeSearchCache(capacity: 2)
        let page = KnowledgePortal.Page(hits: [], total: 0, facets: [:], nextCursor: nil)
        func key(_ generation: String, _ limit: Int) -> KnowledgeSearchCache.Key {
            .init(generation: generation, request: KnowledgeSearchRequest(query: nil, limit: limit), language: nil)
        }
        cache.store(page, for: key("g1", 1))
        cache.store(page, for: key("g2", 1))
        cache.store(page, for: key("g2", 2))
        #expect(cache.page(for: key("g1", 1)) == nil, "the old generation went first")
        #expect(cache.page(for: key("g2", 1)) != nil)
        cache.store(page, for: key("g2", 3))
        #expect(cache.page(for: key("g2", 2)) == nil, "least recently used")
        #expect(cache.page(for: key("g2", 1)) != nil && cache.page(for: key("g2", 3)) != nil)
        #expect(cache.count == 2)
        let off = KnowledgeSearchCache(capacity: 0)
        off.store(page, for: key("g", 1))
        #expect(!off.isEnabled && off.count == 0)
    }
}
