import Foundation
import Testing
@testable import WebApp

/// English words are stemmed on both databases (FTS5's Porter tokenizer;
/// PostgreSQL's `libertas_search` configuration, M021), with no stop words
/// dropped, so phrases keep their small words.
@Suite("Knowledge search stemming")
struct KnowledgeStemmingTests {
    @Test("Inflected forms find each other; phrases keep their small words; Chinese is untouched")
    func inflections() async throws {
        try await TestApp.run { world in
            let s = try await KnowledgePortalTests.setUp(world)
            try await KnowledgePortalTests.publish(s.editor, KnowledgePortalTests.courtCase(
                "State v. Ilie", summary: "Their passports were confiscated after they were recruited; an abuse of a position of vulnerability."))
            try await KnowledgePortalTests.publish(s.editor, KnowledgePortalTests.courtCase(
                "People v. Chen", summary: "劳动监察部门发现强迫劳动。", language: "zho"))
            for query in ["passport", "passports", "confiscation", "recruitment", "\"abuse of a position of vulnerability\"", "\"position of vulnerability\" recruiting"] {
                #expect(try await KnowledgePortalTests.titles(s.anonymous, query) == ["State v. Ilie"], "\(query)")
            }
            #expect(try await KnowledgePortalTests.titles(s.anonymous, "\"abuse of vulnerability\"").isEmpty, "a phrase is not its words in any order")
            #expect(try await KnowledgePortalTests.titles(s.anonymous, "passporting agency").isEmpty)
            #expect(try await KnowledgePortalTests.titles(s.anonymous, "劳动监察") == ["People v. Chen"])
            #expect(try await KnowledgePortalTests.titles(s.anonymous, "强迫劳动") == ["People v. Chen"])
        }
    }
}
