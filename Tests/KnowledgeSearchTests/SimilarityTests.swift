import Testing
@testable import KnowledgeSearch

@Suite("Similar documents")
struct SimilarityTests {
    @Test func scoresWorkedOutByHand() throws {
        // alpha, beta and gamma each occur in 2 of 4 documents, so they share one
        // idf; each of A, B, C has two equally weighted terms (unit weights 1/√2),
        // and sharing one term gives cosine 1/√2 · 1/√2 = 0.5. D shares no text.
        // Facets as field=value sets: A {country=MEX}; B {country=MEX, exploitation=labour}
        // → Jaccard 1/2; C {country=GTM} → 0; D {country=MEX} → 1.
        // Scores: B 0.7·0.5 + 0.3·0.5 = 0.5; C 0.7·0.5 = 0.35; D 0.3·1 = 0.3.
        let index = SimilarityIndex([
            (id: "A", text: "alpha beta", facets: ["country": ["MEX"]]),
            (id: "B", text: "Beta gamma", facets: ["country": ["MEX"], "exploitation": ["labour"]]),
            (id: "C", text: "gamma ALPHA", facets: ["country": ["GTM"]]),
            (id: "D", text: "delta", facets: ["country": ["MEX"]]),
        ])
        let results = index.similar(to: "A", limit: 10)
        #expect(results.map(\.id) == ["B", "C", "D"])
        let expected = [0.5, 0.35, 0.3]
        for (result, score) in zip(results, expected) {
            #expect(abs(result.score - score) < 1e-9, "\(result)")
        }
        #expect(abs(results[0].textScore - 0.5) < 1e-9 && abs(results[0].facetScore - 0.5) < 1e-9)
    }

    @Test func tiesAreOrderedByIdAndSelfIsExcluded() {
        // Y and Z each share one of X's two equally weighted terms: both 0.7·0.5 = 0.35.
        let index = SimilarityIndex(documents: [
            SimilarityDocument(id: "X", text: "alpha beta"),
            SimilarityDocument(id: "Z", text: "gamma alpha"),
            SimilarityDocument(id: "Y", text: "beta gamma"),
        ])
        let results = index.similar(to: "X")
        #expect(results.map(\.id) == ["Y", "Z"])
        #expect(abs(results[0].score - results[1].score) < 1e-12)
        #expect(index.similar(to: "X", limit: 1).map(\.id) == ["Y"])
        #expect(index.similar(to: "nope").isEmpty)
    }

    @Test func identicalTextsScoreOneOnTextAndChineseUsesBigrams() {
        // Same bigrams 劳动, 动监, 监察 → identical vectors → cosine 1; no facets → 0.
        let index = SimilarityIndex(documents: [
            SimilarityDocument(id: "1", text: "劳动监察"),
            SimilarityDocument(id: "2", text: "劳动 监察"), // PDF-style break inside the word
            SimilarityDocument(id: "3", text: "国家转介机制"),
        ])
        let results = index.similar(to: "1")
        #expect(results.map(\.id) == ["2"])
        #expect(abs(results[0].score - 0.7) < 1e-9)
    }
}
