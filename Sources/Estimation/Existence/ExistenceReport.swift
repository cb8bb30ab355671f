/// The outcome of `ExistenceCheck`: whether a model can be fitted to a table, and why not.
public struct ExistenceReport: Sendable, Equatable {
    /// Whether the maximum-likelihood estimate exists (all fitted counts finite and positive).
    public let estimateExists: Bool
    /// How many parameters the remaining cells cannot determine (0 when identifiable).
    public let rankDeficiency: Int
    /// Unobserved patterns that the model would have to fit at exactly zero: the cause of a
    /// missing estimate (computed for up to 8 lists).
    public let forcedZeroPatterns: [CapturePattern]
    /// Terms left out because their lists share no case (their cells are dropped from the fit).
    public let droppedTerms: [InteractionTerm]
    /// Lists sharing no observed case with any other list.
    public let isolatedLists: [Int]
    /// The table's list names, for the explanation.
    public let listNames: [String]
    /// The model, as text.
    public let modelDescription: String

    /// True when every parameter, the dark figure included, is determined by the data.
    public var isIdentifiable: Bool { rankDeficiency == 0 }

    /// True when the model can be fitted: the estimate exists and is identifiable.
    public var isSatisfied: Bool { estimateExists && isIdentifiable }

    /// The error to raise when the check fails, with an explanation; nil when it passes.
    public var error: EstimationError? {
        if !estimateExists { return .estimateDoesNotExist(model: modelDescription, reason: existenceExplanation) }
        if !isIdentifiable { return .notIdentifiable(model: modelDescription, reason: identifiabilityExplanation) }
        return nil
    }

    private var existenceExplanation: String {
        var text = "no table of positive expected counts reproduces the list totals and overlaps this model fits, "
            + "so the likelihood keeps growing as some expected counts go to zero and the dark figure is not finite."
        if !forcedZeroPatterns.isEmpty {
            let patterns = forcedZeroPatterns.map { pattern in
                pattern.lists.map { listNames[$0] }.joined(separator: "&")
            }
            text += " Patterns whose expected count would be zero: \(patterns.joined(separator: ", "))."
        }
        if !isolatedLists.isEmpty {
            let names = isolatedLists.map { listNames[$0] }.joined(separator: ", ")
            text += " \(isolatedLists.count == 1 ? "List" : "Lists") \(names) \(isolatedLists.count == 1 ? "shares" : "share") "
                + "no case with any other list, so the data say nothing about how \(isolatedLists.count == 1 ? "it overlaps" : "they overlap") the others."
        }
        return text + " Use a simpler model, or merge or drop lists."
    }

    private var identifiabilityExplanation: String {
        "the cells left after dropping empty overlaps determine only \(rankDeficiency == 1 ? "all but one" : "all but \(rankDeficiency)") "
            + "of the model's parameters, so several different dark figures fit the data equally well. "
            + "Use fewer interaction terms or fewer lists."
    }
}
