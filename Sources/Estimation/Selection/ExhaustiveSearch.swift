import Foundation

/// AIC or BIC over every model made of main effects and a subset of the two-list terms
/// (`2^(K(K−1)/2)` models: 32,768 for six lists), keeping only models whose estimate exists
/// and is identifiable.
///
/// Models are visited in Gray-code order, so consecutive models differ by one term and each
/// fit starts from the previous fitted values; the range is split across cores.
struct ExhaustiveSearch {
    /// Six lists give 2^15 models; seven would give 2^21.
    static let maximumListCount = 6

    struct Entry: Sendable {
        let subset: Int
        let model: LogLinearModel
        let score: Double
        let estimate: Double
    }

    struct Outcome {
        var ranked: [Entry]
        var fitted: Int
        var refused: Int
    }

    let criterion: InformationCriterion
    /// How many of the best models to keep.
    let keep: Int

    func run(_ table: CaptureHistory) throws -> Outcome {
        guard table.listCount <= Self.maximumListCount else {
            throw EstimationError.tooManyListsForExhaustiveSearch(lists: table.listCount, limit: Self.maximumListCount)
        }
        let pairs = InteractionTerm.allPairs(listCount: table.listCount)
        let total = 1 << pairs.count
        let chunks = min(Parallel.chunkCount, total)
        let parts = Parallel.map(chunks) { chunk -> Outcome in
            let lower = total * chunk / chunks
            let upper = total * (chunk + 1) / chunks
            return search(table, pairs: pairs, range: lower..<upper)
        }
        var merged = Outcome(ranked: [], fitted: 0, refused: 0)
        for part in parts {
            merged.ranked += part.ranked
            merged.fitted += part.fitted
            merged.refused += part.refused
        }
        merged.ranked.sort(by: Self.better)
        merged.ranked = Array(merged.ranked.prefix(keep))
        return merged
    }

    private func search(_ table: CaptureHistory, pairs: [InteractionTerm], range: Range<Int>) -> Outcome {
        var outcome = Outcome(ranked: [], fitted: 0, refused: 0)
        var previous: [Double]? = nil
        let observed = table.observedTotal
        // Pairs whose lists share no case: including one drops cells. For a fixed set of such
        // pairs the cells are fixed, and then existence is inherited by every submodel (the same
        // positive table matches fewer margins). So when the model with all other pairs exists,
        // no linear program is needed for any model with that set of empty pairs.
        let emptyPairs = pairs.indices.filter { table.overlap(pairs[$0].lists) == 0 }.reduce(0) { $0 | (1 << $1) }
        var largestExists: [Int: Bool] = [:]
        for index in range {
            let subset = index ^ (index >> 1)
            let terms = pairs.indices.filter { subset & (1 << $0) != 0 }.map { pairs[$0] }
            let model = LogLinearModel(terms: terms)
            let design = DesignMatrix(table: table, model: model)
            let dropped = subset & emptyPairs
            if largestExists[dropped] == nil {
                let largest = pairs.indices.filter { emptyPairs & (1 << $0) == 0 || dropped & (1 << $0) != 0 }.map { pairs[$0] }
                largestExists[dropped] = ExistenceCheck.estimateExists(DesignMatrix(table: table, model: LogLinearModel(terms: largest)))
            }
            let exists = largestExists[dropped] == true || ExistenceCheck.estimateExists(design)
            guard ExistenceCheck.rankDeficiency(design) == 0, exists,
                  let fit = try? CoreFit(model: model, design: design, start: previous) else {
                outcome.refused += 1
                continue
            }
            outcome.fitted += 1
            previous = fit.fittedByMask
            let score = criterion.value(logLikelihood: fit.logLikelihood, parameters: fit.parameterCount, observed: observed)
            insert(Entry(subset: subset, model: model, score: score, estimate: fit.estimate(observed: observed)), into: &outcome.ranked)
        }
        return outcome
    }

    /// Keeps the `keep` best entries, sorted.
    private func insert(_ entry: Entry, into ranked: inout [Entry]) {
        if ranked.count == keep, let last = ranked.last, !Self.better(entry, last) { return }
        let position = ranked.firstIndex { Self.better(entry, $0) } ?? ranked.count
        ranked.insert(entry, at: position)
        if ranked.count > keep { ranked.removeLast() }
    }

    /// Smaller score first; ties to fewer terms, then to the earlier subset.
    static func better(_ a: Entry, _ b: Entry) -> Bool {
        if a.score != b.score { return a.score < b.score }
        if a.model.terms.count != b.model.terms.count { return a.model.terms.count < b.model.terms.count }
        return a.subset < b.subset
    }
}
