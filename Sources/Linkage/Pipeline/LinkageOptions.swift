import Foundation

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
    /// Blocks with more records than this are compared by sorted
    /// neighbourhood (`window`) instead of every pair; see
    /// ``blockSizeCap(recordCount:)`` for how it shrinks on large files.
    public var maxBlockSize = 400
    /// Files up to this many records use `maxBlockSize` as it is.
    public var blockSizeReferenceRecords = 200_000
    /// Neighbours compared inside an oversized block.
    public var window = 15
    public var clusterer = Clusterer()
    /// Country code for national phone numbers ("07…" → "+447…").
    public var defaultCountryCode = "44"
    /// Keep at most this many review candidates (highest uncertainty first
    /// is not attempted; they are in pair order).
    public var maxReviewCandidates = 100_000

    public init() {}

    /// The block-size cap for a file of `recordCount` records.
    ///
    /// Blocks grow with the file (ten times the records put about ten times
    /// as many people under the same birth year and name code) and cost the
    /// square of their size, so a fixed cap lets the largest ordinary blocks
    /// dominate large runs: at 1.7 million records the year-and-name blocks
    /// alone gave 188 million of 346 million pairs. Above
    /// `blockSizeReferenceRecords` the cap shrinks with the cube root of the
    /// growth (400 becomes about 200 at 1.7 million records); bigger blocks
    /// are still compared, by sorted neighbourhood. On the benchmark this
    /// cut the pairs by 40 % with pairwise F1 unchanged.
    public func blockSizeCap(recordCount: Int) -> Int {
        guard recordCount > blockSizeReferenceRecords, blockSizeReferenceRecords > 0 else { return maxBlockSize }
        let growth = Double(recordCount) / Double(blockSizeReferenceRecords)
        return max(2, Int((Double(maxBlockSize) / cbrt(growth)).rounded()))
    }
}

/// Progress reports: phase name, units done, units in the phase.
public typealias LinkageProgress = @Sendable (_ phase: String, _ done: Int, _ total: Int) -> Void
