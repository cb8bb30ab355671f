/// A pair the model is unsure about, with the evidence a reviewer needs.
public struct ReviewCandidate: Sendable, Codable, Hashable {
    public struct Evidence: Sendable, Codable, Hashable {
        public var field: String
        public var level: String
        /// Bits of evidence this field adds (negative: against a match).
        public var weight: Double
    }

    public var firstID: String
    public var secondID: String
    public var probability: Double
    public var matchWeight: Double
    public var evidence: [Evidence]
}

/// A candidate pair kept after scoring (above the review band's lower end).
public struct ScoredPair: Sendable, Hashable {
    public var first: Int32
    public var second: Int32
    public var weight: Float
}
