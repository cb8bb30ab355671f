/// Multiple systems estimation: from a capture-history table to an estimate of the total
/// number of victims, seen and unseen.
///
/// ```swift
/// let table = try CaptureHistoryCSV.read(contentsOf: url)
/// let result = try PopulationEstimator.estimate(table)          // SparseMSE 2.x defaults
/// print(result.estimate, result.interval.lower, result.interval.upper, result.model)
/// ```
public enum PopulationEstimator {
    /// Selects a model, fits it, and computes the interval.
    /// - Parameters:
    ///   - table: the capture histories.
    ///   - options: selection method, interval, level (defaults: SparseMSE 2.x).
    /// - Returns: the estimate with its interval, model, runners-up and warnings.
    /// - Throws: `EstimationError` when no model can be fitted (the check explains why) or an
    ///   option is out of range.
    public static func estimate(_ table: CaptureHistory, options: EstimationOptions = EstimationOptions()) throws -> PopulationEstimate {
        try options.validate()
        let selection = try ModelSelector.select(table, method: options.method, runnersUp: options.runnersUp)
        let fit = selection.chosen
        var bootstrap: BootstrapResult? = nil
        let interval: ConfidenceInterval
        switch options.interval {
        case .waldLog:
            interval = WaldLogInterval.compute(fit, level: options.level)
        case .profileLikelihood:
            interval = try ProfileLikelihoodInterval.compute(fit, table: table, level: options.level)
        case .bootstrap(let bootstrapOptions):
            let result = try Bootstrap.run(table, method: options.method, fit: fit, options: bootstrapOptions, level: options.level)
            bootstrap = result
            interval = result.interval
        }
        let warnings = DataWarnings.check(table) + DataWarnings.check(fit: fit, interval: interval, bootstrap: bootstrap)
        return PopulationEstimate(stratum: table.stratum, listNames: table.listNames, observed: table.observedTotal,
                                  estimate: fit.estimate, interval: interval, selection: selection,
                                  bootstrap: bootstrap, warnings: warnings)
    }
}
