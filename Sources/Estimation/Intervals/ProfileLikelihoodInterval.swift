import Foundation

/// The profile-likelihood interval for the total, conditional on the chosen model.
///
/// The intercept `β₀` is the log of the expected dark figure. For a fixed `β₀` the other
/// parameters are refitted (IRLS with the intercept held); the interval holds every `β₀`
/// whose profile log-likelihood is within `χ²₁(level)/2` of the maximum, mapped to
/// `observed + exp(β₀)`. Unlike the Wald interval it follows the shape of the likelihood,
/// so it is asymmetric where the data are thin; when the likelihood does not fall far enough
/// as the dark figure grows, the upper limit is `+∞`.
public enum ProfileLikelihoodInterval {
    /// How far (on the log scale) to search on each side before declaring a limit unbounded.
    static let searchRange = 25.0

    /// The interval at coverage `level` for `fit`, refitting on `table`.
    /// - Throws: `EstimationError.notIdentifiable` if a refit is singular.
    public static func compute(_ fit: ModelFit, table: CaptureHistory, level: Double = 0.95) throws -> ConfidenceInterval {
        let design = DesignMatrix(table: table, model: fit.model)
        let irls = PoissonIRLS(design: design)
        let maximum = fit.logLikelihood
        let z = Normal.quantile(0.5 + level / 2)
        let target = maximum - z * z / 2
        let center = fit.coefficients[0].estimate
        let startCells = design.cells.map { fit.fittedByMask[$0] }
        // Profile log-likelihood minus the target: positive inside the interval.
        var warm = startCells
        func excess(_ intercept: Double) throws -> Double {
            let result = try irls.fit(start: warm, fixedIntercept: intercept)
            if result.fitted.allSatisfy({ $0.isFinite && $0 > 0 }) { warm = result.fitted }
            return result.logLikelihood - target
        }
        let step = max(min(fit.logDarkFigureStandardError, 1), 0.05)
        let observed = Double(fit.observedTotal)
        var limits: [Double] = []
        for direction in [-1.0, 1.0] {
            warm = startCells
            var inside = center
            var outside = center + direction * step
            var found = false
            do {
                while abs(outside - center) <= searchRange {
                    if try excess(outside) < 0 { found = true; break }
                    inside = outside
                    outside = center + 2 * (outside - center)
                }
                guard found else {
                    limits.append(direction < 0 ? observed : .infinity)
                    continue
                }
                limits.append(observed + Foundation.exp(try bisect(inside: inside, outside: outside, excess)))
            } catch {
                throw EstimationError.notIdentifiable(model: fit.model.description(listNames: fit.listNames),
                                                      reason: "the profile likelihood could not be computed (singular refit).")
            }
        }
        return ConfidenceInterval(lower: limits[0], upper: limits[1], level: level, method: "profile")
    }

    /// Bisection between a point inside (excess ≥ 0) and outside (excess < 0) the interval.
    private static func bisect(inside: Double, outside: Double, _ excess: (Double) throws -> Double) throws -> Double {
        var a = inside
        var b = outside
        for _ in 0..<60 where abs(b - a) > 1e-9 {
            let middle = 0.5 * (a + b)
            if try excess(middle) >= 0 { a = middle } else { b = middle }
        }
        return 0.5 * (a + b)
    }
}
