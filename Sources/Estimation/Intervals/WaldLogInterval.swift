import Foundation

/// SparseMSE's interval (`estimatepopulation.0`): a normal interval for the intercept, the log
/// of the dark figure, mapped back: `observed + exp(qnorm(q, intercept, se))`.
public enum WaldLogInterval {
    /// The interval at coverage `level` for a fitted model.
    public static func compute(_ fit: ModelFit, level: Double = 0.95) -> ConfidenceInterval {
        let z = Normal.quantile(0.5 + level / 2)
        let intercept = fit.coefficients[0].estimate
        let se = fit.logDarkFigureStandardError
        let observed = Double(fit.observedTotal)
        return ConfidenceInterval(lower: observed + Foundation.exp(intercept - z * se),
                                  upper: observed + Foundation.exp(intercept + z * se),
                                  level: level, method: "wald-log")
    }
}
