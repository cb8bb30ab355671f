import Foundation

/// The bootstrap of SparseMSE's `estimatepopulation`, with model selection re-run on every
/// replicate, plus a parametric variant.
///
/// Each replicate has its own generator stream (`Xoshiro256StarStar(seed:stream:)`), so the
/// result depends only on the seed, not on the number of cores.
public enum Bootstrap {
    /// Runs the bootstrap.
    /// - Parameters:
    ///   - table: the observed table.
    ///   - method: the model selection to repeat on every replicate.
    ///   - fit: the chosen model's fit on the observed table (its estimate anchors BCa; its
    ///     fitted counts drive the parametric scheme).
    ///   - options: replicates, seed, scheme and interval kind.
    ///   - level: the coverage, e.g. 0.95.
    /// - Throws: `EstimationError.invalidOption` for fewer than 10 replicates.
    public static func run(_ table: CaptureHistory, method: SelectionMethod, fit: ModelFit,
                           options: BootstrapOptions = BootstrapOptions(), level: Double = 0.95) throws -> BootstrapResult {
        guard options.replicates >= 10 else {
            throw EstimationError.invalidOption("The bootstrap needs at least 10 replicates; got \(options.replicates).")
        }
        let draws = ReplicateDrawer(table: table, fit: fit, scheme: options.scheme)
        let outcomes = Parallel.map(options.replicates) { index -> (Double, [InteractionTerm]?) in
            var generator = Xoshiro256StarStar(seed: options.seed, stream: index)
            let replicate = draws.draw(using: &generator)
            guard replicate.observedTotal > 0,
                  let core = try? ModelSelector.selectCore(replicate, method: method),
                  core.intercept.isFinite else { return (.infinity, nil) }
            return (core.estimate(observed: replicate.observedTotal), core.model.terms)
        }
        let estimates = outcomes.map(\.0)
        let sorted = estimates.sorted()
        let alpha = (1 - level) / 2
        let percentile = ConfidenceInterval(
            lower: SampleQuantile.type8(sorted: sorted, probability: alpha),
            upper: SampleQuantile.type8(sorted: sorted, probability: 1 - alpha),
            level: level, method: "bootstrap-percentile")
        var bca: ConfidenceInterval? = nil
        var biasCorrection = 0.0
        var acceleration = 0.0
        if options.kind == .bca {
            biasCorrection = Normal.quantile(Double(estimates.filter { $0 < fit.estimate }.count) / Double(estimates.count))
            acceleration = jackknifeAcceleration(table, method: method)
            let limits = [alpha, 1 - alpha].map { probability -> Double in
                let za = Normal.quantile(probability)
                let shifted = za + biasCorrection
                let adjusted = Normal.cdf(biasCorrection + shifted / (1 - acceleration * shifted))
                return SampleQuantile.type8(sorted: sorted, probability: adjusted.isNaN ? probability : adjusted)
            }
            bca = ConfidenceInterval(lower: limits[0], upper: limits[1], level: level, method: "bootstrap-bca")
        }
        return BootstrapResult(
            options: options, replicates: estimates, failedReplicates: outcomes.filter { $0.1 == nil }.count,
            percentile: percentile, bca: bca, biasCorrection: biasCorrection, acceleration: acceleration,
            modelCounts: modelCounts(outcomes.compactMap(\.1), listNames: table.listNames))
    }

    /// SparseMSE's acceleration: remove one case of each observed pattern in turn, re-estimate
    /// (with model selection), and weight each pattern's jackknife value by its count:
    /// `a = Σ nⱼ rⱼ³ / (6 (Σ nⱼ rⱼ²)^{3/2})`, `rⱼ = mean − θ₍ⱼ₎`.
    static func jackknifeAcceleration(_ table: CaptureHistory, method: SelectionMethod) -> Double {
        let patterns = table.observedPatterns
        let values = Parallel.map(patterns.count) { index -> Double in
            var cells = table.cells
            cells[patterns[index].pattern.mask] -= 1
            let reduced = CaptureHistory(validatedListNames: table.listNames, cells: cells, stratum: table.stratum)
            guard let core = try? ModelSelector.selectCore(reduced, method: method) else { return .nan }
            return core.estimate(observed: reduced.observedTotal)
        }
        guard values.allSatisfy({ $0.isFinite }) else { return 0 }
        let weights = patterns.map { Double($0.count) }
        let total = weights.reduce(0, +)
        let mean = zip(weights, values).reduce(0) { $0 + $1.0 * $1.1 } / total
        var cubes = 0.0
        var squares = 0.0
        for (weight, value) in zip(weights, values) {
            let residual = mean - value
            cubes += weight * residual * residual * residual
            squares += weight * residual * residual
        }
        return squares > 0 ? cubes / (6 * Foundation.pow(squares, 1.5)) : 0
    }

    private static func modelCounts(_ models: [[InteractionTerm]], listNames: [String]) -> [BootstrapResult.ModelCount] {
        var counts: [[InteractionTerm]: Int] = [:]
        // A model is a set of terms; the order they were added in may differ between replicates.
        for terms in models { counts[terms.sorted(), default: 0] += 1 }
        return counts.map { terms, count in
            BootstrapResult.ModelCount(termNames: terms.map { $0.name(listNames: listNames) }, count: count)
        }.sorted { ($1.count, $0.termNames.joined(separator: " ")) < ($0.count, $1.termNames.joined(separator: " ")) }
    }
}

/// Draws replicate tables for one bootstrap scheme.
struct ReplicateDrawer: Sendable {
    let table: CaptureHistory
    let scheme: BootstrapOptions.Scheme
    /// Observed patterns (resample-cases) or all fitted cells (parametric), by bitmask.
    let masks: [Int]
    let sampler: MultinomialSampler
    let means: [Double]

    init(table: CaptureHistory, fit: ModelFit, scheme: BootstrapOptions.Scheme) {
        self.table = table
        self.scheme = scheme
        switch scheme {
        case .resampleCases:
            let observed = table.observedPatterns
            masks = observed.map(\.pattern.mask)
            sampler = MultinomialSampler(weights: observed.map { Double($0.count) })
            means = []
        case .parametric:
            masks = fit.cells.map(\.pattern.mask)
            means = fit.cells.map(\.fitted)
            sampler = MultinomialSampler(weights: [1])
        }
    }

    func draw(using generator: inout Xoshiro256StarStar) -> CaptureHistory {
        var cells = [Int](repeating: 0, count: 1 << table.listCount)
        switch scheme {
        case .resampleCases:
            let counts = sampler.sample(trials: table.observedTotal, using: &generator)
            for (index, mask) in masks.enumerated() { cells[mask] = counts[index] }
        case .parametric:
            for (index, mask) in masks.enumerated() {
                cells[mask] = PoissonSampler.sample(mean: means[index], using: &generator)
            }
        }
        return CaptureHistory(validatedListNames: table.listNames, cells: cells, stratum: table.stratum)
    }
}
