import Foundation

/// "More like this" over a collection: TF-IDF cosine on `Tokenizer` tokens
/// blended with facet Jaccard similarity.
///
/// Score = 0.7 × text cosine + 0.3 × facet Jaccard by default. Text dominates
/// because it carries the facts of a case; facets (country, form of
/// exploitation, verdict) are coarse, and two Mexican cases share a country
/// without being alike, so they only lift otherwise comparable texts.
///
/// IDF is the smoothed form `ln((1 + N) / (1 + df)) + 1` (as in scikit-learn):
/// it stays positive, so a term in every document still counts a little.
public struct SimilarityIndex: Sendable {
    /// Weight of the text cosine in the final score.
    public let textWeight: Double
    /// Weight of the facet Jaccard in the final score (`1 - textWeight`).
    public var facetWeight: Double { 1 - textWeight }

    private let ids: [String]
    private let vectors: [TermVector]
    private let facets: [FacetSet]
    private let position: [String: Int]

    /// Builds the index. When ids repeat, the first document with the id is kept.
    ///
    /// - Parameter textWeight: in 0…1; clamped.
    public init(documents: [SimilarityDocument], textWeight: Double = 0.7) {
        self.textWeight = min(1, max(0, textWeight))
        var unique: [SimilarityDocument] = []
        var position: [String: Int] = [:]
        for document in documents where position[document.id] == nil {
            position[document.id] = unique.count
            unique.append(document)
        }
        var counts: [[String: Int]] = []
        var documentFrequency: [String: Int] = [:]
        for document in unique {
            var tf: [String: Int] = [:]
            for token in Tokenizer.tokens(document.text) { tf[token, default: 0] += 1 }
            for term in tf.keys { documentFrequency[term, default: 0] += 1 }
            counts.append(tf)
        }
        let n = Double(unique.count)
        var idf: [String: Double] = [:]
        for (term, df) in documentFrequency {
            idf[term] = log((1 + n) / (1 + Double(df))) + 1
        }
        self.ids = unique.map(\.id)
        self.vectors = counts.map { TermVector(counts: $0, idf: idf) }
        self.facets = unique.map { FacetSet($0.facets) }
        self.position = position
    }

    /// Convenience initialiser from tuples.
    public init(_ documents: [(id: String, text: String, facets: [String: Set<String>])], textWeight: Double = 0.7) {
        self.init(documents: documents.map { SimilarityDocument(id: $0.id, text: $0.text, facets: $0.facets) }, textWeight: textWeight)
    }

    /// The documents most similar to `id`, best first, ties broken by id
    /// ascending so results are stable. The document itself and documents with
    /// nothing in common (score 0) are left out; an unknown id gives `[]`.
    public func similar(to id: String, limit: Int = 10) -> [SimilarDocument] {
        guard let index = position[id], limit > 0 else { return [] }
        var results: [SimilarDocument] = []
        for other in ids.indices where other != index {
            let text = vectors[index].cosine(vectors[other])
            let facet = facets[index].jaccard(facets[other])
            let score = textWeight * text + facetWeight * facet
            if score > 0 {
                results.append(SimilarDocument(id: ids[other], score: score, textScore: text, facetScore: facet))
            }
        }
        // Scores are compared at 12 decimals: sums over dictionaries run in a
        // per-process random order, so mathematically equal scores can differ
        // in the last bit and would otherwise make tie order unstable.
        func key(_ score: Double) -> Double { (score * 1e12).rounded() }
        results.sort { key($0.score) != key($1.score) ? key($0.score) > key($1.score) : $0.id < $1.id }
        return Array(results.prefix(limit))
    }
}
