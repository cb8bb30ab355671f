/// Settings of one linkage run. The defaults are the ones benchmarked.
public struct LinkageOptions: Sendable {
    /// Match probability at or above which two records are linked.
    public var threshold = 0.9
    /// Pairs with probability in this range are returned for human review.
    public var reviewBand = 0.5..<0.95
    /// Random pairs for u.
    public var uSamplePairs = 1_000_000
    /// Blocked pairs (a deterministic sample) for EM.
    public var trainingPairs = 2_000_000
    public var seed: UInt64 = 20_240_601
    /// Reviewed pairs added to EM with known class.
    public var labelledPairs: [LabelledPair] = []
    public var maxBlockSize = 400
    /// Neighbours compared inside an oversized block.
    public var window = 15
    public var clusterer = Clusterer()
    /// Country code for national phone numbers ("07…" → "+447…").
    public var defaultCountryCode = "44"
    /// Keep at most this many review candidates (highest uncertainty first
    /// is not attempted; they are in pair order).
    public var maxReviewCandidates = 100_000

    public init() {}
}

/// Progress reports: phase name, units done, units in the phase.
public typealias LinkageProgress = @Sendable (_ phase: String, _ done: Int, _ total: Int) -> Void
