/// The replicates of a bootstrap and the intervals read from them.
public struct BootstrapResult: Sendable {
    /// How often a model was chosen across replicates.
    public struct ModelCount: Sendable, Equatable {
        /// The interaction names of the model.
        public let termNames: [String]
        /// In how many replicates it was chosen.
        public let count: Int
    }

    /// The options used.
    public let options: BootstrapOptions
    /// The total estimated on each replicate, in replicate order (`+∞` where the replicate's
    /// estimate did not exist).
    public let replicates: [Double]
    /// Replicates whose model could not be fitted (counted as `+∞`).
    public let failedReplicates: Int
    /// The percentile interval.
    public let percentile: ConfidenceInterval
    /// The BCa interval (nil when the options ask for percentiles only).
    public let bca: ConfidenceInterval?
    /// BCa's bias correction `z₀ = Φ⁻¹(share of replicates below the estimate)`.
    public let biasCorrection: Double
    /// BCa's acceleration `a` from the jackknife.
    public let acceleration: Double
    /// The models chosen on the replicates, most frequent first: the model uncertainty.
    public let modelCounts: [ModelCount]

    /// The interval the options asked for.
    public var interval: ConfidenceInterval { bca ?? percentile }
}
