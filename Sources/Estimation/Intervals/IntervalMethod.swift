/// How the uncertainty of the total is expressed.
public enum IntervalMethod: Sendable, Equatable {
    /// SparseMSE's interval: `observed + exp(intercept ± z·se(intercept))`, a normal interval on
    /// the log of the dark figure, conditional on the chosen model. The default, for comparison.
    case waldLog
    /// The profile-likelihood interval for the intercept (the log dark figure), conditional on
    /// the chosen model: all values whose likelihood-ratio statistic is below χ²₁(level).
    case profileLikelihood
    /// A bootstrap interval that re-runs model selection on every replicate, so it reflects
    /// the uncertainty of the model choice too.
    case bootstrap(BootstrapOptions)

    /// A short name for reports and JSON: `wald-log`, `profile` or `bootstrap`.
    public var name: String {
        switch self {
        case .waldLog: return "wald-log"
        case .profileLikelihood: return "profile"
        case .bootstrap: return "bootstrap"
        }
    }
}

/// A confidence interval for the total population.
public struct ConfidenceInterval: Sendable, Equatable {
    /// The lower limit (never below the observed total).
    public let lower: Double
    /// The upper limit (`+∞` when the data cannot bound the total).
    public let upper: Double
    /// The nominal coverage, e.g. 0.95.
    public let level: Double
    /// `wald-log`, `profile`, `bootstrap-bca` or `bootstrap-percentile`.
    public let method: String

    /// Whether `value` lies within the interval (limits included).
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }
}
