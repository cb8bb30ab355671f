/// What to estimate and how. The defaults reproduce SparseMSE 2.x: stepwise selection with
/// p-value threshold 0.02 and the `wald-log` interval at 95%.
public struct EstimationOptions: Sendable, Equatable {
    /// How the model is chosen.
    public var method: SelectionMethod
    /// How the interval is computed.
    public var interval: IntervalMethod
    /// The interval's coverage, between 0 and 1.
    public var level: Double
    /// How many runners-up to report.
    public var runnersUp: Int

    /// Options; every argument has SparseMSE's default.
    public init(method: SelectionMethod = .default, interval: IntervalMethod = .waldLog, level: Double = 0.95,
                runnersUp: Int = 3) {
        self.method = method
        self.interval = interval
        self.level = level
        self.runnersUp = runnersUp
    }

    func validate() throws {
        guard level > 0, level < 1 else {
            throw EstimationError.invalidOption("The confidence level must be between 0 and 1; got \(level).")
        }
        guard runnersUp >= 0 else { throw EstimationError.invalidOption("runnersUp must be 0 or more.") }
        if case .stepwise(let threshold) = method { try ModelSelector.validate(threshold: threshold) }
    }
}
