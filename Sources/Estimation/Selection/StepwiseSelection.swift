/// SparseMSE's `stepwisefit`, step for step.
///
/// Start from main effects. At each step, for every two-list term not yet in the model,
/// compare the observed overlap `n*` of its lists with the overlap `λ*` the current model
/// expects, by the one-sided Poisson p-value `min(P(X ≤ n*), P(X ≥ n*))`. Add the term with
/// the smallest p-value (ties to the first pair in the order (1,2), (1,3), …) if it is below
/// the threshold and the enlarged model passes the existence check; a term failing the
/// check counts as p = 1 for that step. Stop when no term qualifies.
struct StepwiseSelection {
    struct Candidate {
        let term: InteractionTerm
        let pValue: Double
        let observedOverlap: Int
        let expectedOverlap: Double
    }

    struct Outcome {
        var fit: CoreFit
        var steps: [ModelSelection.Step]
        /// The candidates of the last round, by p-value (for runners-up).
        var lastCandidates: [Candidate]
        var fitted: Int
        var refused: Int
    }

    let pThreshold: Double

    /// Runs the selection. With `checkStart`, the main-effects model must pass the existence
    /// check (SparseMSE fits it unchecked; the bootstrap does the same, for compatibility).
    func run(_ table: CaptureHistory, checkStart: Bool) throws -> Outcome {
        let pairs = InteractionTerm.allPairs(listCount: table.listCount)
        if pThreshold >= 1, Self.passes(.allPairs(listCount: table.listCount), table) {
            // SparseMSE: pthresh = 1 means "all two-list terms", when that model can be fitted.
            let fit = try PoissonLogLinear.coreFit(table, model: .allPairs(listCount: table.listCount), start: nil)
            return Outcome(fit: fit, steps: [], lastCandidates: [], fitted: 1, refused: 0)
        }
        if checkStart, let error = ExistenceCheck.run(table: table, model: .mainEffects).error { throw error }
        var current = try PoissonLogLinear.coreFit(table, model: .mainEffects, start: nil)
        var outcome = Outcome(fit: current, steps: [], lastCandidates: [], fitted: 1, refused: 0)
        if pThreshold <= 0 { return outcome }
        let observed = pairs.map { table.overlap($0.lists) }
        var included = Set<InteractionTerm>()
        while included.count < pairs.count {
            let candidates = rank(pairs: pairs, observed: observed, excluding: included, fit: current)
            outcome.lastCandidates = candidates
            var refused: [String] = []
            var chosen: Candidate? = nil
            for candidate in candidates where candidate.pValue < pThreshold {
                if Self.passes(current.model.adding(candidate.term), table) {
                    chosen = candidate
                    break
                }
                outcome.refused += 1
                refused.append(candidate.term.name(listNames: table.listNames))
            }
            guard let chosen else { break }
            current = try PoissonLogLinear.coreFit(table, model: current.model.adding(chosen.term), start: current.fittedByMask)
            outcome.fitted += 1
            included.insert(chosen.term)
            outcome.steps.append(ModelSelection.Step(
                term: chosen.term, name: chosen.term.name(listNames: table.listNames), pValue: chosen.pValue,
                observedOverlap: chosen.observedOverlap, expectedOverlap: chosen.expectedOverlap, refused: refused))
            outcome.lastCandidates = []
        }
        outcome.fit = current
        return outcome
    }

    /// The p-values of the terms not yet included, smallest first (stable, so ties keep pair order).
    private func rank(pairs: [InteractionTerm], observed: [Int], excluding included: Set<InteractionTerm>,
                      fit: CoreFit) -> [Candidate] {
        var candidates: [Candidate] = []
        for (index, term) in pairs.enumerated() where !included.contains(term) {
            let mask = term.lists.mask
            var expected = 0.0
            for cell in 1..<fit.fittedByMask.count where cell & mask == mask { expected += fit.fittedByMask[cell] }
            let n = observed[index]
            let p = min(Poisson.lowerTail(n, mean: expected), Poisson.upperTail(n, mean: expected))
            candidates.append(Candidate(term: term, pValue: p, observedOverlap: n, expectedOverlap: expected))
        }
        // Swift's sort is not guaranteed stable: sort on (p, pair index) explicitly.
        let order = pairs.enumerated().reduce(into: [InteractionTerm: Int]()) { $0[$1.element] = $1.offset }
        return candidates.sorted { ($0.pValue, order[$0.term]!) < ($1.pValue, order[$1.term]!) }
    }

    /// SparseMSE's `checkident(...) == 0`: the estimate exists and is identifiable.
    static func passes(_ model: LogLinearModel, _ table: CaptureHistory) -> Bool {
        let design = DesignMatrix(table: table, model: model)
        return ExistenceCheck.rankDeficiency(design) == 0 && ExistenceCheck.estimateExists(design)
    }
}
