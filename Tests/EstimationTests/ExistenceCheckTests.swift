import Testing
@testable import Estimation

@Suite("Existence and identifiability check")
struct ExistenceCheckTests {
    /// Three lists where C shares no case with A or B.
    static func isolatedTable() throws -> CaptureHistory {
        try CaptureHistory(listNames: ["A", "B", "C"], rows: [
            .init(lists: [0], count: 40), .init(lists: [1], count: 30), .init(lists: [2], count: 25),
            .init(lists: [0, 1], count: 12),
        ])
    }

    @Test("A list overlapping no other: the model with A:B has no MLE and is refused")
    func isolatedListRefused() throws {
        let table = try Self.isolatedTable()
        let model = try LogLinearModel(parsing: ["A:B"], listNames: table.listNames)
        let report = ExistenceCheck.run(table: table, model: model)
        #expect(!report.estimateExists)
        #expect(report.isolatedLists == [2])
        // The cells A&C, B&C and A&B&C would have to be fitted at zero.
        #expect(Set(report.forcedZeroPatterns.map(\.mask)) == [0b101, 0b110, 0b111])
        let error = try #require(report.error)
        #expect(error.description.contains("does not exist"))
        #expect(error.description.contains("C shares no case"))
        #expect(throws: EstimationError.self) { try PoissonLogLinear.fit(table, model: model) }
    }

    @Test("Two lists with no common case: no finite estimate, refused with an explanation")
    func noOverlapRefused() throws {
        let table = try CaptureHistory(listNames: ["Police", "NGO"], rows: [
            .init(lists: [0], count: 50), .init(lists: [1], count: 70),
        ])
        #expect(!ExistenceCheck.run(table: table, model: .mainEffects).estimateExists)
        do {
            _ = try PopulationEstimator.estimate(table)
            Issue.record("expected a refusal")
        } catch let error as EstimationError {
            guard case .estimateDoesNotExist(_, let reason) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(reason.contains("Police&NGO"))
        }
    }

    @Test("Stepwise never adds a term whose model fails the check")
    func stepwiseSkipsNonexistent() throws {
        let table = try Self.isolatedTable()
        let result = try PopulationEstimator.estimate(table, options: EstimationOptions(method: .stepwise(pThreshold: 1)))
        // All pairs (A:B, A:C, B:C) would include A:B, which has no MLE here; A:C and B:C are
        // empty overlaps (dropped), so whatever is chosen must pass the check.
        #expect(ExistenceCheck.run(table: table, model: result.fit.model).isSatisfied)
    }

    @Test("Two lists with an A:B term are not identifiable (4 parameters, 3 cells)")
    func saturatedTwoLists() throws {
        let table = try CaptureHistory(listNames: ["A", "B"], rows: [
            .init(lists: [0], count: 5), .init(lists: [1], count: 7), .init(lists: [0, 1], count: 3),
        ])
        let report = ExistenceCheck.run(table: table, model: .allPairs(listCount: 2))
        #expect(report.estimateExists)
        #expect(report.rankDeficiency == 1)
        #expect(report.error?.description.contains("not identifiable") == true)
    }

    @Test("A fully observed table passes for every pairwise model")
    func fullyObservedPasses() throws {
        let table = try SyntheticTables.table(lists: 4, seed: 11, darkFigure: 5000)
        #expect(table.allPatterns.allSatisfy { $0.count > 0 })
        #expect(ExistenceCheck.run(table: table, model: .allPairs(listCount: 4)).isSatisfied)
    }

    @Test("The combinatorial rank equals the numerical rank of the design", arguments: 0..<40)
    func rankMatchesQR(seed: Int) throws {
        var generator = Xoshiro256StarStar(seed: UInt64(seed))
        let lists = 2 + Int(generator.next() % 4)
        // Sparse random table so that some terms have empty overlaps (and cells are dropped).
        var rows: [CaptureHistory.Row] = []
        for mask in 1..<(1 << lists) where generator.nextUniform() < 0.5 || mask.nonzeroBitCount == 1 {
            rows.append(.init(pattern: CapturePattern(mask: mask), count: 1 + Int(generator.next() % 5)))
        }
        let table = try CaptureHistory(listNames: (0..<lists).map { "L\($0)" }, rows: rows)
        var terms = InteractionTerm.allPairs(listCount: lists).filter { _ in generator.nextUniform() < 0.6 }
        if lists >= 3 && generator.nextUniform() < 0.5 { terms.append(try InteractionTerm([0, 1, 2])) }
        let design = DesignMatrix(table: table, model: LogLinearModel(terms: terms))
        let qr = PivotedQR(design.dense(), rows: design.cellCount, columns: design.columnCount)
        #expect(ExistenceCheck.rankDeficiency(design) == design.columnCount - qr.rank)
    }
}
