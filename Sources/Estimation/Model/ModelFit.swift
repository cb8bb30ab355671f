import Foundation

/// A fitted Poisson log-linear model and the population estimate it implies.
///
/// The point estimate is `observed + exp(intercept)`: the intercept is the log of the
/// expected count of the pattern on no list, the dark figure.
public struct ModelFit: Sendable {
    /// One fitted parameter.
    public struct Coefficient: Sendable, Equatable {
        /// `(Intercept)`, a list name (main effect) or a term name such as `PF:NCA`.
        public let name: String
        /// The estimate on the log scale.
        public let estimate: Double
        /// Its standard error from the inverse Fisher information.
        public let standardError: Double
    }

    /// One cell of the table with its fitted expected count.
    public struct Cell: Sendable, Equatable {
        /// The pattern.
        public let pattern: CapturePattern
        /// The observed count.
        public let observed: Int
        /// The fitted expected count.
        public let fitted: Double
        /// The Pearson residual `(observed − fitted)/√fitted`.
        public var pearsonResidual: Double { fitted > 0 ? (Double(observed) - fitted) / fitted.squareRoot() : 0 }
    }

    /// The model as requested (terms in order, empty overlaps included).
    public let model: LogLinearModel
    /// The table's list names.
    public let listNames: [String]
    /// Cases seen on at least one list.
    public let observedTotal: Int
    /// Intercept, main effects and fitted terms, with standard errors.
    public let coefficients: [Coefficient]
    /// Terms with an empty overlap: left out of the fit, their cells dropped (as SparseMSE).
    public let droppedTerms: [InteractionTerm]
    /// The cells used in the fit (all observable patterns except those of dropped terms).
    public let cells: [Cell]
    /// The residual deviance `2 Σ [n log(n/μ) − (n − μ)]`.
    public let deviance: Double
    /// Cells in the fit minus fitted parameters.
    public let degreesOfFreedom: Int
    /// The Poisson log-likelihood of the cells in the fit (with the `log n!` terms, as R's `logLik`).
    public let logLikelihood: Double
    /// Parameters counted in AIC and BIC: fitted ones plus dropped terms (as SparseMSE does).
    public let parameterCount: Int
    /// IRLS iterations used.
    public let iterations: Int
    /// Fitted counts indexed by pattern bitmask (0 for dropped cells and the dark cell).
    let fittedByMask: [Double]

    /// The expected dark figure `exp(intercept)`: cases on no list.
    public var darkFigure: Double { Foundation.exp(coefficients[0].estimate) }
    /// The standard error of the intercept, i.e. of `log(darkFigure)`.
    public var logDarkFigureStandardError: Double { coefficients[0].standardError }
    /// The estimated total population: observed cases plus the dark figure.
    public var estimate: Double { Double(observedTotal) + darkFigure }
    /// Akaike's information criterion, `−2 log L + 2k`.
    public var aic: Double { -2 * logLikelihood + 2 * Double(parameterCount) }
    /// The Bayesian information criterion, `−2 log L + k log(observed)`.
    public var bic: Double { -2 * logLikelihood + Foundation.log(Double(observedTotal)) * Double(parameterCount) }
    /// The interaction names in model order, e.g. `["PF:NCA", "LA:NG"]`.
    public var termNames: [String] { model.termNames(listNames: listNames) }
}
