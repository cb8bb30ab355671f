/// Chooses and fits a log-linear model.
public enum ModelSelector {
    /// Selects a model by `method` and fits it.
    /// - Parameters:
    ///   - table: the capture histories.
    ///   - method: stepwise (SparseMSE's default), main effects, a fixed model, or AIC/BIC search.
    ///   - runnersUp: how many alternatives to report besides the chosen model.
    /// - Returns: the chosen fit, the stepwise path, and the runners-up.
    /// - Throws: `EstimationError` when even the starting model cannot be fitted (for example two
    ///   lists that share no case), for a fixed model that fails the existence check, or for an
    ///   exhaustive search over more than 6 lists.
    public static func select(_ table: CaptureHistory, method: SelectionMethod = .default,
                              runnersUp: Int = 3) throws -> ModelSelection {
        switch method {
        case .stepwise(let threshold):
            try validate(threshold: threshold)
            let outcome = try StepwiseSelection(pThreshold: threshold).run(table, checkStart: true)
            let chosen = try PoissonLogLinear.report(outcome.fit, table: table)
            let alternatives = stepwiseAlternatives(outcome, table: table, count: runnersUp)
            return ModelSelection(method: method, chosen: chosen, steps: outcome.steps, runnersUp: alternatives,
                                  chosenScore: nil, modelsFitted: outcome.fitted + alternatives.count,
                                  modelsRefused: outcome.refused)
        case .mainEffects, .fixed:
            let model = fixedModel(method)
            let chosen = try PoissonLogLinear.fit(table, model: model)
            return ModelSelection(method: method, chosen: chosen, steps: [], runnersUp: [], chosenScore: nil,
                                  modelsFitted: 1, modelsRefused: 0)
        case .exhaustive(let criterion):
            let outcome = try ExhaustiveSearch(criterion: criterion, keep: runnersUp + 1).run(table)
            guard let best = outcome.ranked.first else {
                throw ExistenceCheck.run(table: table, model: .mainEffects).error
                    ?? EstimationError.estimateDoesNotExist(model: "any", reason: "no model with two-list terms can be fitted.")
            }
            let chosen = try PoissonLogLinear.fit(table, model: best.model, checkExistence: false)
            let alternatives = outcome.ranked.dropFirst().map {
                ModelSelection.Alternative(model: $0.model, termNames: $0.model.termNames(listNames: table.listNames),
                                           estimate: $0.estimate, score: $0.score, scoreName: criterion.rawValue.uppercased())
            }
            return ModelSelection(method: method, chosen: chosen, steps: [], runnersUp: alternatives,
                                  chosenScore: best.score, modelsFitted: outcome.fitted, modelsRefused: outcome.refused)
        }
    }

    /// The selection for bootstrap replicates and jackknife tables: no report, no runners-up.
    ///
    /// The starting (or fixed) model is checked too. SparseMSE fits it unchecked, so a resample
    /// whose main-effects estimate does not exist (say, an overlap drawn empty) gives whatever
    /// huge number `glm` stops at; here it throws, and the caller counts the replicate as
    /// unbounded. On tables such as UKdat, where every resample has an estimate, the two agree.
    static func selectCore(_ table: CaptureHistory, method: SelectionMethod) throws -> CoreFit {
        switch method {
        case .stepwise(let threshold):
            guard StepwiseSelection.passes(.mainEffects, table) else { throw replicateFailure(.mainEffects, table) }
            return try StepwiseSelection(pThreshold: threshold).run(table, checkStart: false).fit
        case .mainEffects, .fixed:
            let model = fixedModel(method)
            guard StepwiseSelection.passes(model, table) else { throw replicateFailure(model, table) }
            return try PoissonLogLinear.coreFit(table, model: model, start: nil)
        case .exhaustive(let criterion):
            guard let best = try ExhaustiveSearch(criterion: criterion, keep: 1).run(table).ranked.first else {
                throw EstimationError.estimateDoesNotExist(model: "any", reason: "no model can be fitted to this replicate.")
            }
            return try PoissonLogLinear.coreFit(table, model: best.model, start: nil)
        }
    }

    private static func replicateFailure(_ model: LogLinearModel, _ table: CaptureHistory) -> EstimationError {
        .estimateDoesNotExist(model: model.description(listNames: table.listNames), reason: "on a resampled table.")
    }

    static func validate(threshold: Double) throws {
        guard threshold >= 0, threshold <= 1 else {
            throw EstimationError.invalidOption("The stepwise p-value threshold must be between 0 and 1; got \(threshold).")
        }
    }

    private static func fixedModel(_ method: SelectionMethod) -> LogLinearModel {
        if case .fixed(let model) = method { return model }
        return .mainEffects
    }

    /// The chosen model plus each of the next best candidate terms that can be fitted.
    private static func stepwiseAlternatives(_ outcome: StepwiseSelection.Outcome, table: CaptureHistory,
                                             count: Int) -> [ModelSelection.Alternative] {
        var alternatives: [ModelSelection.Alternative] = []
        for candidate in outcome.lastCandidates where alternatives.count < count {
            let model = outcome.fit.model.adding(candidate.term)
            guard StepwiseSelection.passes(model, table),
                  let fit = try? PoissonLogLinear.coreFit(table, model: model, start: outcome.fit.fittedByMask) else { continue }
            alternatives.append(ModelSelection.Alternative(
                model: model, termNames: model.termNames(listNames: table.listNames),
                estimate: fit.estimate(observed: table.observedTotal), score: candidate.pValue, scoreName: "p-value"))
        }
        return alternatives
    }
}
