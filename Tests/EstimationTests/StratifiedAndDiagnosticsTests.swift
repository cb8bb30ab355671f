import Testing
@testable import Estimation

@Suite("Strata and diagnostics")
struct StratifiedAndDiagnosticsTests {
    @Test("A thin stratum is reported too sparse with its reason; a full one is estimated")
    func strata() throws {
        let full = try SyntheticTables.table(lists: 3, seed: 31, darkFigure: 2000).labelled("Female")
        let thin = try CaptureHistory(listNames: full.listNames, rows: [
            .init(lists: [0], count: 6), .init(lists: [1], count: 4), .init(lists: [0, 1], count: 1),
        ], stratum: "Male")
        let noOverlap = try CaptureHistory(listNames: full.listNames, rows: [
            .init(lists: [0], count: 30), .init(lists: [1], count: 25), .init(lists: [2], count: 12), .init(lists: [0, 1], count: 2),
        ], stratum: "Unknown")
        let results = StratifiedEstimation.estimate([full, thin, noOverlap])
        #expect(results.map(\.stratum) == ["Female", "Male", "Unknown"])
        #expect(results[0].estimate != nil && results[0].estimate?.stratum == "Female")
        #expect(results[1].isTooSparse && results[1].tooSparseReason?.contains("only 11 cases") == true)
        #expect(results[2].isTooSparse && results[2].tooSparseReason?.contains("more than one list") == true)
    }

    @Test("A list with no case in a stratum is left out there")
    func emptyListDropped() throws {
        let table = try SyntheticTables.table(lists: 3, seed: 4, darkFigure: 2000)
        let rows = table.observedPatterns.filter { !$0.pattern.contains(list: 2) }
        let stratum = try CaptureHistory(listNames: ["L1", "L2", "Shelter"], rows: rows, stratum: "18+")
        let result = try #require(StratifiedEstimation.estimate([stratum]).first)
        #expect(result.droppedLists == ["Shelter"])
        #expect(result.estimate?.listNames == ["L1", "L2"])
    }

    // The reference tables live outside the repository; skip when they are not there.
    @Test("UKdat diagnostics: cells, deviance, drop-one-list influence and warnings",
          .enabled(if: ReferenceData.isAvailable, "../shared/data/mse/ is absent: reference tables not available"))
    func ukdatDiagnostics() throws {
        let table = try ReferenceData.table("UKdat")
        let estimate = try PopulationEstimator.estimate(table)
        let diagnostics = Diagnostics.compute(for: estimate, table: table)
        // 63 observable patterns; no term of the chosen model has an empty overlap.
        #expect(diagnostics.cells.count == 63)
        #expect(diagnostics.degreesOfFreedom == 63 - (1 + 6 + 7))
        #expect(diagnostics.deviance > 0 && diagnostics.pearsonChiSquare > 0)
        #expect(diagnostics.listInfluence.map(\.listName) == table.listNames)
        #expect(diagnostics.listInfluence.allSatisfy { $0.estimate != nil || $0.problem != nil })
        // LA and GP share no case: flagged.
        #expect(diagnostics.warnings.contains { $0.kind == .emptyOverlap && $0.message.contains("LA and GP") })
        #expect(diagnostics.warnings.contains { $0.kind == .sparseTable })
    }

    @Test("Dropping a list loses the cases seen only by it")
    func droppingList() throws {
        let table = try SyntheticTables.table(lists: 4, seed: 12)
        let onlyThird = table.count(of: CapturePattern(lists: [2]))
        let reduced = try table.droppingList(2)
        #expect(reduced.listNames == ["L1", "L2", "L4"])
        #expect(reduced.observedTotal == table.observedTotal - onlyThird)
        #expect(reduced.listTotal(2) == table.listTotal(3))
    }

    @Test("Warnings flag an isolated list and few overlaps")
    func warnings() throws {
        let warnings = DataWarnings.check(try ExistenceCheckTests.isolatedTable())
        #expect(warnings.contains { $0.kind == .isolatedList && $0.message.contains("C") })
        #expect(!warnings.contains { $0.kind == .emptyOverlap })
    }
}
