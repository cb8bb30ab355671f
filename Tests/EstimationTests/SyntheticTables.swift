import Foundation
@testable import Estimation

/// Seeded capture-history tables for property tests: a population whose cell means follow a
/// log-linear model with main effects and one positive two-list dependence.
enum SyntheticTables {
    static func table(lists: Int, seed: UInt64, darkFigure: Double = 600) throws -> CaptureHistory {
        var generator = Xoshiro256StarStar(seed: seed)
        // Capture odds between 0.15 and 0.6 per list.
        let odds = (0..<lists).map { _ in 0.15 + 0.45 * generator.nextUniform() }
        let dependence = 0.8 * generator.nextUniform()
        var rows: [CaptureHistory.Row] = []
        for mask in 1..<(1 << lists) {
            let pattern = CapturePattern(mask: mask)
            var mean = darkFigure
            for list in pattern.lists { mean *= odds[list] }
            if pattern.contains(list: 0) && pattern.contains(list: 1) { mean *= Foundation.exp(dependence) }
            let count = PoissonSampler.sample(mean: mean, using: &generator)
            if count > 0 { rows.append(CaptureHistory.Row(pattern: pattern, count: count)) }
        }
        return try CaptureHistory(listNames: (0..<lists).map { "L\($0 + 1)" }, rows: rows)
    }
}
