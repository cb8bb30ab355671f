import Foundation
import Testing
@testable import Estimation

/// Independent checks: for main effects the Poisson MLE has classical closed forms, computed
/// here by separate, simple formulas rather than by the library.
@Suite("Closed forms")
struct ClosedFormTests {
    @Test("Two lists: main effects equal Lincoln–Petersen n1·n2/m", arguments: [
        (60, 40, 20), (120, 35, 7), (1000, 800, 400), (5, 3, 1),
    ])
    func lincolnPetersen(onlyFirst: Int, onlySecond: Int, both: Int) throws {
        let table = try CaptureHistory(listNames: ["A", "B"], rows: [
            .init(lists: [0], count: onlyFirst), .init(lists: [1], count: onlySecond), .init(lists: [0, 1], count: both),
        ])
        let n1 = Double(onlyFirst + both)
        let n2 = Double(onlySecond + both)
        let expected = n1 * n2 / Double(both)
        let fit = try PoissonLogLinear.fit(table, model: .mainEffects)
        #expect(relativeDifference(fit.estimate, expected) < 1e-9)
        #expect(relativeDifference(ClosedForm.lincolnPetersen(firstList: Int(n1), secondList: Int(n2), both: both)!, expected) < 1e-12)
        // Two lists: stepwise has nothing it can add (A:B would saturate the table).
        #expect(try PopulationEstimator.estimate(table).model.isEmpty)
    }

    @Test("Three lists: main effects solve Darroch's equation n = N(1 − Π(1 − nⱼ/N))", arguments: [
        [50, 40, 30, 10, 8, 6, 2], [200, 150, 90, 60, 30, 25, 12], [17, 9, 23, 3, 4, 2, 1],
    ])
    func threeListIndependence(counts: [Int]) throws {
        // Patterns 100, 010, 001, 110, 101, 011, 111.
        let patterns = [[0], [1], [2], [0, 1], [0, 2], [1, 2], [0, 1, 2]]
        let table = try CaptureHistory(listNames: ["A", "B", "C"],
                                       rows: zip(patterns, counts).map { .init(lists: $0, count: $1) })
        let expected = Self.darrochTotal(table)
        let fit = try PoissonLogLinear.fit(table, model: .mainEffects)
        #expect(relativeDifference(fit.estimate, expected) < 1e-8)
    }

    // The reference tables live outside the repository; skip when they are not there.
    @Test("Six lists: the UKdat main-effects estimate solves Darroch's equation",
          .enabled(if: ReferenceData.isAvailable, "../shared/data/mse/ is absent: reference tables not available"))
    func sixListIndependence() throws {
        let table = try ReferenceData.table("UKdat")
        let fit = try PoissonLogLinear.fit(table, model: .mainEffects)
        #expect(relativeDifference(fit.estimate, Self.darrochTotal(table)) < 1e-8)
    }

    /// Under independence each list catches a share nⱼ/N of everyone, so the share caught by
    /// no list is Π(1 − nⱼ/N) and the observed total is n = N(1 − Π(1 − nⱼ/N)) (Darroch 1958).
    /// Solved by bisection on N.
    static func darrochTotal(_ table: CaptureHistory) -> Double {
        let n = Double(table.observedTotal)
        let sizes = (0..<table.listCount).map { Double(table.listTotal($0)) }
        func excess(_ total: Double) -> Double {
            total * (1 - sizes.reduce(1.0) { $0 * (1 - $1 / total) }) - n
        }
        var low = sizes.max()!
        var high = n * 1e6
        for _ in 0..<200 {
            let middle = 0.5 * (low + high)
            if excess(middle) > 0 { high = middle } else { low = middle }
        }
        return 0.5 * (low + high)
    }
}
