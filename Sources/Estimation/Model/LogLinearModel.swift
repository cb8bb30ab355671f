/// A Poisson log-linear model of a capture-history table:
/// `log E[count(ω)] = intercept + Σ_i ω_i·λ_i + Σ_terms λ_T·Π_{i∈T} ω_i`.
///
/// The intercept is the log of the expected dark figure (the pattern on no list). Every
/// model has the intercept and one main effect per list; `terms` adds interactions, in the
/// order they were chosen (stepwise selection reports them in the order added).
public struct LogLinearModel: Hashable, Sendable {
    /// The interactions beyond the main effects, in the order given or added.
    public let terms: [InteractionTerm]

    /// A model with the given interactions (duplicates are ignored, first occurrence kept).
    public init(terms: [InteractionTerm]) {
        var seen = Set<InteractionTerm>()
        self.terms = terms.filter { seen.insert($0).inserted }
    }

    /// Parses names such as `["PF:NCA", "LA:NG"]` against the table's list names.
    /// - Throws: `EstimationError.unknownList` or `.invalidTerm`.
    public init(parsing names: [String], listNames: [String]) throws {
        self.init(terms: try names.map { try InteractionTerm(parsing: $0, listNames: listNames) })
    }

    /// Main effects only: the lists are independent (in the population, not only among the seen).
    public static let mainEffects = LogLinearModel(terms: [])

    /// Main effects and every two-list interaction.
    public static func allPairs(listCount: Int) -> LogLinearModel {
        LogLinearModel(terms: InteractionTerm.allPairs(listCount: listCount))
    }

    /// The model with one more term (unchanged if the term is already in).
    public func adding(_ term: InteractionTerm) -> LogLinearModel {
        LogLinearModel(terms: terms + [term])
    }

    /// The model without a term.
    public func removing(_ term: InteractionTerm) -> LogLinearModel {
        LogLinearModel(terms: terms.filter { $0 != term })
    }

    /// Term names such as `["PF:NCA", "LA:NG"]`, in model order.
    public func termNames(listNames: [String]) -> [String] {
        terms.map { $0.name(listNames: listNames) }
    }

    /// A readable description: `"main effects + PF:NCA + LA:NG"`.
    public func description(listNames: [String]) -> String {
        (["main effects"] + termNames(listNames: listNames)).joined(separator: " + ")
    }

    /// Whether every term uses only lists below `listCount`.
    func fits(listCount: Int) -> Bool {
        terms.allSatisfy { $0.lists.mask < 1 << listCount }
    }
}
