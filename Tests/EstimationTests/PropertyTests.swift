import Testing
@testable import Estimation

/// Properties over seeded synthetic tables (3 to 5 lists).
@Suite("Properties of estimates")
struct PropertyTests {
    static let cases: [(lists: Int, seed: UInt64)] = (0..<12).map { (3 + $0 % 3, UInt64(1000 + $0)) }

    @Test("The estimate never falls below the observed total", arguments: cases)
    func estimateAtLeastObserved(lists: Int, seed: UInt64) throws {
        let table = try SyntheticTables.table(lists: lists, seed: seed)
        for method in [SelectionMethod.default, .mainEffects, .stepwise(pThreshold: 0.001)] {
            let result = try PopulationEstimator.estimate(table, options: EstimationOptions(method: method))
            #expect(result.estimate >= Double(result.observed))
            #expect(result.interval.lower >= Double(result.observed))
        }
    }

    @Test("The interval contains the estimate (wald-log and profile)", arguments: cases)
    func intervalContainsEstimate(lists: Int, seed: UInt64) throws {
        let table = try SyntheticTables.table(lists: lists, seed: seed)
        for interval in [IntervalMethod.waldLog, .profileLikelihood] {
            let result = try PopulationEstimator.estimate(table, options: EstimationOptions(interval: interval))
            #expect(result.interval.contains(result.estimate), "\(interval.name): \(result.interval) vs \(result.estimate)")
            #expect(result.interval.lower < result.interval.upper)
        }
    }

    @Test("Permuting the list order changes neither the estimate nor the model", arguments: cases)
    func permutationInvariance(lists: Int, seed: UInt64) throws {
        let table = try SyntheticTables.table(lists: lists, seed: seed)
        var generator = Xoshiro256StarStar(seed: seed &+ 77)
        var order = Array(0..<lists)
        order.shuffle(using: &generator)
        let permuted = table.reorderingLists(order)
        #expect(permuted.observedTotal == table.observedTotal)
        let original = try PopulationEstimator.estimate(table)
        let shuffled = try PopulationEstimator.estimate(permuted)
        #expect(relativeDifference(shuffled.estimate, original.estimate) < 1e-8)
        #expect(relativeDifference(shuffled.interval.upper, original.interval.upper) < 1e-6)
        // Same model as a set of list-name pairs (term names follow each table's list order).
        let canonical = { (names: [String]) in Set(names.map { $0.split(separator: ":").sorted().joined(separator: ":") }) }
        #expect(canonical(shuffled.model) == canonical(original.model))
    }

    @Test("Profile and wald-log intervals agree closely for a large table")
    func profileNearWaldForLargeCounts() throws {
        let table = try SyntheticTables.table(lists: 4, seed: 42, darkFigure: 20_000)
        let wald = try PopulationEstimator.estimate(table)
        let profile = try PopulationEstimator.estimate(table, options: EstimationOptions(interval: .profileLikelihood))
        #expect(relativeDifference(profile.interval.lower, wald.interval.lower) < 0.01)
        #expect(relativeDifference(profile.interval.upper, wald.interval.upper) < 0.01)
    }
}
