/// What a linkage run did, for logs, the bench and the audit trail.
public struct LinkageSummary: Sendable, Codable {
    public struct PhaseTimes: Sendable, Codable {
        public var load = 0.0
        public var features = 0.0
        /// Building the blocking index (keys, blocks).
        public var blocking = 0.0
        public var training = 0.0
        /// Generating, comparing and scoring every candidate pair.
        public var scoring = 0.0
        public var clustering = 0.0
        public var write = 0.0
        public var blockingAndScoring: Double { blocking + scoring }
        public var total: Double { load + features + blocking + training + scoring + clustering + write }

        enum CodingKeys: String, CodingKey {
            case load, features, blocking, training, scoring, clustering, write, blockingAndScoring, total
        }

        public init() {}

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            load = try container.decode(Double.self, forKey: .load)
            features = try container.decode(Double.self, forKey: .features)
            blocking = try container.decode(Double.self, forKey: .blocking)
            training = try container.decode(Double.self, forKey: .training)
            scoring = try container.decode(Double.self, forKey: .scoring)
            clustering = try container.decode(Double.self, forKey: .clustering)
            write = try container.decode(Double.self, forKey: .write)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(load, forKey: .load)
            try container.encode(features, forKey: .features)
            try container.encode(blocking, forKey: .blocking)
            try container.encode(training, forKey: .training)
            try container.encode(scoring, forKey: .scoring)
            try container.encode(clustering, forKey: .clustering)
            try container.encode(write, forKey: .write)
            try container.encode(blockingAndScoring, forKey: .blockingAndScoring)
            try container.encode(total, forKey: .total)
        }
    }

    public var mode: String
    public var records: Int
    /// Distinct candidate pairs compared and scored.
    public var candidatePairs: Int
    public var blocking: BlockingIndex.Statistics
    public var trainingPairs: Int
    public var threshold: Double
    public var pairsAboveThreshold: Int
    public var reviewCandidates: Int
    public var clusters: Int
    /// Clusters the chaining guard split or flagged, all of them counted.
    public var flaggedClusterCount: Int
    /// The first ``maxListedFlags`` of them: at a million records the guard can
    /// flag thousands, and the summary is one line meant to be read.
    public var flaggedClusters: [Clusterer.Flag]
    public static let maxListedFlags = 100
    public var parameters: ModelParameters
    public var seconds: PhaseTimes
}
