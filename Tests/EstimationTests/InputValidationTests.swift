import Testing
@testable import Estimation

@Suite("Input validation")
struct InputValidationTests {
    @Test("Too few and too many lists")
    func listCount() {
        #expect(throws: EstimationError.tooFewLists(found: 1)) {
            try CaptureHistory(listNames: ["A"], rows: [.init(lists: [0], count: 3)])
        }
        let eleven = (0..<11).map { "L\($0)" }
        #expect(throws: EstimationError.tooManyLists(found: 11, limit: 10)) {
            try CaptureHistory(listNames: eleven, rows: [.init(lists: [0], count: 3)])
        }
    }

    @Test("Negative counts, the all-zero pattern, duplicates and empty tables")
    func badRows() {
        let names = ["A", "B"]
        #expect(throws: EstimationError.negativeCount(pattern: "10", count: -2)) {
            try CaptureHistory(listNames: names, rows: [.init(lists: [0], count: -2)])
        }
        #expect(throws: EstimationError.allZeroPattern(count: 4)) {
            try CaptureHistory(listNames: names, rows: [.init(lists: [], count: 4)])
        }
        #expect(throws: EstimationError.duplicatePattern("11")) {
            try CaptureHistory(listNames: names, rows: [.init(lists: [0, 1], count: 1), .init(lists: [0, 1], count: 2)])
        }
        #expect(throws: EstimationError.emptyTable) {
            try CaptureHistory(listNames: names, rows: [.init(lists: [0], count: 0)])
        }
        #expect(throws: EstimationError.duplicateListName("A")) {
            try CaptureHistory(listNames: ["A", "A"], rows: [.init(lists: [0], count: 1)])
        }
        #expect(throws: EstimationError.patternOutOfRange(mask: 4, listCount: 2)) {
            try CaptureHistory(listNames: names, rows: [.init(lists: [2], count: 1)])
        }
    }

    @Test("Error messages say what to do")
    func readableMessages() {
        #expect(EstimationError.allZeroPattern(count: 4).description.contains("dark figure"))
        #expect(EstimationError.tooFewLists(found: 1).description.contains("at least 2 lists"))
        #expect(EstimationError.csv(line: 3, column: "NG", problem: "expected 0 or 1, found '2'").description
            == "CSV line 3, column 'NG': expected 0 or 1, found '2'")
    }

    @Test("Bad model terms and options")
    func badTermsAndOptions() throws {
        let table = try SyntheticTables.table(lists: 3, seed: 1)
        #expect(throws: EstimationError.unknownList("X")) { try LogLinearModel(parsing: ["L1:X"], listNames: table.listNames) }
        #expect(throws: EstimationError.invalidTerm("L1:L1")) { try LogLinearModel(parsing: ["L1:L1"], listNames: table.listNames) }
        #expect(throws: EstimationError.self) { try InteractionTerm([1]) }
        #expect(throws: EstimationError.self) {
            try PopulationEstimator.estimate(table, options: EstimationOptions(level: 1.5))
        }
        #expect(throws: EstimationError.self) {
            try PopulationEstimator.estimate(table, options: EstimationOptions(method: .stepwise(pThreshold: -0.1)))
        }
        let seven = try SyntheticTables.table(lists: 7, seed: 1, darkFigure: 3000)
        #expect(throws: EstimationError.tooManyListsForExhaustiveSearch(lists: 7, limit: 6)) {
            try ModelSelector.select(seven, method: .exhaustive(.aic))
        }
    }
}
