/// The result of model selection: the chosen fit, how it was reached, and the alternatives.
public struct ModelSelection: Sendable {
    /// One step of stepwise selection.
    public struct Step: Sendable, Equatable {
        /// The term added.
        public let term: InteractionTerm
        /// Its name, e.g. `PF:NCA`.
        public let name: String
        /// The one-sided Poisson p-value `min(P(X ≤ n*), P(X ≥ n*))`, `X ~ Poisson(λ*)`.
        public let pValue: Double
        /// `n*`: cases observed on both lists.
        public let observedOverlap: Int
        /// `λ*`: the overlap expected under the model before the step.
        public let expectedOverlap: Double
        /// Terms with a smaller p-value that were passed over because the enlarged model's
        /// estimate would not exist or not be identifiable.
        public let refused: [String]
    }

    /// A model that was not chosen, for "runners-up" reports.
    public struct Alternative: Sendable, Equatable {
        /// The model.
        public let model: LogLinearModel
        /// Its interaction names, in model order.
        public let termNames: [String]
        /// Its population estimate.
        public let estimate: Double
        /// The score it was ranked by: AIC or BIC (exhaustive search) or the p-value of its
        /// last term (stepwise: the chosen model plus the next candidate term).
        public let score: Double
        /// What `score` is: `"AIC"`, `"BIC"` or `"p-value"`.
        public let scoreName: String
    }

    /// The method used.
    public let method: SelectionMethod
    /// The chosen model's fit.
    public let chosen: ModelFit
    /// The stepwise path (empty for other methods).
    public let steps: [Step]
    /// The best models not chosen, best first.
    public let runnersUp: [Alternative]
    /// The chosen model's score (AIC or BIC for exhaustive search, nil otherwise).
    public let chosenScore: Double?
    /// How many models were fitted.
    public let modelsFitted: Int
    /// How many candidate models were refused by the existence check.
    public let modelsRefused: Int
}
