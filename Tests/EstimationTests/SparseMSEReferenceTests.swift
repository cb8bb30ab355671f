import Testing
@testable import Estimation

/// The defaults against SparseMSE 2.0.1. Expected numbers: the table "Reference figures from
/// SparseMSE 2.0.1 (computed here with R 4.2.2)" in `../shared/data/mse/README.md`.
/// Acceptance: estimate within 0.5 %, bounds within 2 %, the same two-list terms in the same order.
// The reference tables live outside the repository; skip when they are not there.
@Suite("SparseMSE reference figures (UK 2013)",
       .enabled(if: ReferenceData.isAvailable, "../shared/data/mse/ is absent: reference tables not available"))
struct SparseMSEReferenceTests {
    struct Reference: Sendable, CustomTestStringConvertible {
        let file: String
        let method: SelectionMethod
        let estimate: Double
        let lower: Double
        let upper: Double
        let terms: [String]
        var testDescription: String { "\(file) \(method.name) \(estimate)" }
    }

    static let rows: [Reference] = [
        Reference(file: "UKdat", method: .stepwise(pThreshold: 0.02), estimate: 11_417.99, lower: 9_977.28, upper: 13_145.66,
                  terms: ["PF:NCA", "LA:NG", "NG:GP", "LA:PF", "PF:GP", "GO:GP", "NG:GO"]),
        Reference(file: "UKdat", method: .stepwise(pThreshold: 0.001), estimate: 13_181.24, lower: 11_601.14, upper: 15_043.22,
                  terms: ["PF:NCA", "LA:NG", "NG:GP", "LA:PF", "PF:GP"]),
        Reference(file: "UKdat", method: .mainEffects, estimate: 12_213.99, lower: 10_988.80, upper: 13_621.26, terms: []),
        Reference(file: "UKdat_5", method: .stepwise(pThreshold: 0.02), estimate: 11_312.99, lower: 9_884.40, upper: 13_027.40,
                  terms: ["LA:NG", "NG:GP", "PFNCA:GP", "LA:PFNCA", "GO:GP", "NG:GO"]),
        Reference(file: "UKdat_5", method: .mainEffects, estimate: 13_444.13, lower: 11_985.17, upper: 15_133.43, terms: []),
    ]

    @Test("Estimate, wald-log interval and model match SparseMSE", arguments: rows)
    func matchesSparseMSE(reference: Reference) throws {
        // setup
        let table = try ReferenceData.table(reference.file)
        // MUT
        let result = try PopulationEstimator.estimate(table, options: EstimationOptions(method: reference.method))
        // validation
        #expect(result.observed == 2744)
        #expect(relativeDifference(result.estimate, reference.estimate) < 0.005)
        #expect(relativeDifference(result.interval.lower, reference.lower) < 0.02)
        #expect(relativeDifference(result.interval.upper, reference.upper) < 0.02)
        #expect(result.model == reference.terms)
        #expect(result.interval.method == "wald-log")
    }

    @Test("The defaults are SparseMSE 2.x's: stepwise 0.02 and wald-log")
    func defaultsAreStepwiseAndWaldLog() throws {
        let table = try ReferenceData.table("UKdat")
        let result = try PopulationEstimator.estimate(table)
        #expect(result.selection.method == .stepwise(pThreshold: 0.02))
        #expect(result.model == Self.rows[0].terms)
        #expect(relativeDifference(result.estimate, 11_417.99) < 0.005)
    }

    @Test("The Home Office range 10,000-13,000 is close to the default interval")
    func homeOfficeRange() throws {
        // Expected: Silverman (2014), "between 10,000 and 13,000" (README "Published figure").
        let result = try PopulationEstimator.estimate(try ReferenceData.table("UKdat"))
        #expect(result.estimate > 10_000 && result.estimate < 13_000)
        #expect(abs(result.interval.lower - 10_000) < 500 && abs(result.interval.upper - 13_000) < 500)
    }

    @Test("UKdat with PF and NCA merged is UKdat_5")
    func mergingGivesUKdat5() throws {
        // Expected: README, "UKdat_5 ... PF and NCA merged into one list".
        let merged = try ReferenceData.table("UKdat").mergingLists([2, 5], name: "PFNCA")
        #expect(merged == (try ReferenceData.table("UKdat_5")))
    }

    @Test("Stepwise reports each step's p-value below the threshold, in the order added")
    func stepwisePath() throws {
        let selection = try ModelSelector.select(try ReferenceData.table("UKdat"))
        #expect(selection.steps.map(\.name) == Self.rows[0].terms)
        #expect(selection.steps.allSatisfy { $0.pValue < 0.02 })
        // PF and NCA overlap far more than independence predicts (35 cases).
        #expect(selection.steps[0].observedOverlap == 35)
        #expect(selection.steps[0].expectedOverlap < 35)
        // Runners-up: the chosen model plus one more term, whose p-value did not qualify.
        #expect(!selection.runnersUp.isEmpty)
        #expect(selection.runnersUp.allSatisfy { $0.score >= 0.02 && $0.termNames.count == 8 })
    }
}
