import Foundation

/// How the log-linear model is chosen.
public enum SelectionMethod: Sendable, Equatable {
    /// SparseMSE's forward stepwise selection of two-list terms: add the term whose overlap is
    /// most surprising under the current model (smallest one-sided Poisson p-value), while that
    /// p-value is below `pThreshold` and the enlarged model's estimate exists and is identifiable.
    /// SparseMSE 2.x uses 0.02 (the default here), 1.x used 0.001.
    case stepwise(pThreshold: Double)
    /// Main effects only: the lists are taken to be independent.
    case mainEffects
    /// A model given by the user.
    case fixed(LogLinearModel)
    /// The model with the smallest information criterion among all main-effects-plus-two-list-term
    /// models whose estimate exists and is identifiable (up to 6 lists: 2^15 models).
    case exhaustive(InformationCriterion)

    /// SparseMSE 2.x's default: stepwise with `pThreshold` 0.02.
    public static let `default` = SelectionMethod.stepwise(pThreshold: 0.02)

    /// A short name for reports and JSON: `stepwise`, `main`, `fixed`, `aic` or `bic`.
    public var name: String {
        switch self {
        case .stepwise: return "stepwise"
        case .mainEffects: return "main"
        case .fixed: return "fixed"
        case .exhaustive(let criterion): return criterion.rawValue
        }
    }
}

/// An information criterion for comparing models; smaller is better.
public enum InformationCriterion: String, Sendable, Equatable, CaseIterable {
    /// Akaike: `−2 log L + 2k`.
    case aic
    /// Schwarz: `−2 log L + k log(observed)`; penalises interactions more for large tables.
    case bic

    func value(logLikelihood: Double, parameters: Int, observed: Int) -> Double {
        switch self {
        case .aic: return -2 * logLikelihood + 2 * Double(parameters)
        case .bic: return -2 * logLikelihood + Foundation.log(Double(observed)) * Double(parameters)
        }
    }
}
