/// How well the chosen model fits, and how much the estimate leans on each list.
public struct Diagnostics: Sendable {
    /// The effect of leaving one list out.
    public struct ListInfluence: Sendable, Equatable {
        /// The list left out.
        public let listName: String
        /// The estimated total from the other lists (same selection method), or nil.
        public let estimate: Double?
        /// `estimate / full estimate − 1`, or nil.
        public let relativeChange: Double?
        /// The model chosen without the list.
        public let termNames: [String]
        /// Why there is no estimate, when there is none.
        public let problem: String?
    }

    /// Observed and fitted counts per cell in the fit, with Pearson residuals.
    public let cells: [ModelFit.Cell]
    /// Residual deviance of the chosen model.
    public let deviance: Double
    /// Its degrees of freedom (cells − parameters).
    public let degreesOfFreedom: Int
    /// Pearson's `Σ (n − μ)²/μ`.
    public let pearsonChiSquare: Double
    /// The estimate without each list in turn (empty for two lists).
    public let listInfluence: [ListInfluence]
    /// Warnings about the table.
    public let warnings: [DataWarning]

    /// Computes the diagnostics of an estimate.
    /// - Parameters:
    ///   - estimate: the estimate to diagnose.
    ///   - table: the table it was made from.
    ///   - method: the selection method to repeat without each list (default: the estimate's).
    public static func compute(for estimate: PopulationEstimate, table: CaptureHistory,
                               method: SelectionMethod? = nil) -> Diagnostics {
        let fit = estimate.fit
        let pearson = fit.cells.reduce(0.0) { $0 + ($1.fitted > 0 ? $1.pearsonResidual * $1.pearsonResidual : 0) }
        let method = method ?? estimate.selection.method
        var influence: [ListInfluence] = []
        if table.listCount > 2 {
            influence = Parallel.map(table.listCount) { list in
                Self.influence(dropping: list, table: table, method: method, full: estimate.estimate)
            }
        }
        return Diagnostics(cells: fit.cells, deviance: fit.deviance, degreesOfFreedom: fit.degreesOfFreedom,
                           pearsonChiSquare: pearson, listInfluence: influence, warnings: DataWarnings.check(table))
    }

    private static func influence(dropping list: Int, table: CaptureHistory, method: SelectionMethod,
                                  full: Double) -> ListInfluence {
        let name = table.listNames[list]
        do {
            let reduced = try table.droppingList(list)
            // A fixed model may name the dropped list; fall back to stepwise defaults then.
            var reducedMethod = method
            if case .fixed = method { reducedMethod = .default }
            let selection = try ModelSelector.select(reduced, method: reducedMethod, runnersUp: 0)
            let value = selection.chosen.estimate
            return ListInfluence(listName: name, estimate: value, relativeChange: value / full - 1,
                                 termNames: selection.chosen.termNames, problem: nil)
        } catch {
            return ListInfluence(listName: name, estimate: nil, relativeChange: nil, termNames: [],
                                 problem: String(describing: error))
        }
    }
}
