/// A document as seen by `SimilarityIndex`.
public struct SimilarityDocument: Sendable, Equatable {
    /// Stable identifier, also the tie-breaker for equal scores.
    public let id: String
    /// Text whose tokens are compared (title, summary, body…).
    public let text: String
    /// Facet values, e.g. `["country": ["MEX"], "exploitation": ["forced labour"]]`.
    public let facets: [String: Set<String>]

    /// Creates a document.
    public init(id: String, text: String, facets: [String: Set<String>] = [:]) {
        self.id = id
        self.text = text
        self.facets = facets
    }
}

/// A similar document and how its score was made up.
public struct SimilarDocument: Sendable, Equatable {
    /// The similar document's id.
    public let id: String
    /// `textWeight × textScore + facetWeight × facetScore`, in 0…1.
    public let score: Double
    /// TF-IDF cosine similarity of the texts, in 0…1.
    public let textScore: Double
    /// Jaccard similarity of the facet value sets, in 0…1.
    public let facetScore: Double
}
