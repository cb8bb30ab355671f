/// Settings of the bootstrap interval.
public struct BootstrapOptions: Sendable, Equatable {
    /// How replicate tables are drawn.
    public enum Scheme: String, Sendable, Equatable, CaseIterable {
        /// SparseMSE's `estimatepopulation`: draw the observed number of cases from the observed
        /// patterns (a multinomial with the observed proportions), i.e. resample the cases.
        case resampleCases = "resample-cases"
        /// Draw every observable cell from Poisson(fitted count) of the chosen model: the
        /// parametric bootstrap of the log-linear model.
        case parametric
    }

    /// How the interval is read off the replicates.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// Bias-corrected and accelerated (Efron 1987), with the acceleration from a jackknife
        /// over cases, as SparseMSE does.
        case bca
        /// Plain percentiles of the replicates.
        case percentile
    }

    /// Number of replicates (SparseMSE: 1,000).
    public var replicates: Int
    /// Seed of the generator; the same seed gives the same interval on any machine.
    public var seed: UInt64
    /// How replicate tables are drawn.
    public var scheme: Scheme
    /// How the interval is read off.
    public var kind: Kind

    /// Options with SparseMSE's defaults: 1,000 case resamples, BCa.
    public init(replicates: Int = 1000, seed: UInt64 = 1234, scheme: Scheme = .resampleCases, kind: Kind = .bca) {
        self.replicates = replicates
        self.seed = seed
        self.scheme = scheme
        self.kind = kind
    }
}
