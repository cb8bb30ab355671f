import Testing
@testable import Estimation

@Suite("Model selection")
struct ModelSelectionTests {
    // The reference tables live outside the repository; skip when they are not there.
    @Test("AIC and BIC search finds the best model among all 2^10 for UKdat_5",
          .enabled(if: ReferenceData.isAvailable, "../shared/data/mse/ is absent: reference tables not available"),
          arguments: InformationCriterion.allCases)
    func exhaustiveIsMinimal(criterion: InformationCriterion) throws {
        let table = try ReferenceData.table("UKdat_5")
        let selection = try ModelSelector.select(table, method: .exhaustive(criterion), runnersUp: 4)
        let best = try #require(selection.chosenScore)
        #expect(selection.modelsFitted + selection.modelsRefused == 1024)
        #expect(selection.runnersUp.count == 4)
        #expect(selection.runnersUp.allSatisfy { $0.score >= best })
        // Spot check against direct fits: the stepwise model and main effects score no better.
        for model in [LogLinearModel.mainEffects, try ModelSelector.select(table).chosen.model] {
            let fit = try PoissonLogLinear.fit(table, model: model)
            let score = criterion == .aic ? fit.aic : fit.bic
            #expect(score >= best - 1e-6)
        }
        let chosen = selection.chosen
        #expect(abs((criterion == .aic ? chosen.aic : chosen.bic) - best) < 1e-6)
    }

    /// Sparse four-list tables (counts by pattern bitmask 1…15) where some pairs share no case
    /// and some models have no MLE, found by a random search.
    @Test("Exhaustive search agrees with checking and fitting every model one by one", arguments: [
        [35, 46, 0, 23, 0, 0, 0, 26, 3, 0, 7, 0, 0, 0, 0],
        [40, 27, 6, 34, 0, 0, 3, 16, 0, 0, 0, 0, 7, 0, 5],
        [13, 40, 3, 35, 8, 0, 0, 41, 4, 0, 0, 0, 0, 0, 3],
        [15, 23, 4, 47, 0, 0, 2, 40, 0, 0, 0, 8, 0, 0, 0],
    ])
    func exhaustiveMatchesBruteForce(counts: [Int]) throws {
        let table = try CaptureHistory(listNames: ["A", "B", "C", "D"],
                                       rows: counts.enumerated().map { .init(pattern: CapturePattern(mask: $0 + 1), count: $1) })
        let pairs = InteractionTerm.allPairs(listCount: 4)
        var scores: [Double] = []
        for subset in 0..<(1 << pairs.count) {
            let model = LogLinearModel(terms: pairs.indices.filter { subset & (1 << $0) != 0 }.map { pairs[$0] })
            guard ExistenceCheck.run(table: table, model: model).isSatisfied else { continue }
            scores.append(try PoissonLogLinear.fit(table, model: model).bic)
        }
        let selection = try ModelSelector.select(table, method: .exhaustive(.bic))
        #expect(selection.modelsRefused > 0)
        #expect(selection.modelsFitted == scores.count)
        #expect(abs(try #require(selection.chosenScore) - scores.min()!) < 1e-6)
    }

    @Test("AIC counts dropped empty-overlap terms as parameters, as SparseMSE")
    func droppedTermsCountInAIC() throws {
        let table = try ExistenceCheckTests.isolatedTable()
        let model = try LogLinearModel(parsing: ["A:C"], listNames: table.listNames)
        let fit = try PoissonLogLinear.fit(table, model: model)
        #expect(fit.droppedTerms.map { $0.name(listNames: table.listNames) } == ["A:C"])
        #expect(fit.parameterCount == 5)
        #expect(fit.cells.allSatisfy { !$0.pattern.contains(CapturePattern(lists: [0, 2])) })
        #expect(abs(fit.aic - (-2 * fit.logLikelihood + 10)) < 1e-9)
    }

    @Test("A fixed model is fitted as given, terms in the given order")
    func fixedModel() throws {
        let table = try SyntheticTables.table(lists: 4, seed: 21)
        let model = try LogLinearModel(parsing: ["L3:L4", "L1:L2"], listNames: table.listNames)
        let result = try PopulationEstimator.estimate(table, options: EstimationOptions(method: .fixed(model)))
        #expect(result.model == ["L3:L4", "L1:L2"])
        #expect(result.selection.method.name == "fixed")
    }

    @Test("A three-list term can be fitted where identifiable")
    func higherOrderTerm() throws {
        let table = try SyntheticTables.table(lists: 4, seed: 5, darkFigure: 3000)
        let model = try LogLinearModel(parsing: ["L1:L2", "L1:L3", "L2:L3", "L1:L2:L3"], listNames: table.listNames)
        let fit = try PoissonLogLinear.fit(table, model: model)
        #expect(fit.coefficients.map(\.name).last == "L1:L2:L3")
        #expect(fit.estimate > Double(fit.observedTotal))
    }

    @Test("Fitted counts reproduce the observed margins the model fixes")
    func marginsMatch() throws {
        // A Poisson MLE with an intercept matches the observed total and each list total.
        let table = try SyntheticTables.table(lists: 5, seed: 8)
        let fit = try ModelSelector.select(table).chosen
        let fittedTotal = fit.cells.reduce(0) { $0 + $1.fitted }
        #expect(relativeDifference(fittedTotal, Double(table.observedTotal)) < 1e-8)
        for list in 0..<table.listCount {
            let fitted = fit.cells.filter { $0.pattern.contains(list: list) }.reduce(0) { $0 + $1.fitted }
            #expect(relativeDifference(fitted, Double(table.listTotal(list))) < 1e-8)
        }
    }
}
