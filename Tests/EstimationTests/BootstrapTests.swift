import Testing
@testable import Estimation

@Suite("Bootstrap intervals")
struct BootstrapTests {
    /// Expected: SparseMSE's BCa bootstrap for UKdat (1,000 replicates, model re-selected each
    /// time) gives 9,267–14,307 (`../shared/data/mse/README.md`, "Bootstrap"). The bootstrap is
    /// random, so the acceptance is 5 %. The seed is SparseMSE's default `iseed = 1234`.
    /// Over seeds 1–40 the median limits were 9,189 and 14,336; the lower limit is about the
    /// 0.14 % quantile of the replicates (z₀ ≈ −0.5), so it moves by several per cent between
    /// seeds (within 5 % of SparseMSE's for 32 of 41 seeds, the upper for 40 of 41).
    // The reference tables live outside the repository; skip when they are not there.
    @Test("UKdat BCa bootstrap is within 5% of SparseMSE's",
          .enabled(if: ReferenceData.isAvailable, "../shared/data/mse/ is absent: reference tables not available"))
    func ukdatBCa() throws {
        let table = try ReferenceData.table("UKdat")
        let options = EstimationOptions(interval: .bootstrap(BootstrapOptions(replicates: 1000, seed: 1234)))
        let result = try PopulationEstimator.estimate(table, options: options)
        let bootstrap = try #require(result.bootstrap)
        #expect(result.interval.method == "bootstrap-bca")
        #expect(relativeDifference(result.interval.lower, 9_267) < 0.05)
        #expect(relativeDifference(result.interval.upper, 14_307) < 0.05)
        #expect(bootstrap.replicates.count == 1000)
        #expect(bootstrap.failedReplicates == 0)
        #expect(result.interval.contains(result.estimate))
        // Model selection was re-run: more than one model turns up across replicates.
        #expect(bootstrap.modelCounts.count > 1)
        #expect(bootstrap.modelCounts.reduce(0) { $0 + $1.count } == 1000)
    }

    @Test("The same seed gives the same replicates; another seed does not")
    func seededAndReproducible() throws {
        let table = try SyntheticTables.table(lists: 4, seed: 7)
        let fit = try ModelSelector.select(table).chosen
        let options = BootstrapOptions(replicates: 200, seed: 99)
        let first = try Bootstrap.run(table, method: .default, fit: fit, options: options)
        let second = try Bootstrap.run(table, method: .default, fit: fit, options: options)
        var other = options
        other.seed = 100
        let third = try Bootstrap.run(table, method: .default, fit: fit, options: other)
        #expect(first.replicates == second.replicates)
        #expect(first.replicates != third.replicates)
    }

    @Test("Parametric and percentile variants give intervals around the estimate", arguments: BootstrapOptions.Scheme.allCases)
    func variants(scheme: BootstrapOptions.Scheme) throws {
        let table = try SyntheticTables.table(lists: 3, seed: 3)
        let options = BootstrapOptions(replicates: 300, seed: 5, scheme: scheme, kind: .percentile)
        let result = try PopulationEstimator.estimate(table, options: EstimationOptions(interval: .bootstrap(options)))
        #expect(result.interval.method == "bootstrap-percentile")
        #expect(result.bootstrap?.bca == nil)
        #expect(result.interval.lower >= Double(result.observed))
        #expect(result.interval.contains(result.estimate))
    }

    @Test("Replicates without an estimate count as unbounded and are reported")
    func failedReplicates() throws {
        // Two overlaps of one case each: a resample often loses both, and then no estimate exists.
        let table = try CaptureHistory(listNames: ["A", "B", "C"], rows: [
            .init(lists: [0], count: 20), .init(lists: [1], count: 15), .init(lists: [2], count: 10),
            .init(lists: [0, 1], count: 1), .init(lists: [1, 2], count: 1),
        ])
        let options = EstimationOptions(interval: .bootstrap(BootstrapOptions(replicates: 200, seed: 1)))
        let result = try PopulationEstimator.estimate(table, options: options)
        let bootstrap = try #require(result.bootstrap)
        #expect(bootstrap.failedReplicates > 0)
        #expect(bootstrap.replicates.filter(\.isInfinite).count == bootstrap.failedReplicates)
        #expect(result.warnings.contains { $0.kind == .bootstrapFailures })
    }

    @Test("Fewer than 10 replicates is refused")
    func tooFewReplicates() throws {
        let table = try SyntheticTables.table(lists: 3, seed: 3)
        let options = EstimationOptions(interval: .bootstrap(BootstrapOptions(replicates: 5)))
        #expect(throws: EstimationError.self) { try PopulationEstimator.estimate(table, options: options) }
    }

    @Test("Type 8 quantiles match R's quantile(type = 8)")
    func type8() {
        // Expected: R 4.x, quantile(1:10, c(0.1, 0.5, 0.975), type = 8) = 1.366667, 5.5, 10.
        let sorted = (1...10).map(Double.init)
        #expect(abs(SampleQuantile.type8(sorted: sorted, probability: 0.1) - (1 + 11.0 / 30)) < 1e-12)
        #expect(SampleQuantile.type8(sorted: sorted, probability: 0.5) == 5.5)
        #expect(SampleQuantile.type8(sorted: sorted, probability: 0.975) == 10)
    }
}
