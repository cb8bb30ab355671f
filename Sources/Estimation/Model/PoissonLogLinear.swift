import Foundation

/// Fits Poisson log-linear models to capture-history tables.
public enum PoissonLogLinear {
    /// Fits `model` to `table` by IRLS.
    ///
    /// - Parameters:
    ///   - table: the capture histories; missing patterns count as zero.
    ///   - model: main effects plus interactions. A term whose lists share no case is left
    ///     out and its cells dropped, as in SparseMSE.
    ///   - checkExistence: run `ExistenceCheck` first and refuse when the estimate does not
    ///     exist or is not identifiable (default). Without it, a non-existent estimate shows up
    ///     as huge coefficients, as in R's `glm`.
    /// - Returns: the fit, with the population estimate `observed + exp(intercept)`.
    /// - Throws: `EstimationError.estimateDoesNotExist`, `.notIdentifiable`, `.fitDidNotConverge`
    ///   or `.invalidTerm` (a term naming a list the table does not have).
    public static func fit(_ table: CaptureHistory, model: LogLinearModel, checkExistence: Bool = true) throws -> ModelFit {
        guard model.fits(listCount: table.listCount) else {
            throw EstimationError.invalidTerm(model.terms.map { $0.lists.lists.map(String.init).joined(separator: ":") }.joined(separator: " + "))
        }
        if checkExistence, let error = ExistenceCheck.run(table: table, model: model).error { throw error }
        let core = try coreFit(table, model: model, start: nil)
        if checkExistence && !core.result.converged {
            throw EstimationError.fitDidNotConverge(model: model.description(listNames: table.listNames),
                                                    iterations: core.result.iterations)
        }
        return try report(core, table: table)
    }

    /// A fit without standard errors, mapping a singular design to `.notIdentifiable`.
    static func coreFit(_ table: CaptureHistory, model: LogLinearModel, start: [Double]?) throws -> CoreFit {
        do {
            return try CoreFit(model: model, listCount: table.listCount, cellCounts: table.cells, start: start)
        } catch {
            throw singular(model, table)
        }
    }

    /// Completes a core fit with standard errors and the per-cell report.
    static func report(_ core: CoreFit, table: CaptureHistory) throws -> ModelFit {
        let design = core.design
        let covariance: [Double]
        do {
            covariance = try PoissonIRLS(design: design).covariance(fitted: core.result.fitted)
        } catch {
            throw singular(core.model, table)
        }
        let p = design.columnCount
        let names = design.columnNames(listNames: table.listNames)
        let coefficients = (0..<p).map { k in
            ModelFit.Coefficient(name: names[k], estimate: core.result.coefficients[k],
                                 standardError: max(covariance[k * p + k], 0).squareRoot())
        }
        let cells = design.cells.enumerated().map { index, mask in
            ModelFit.Cell(pattern: CapturePattern(mask: mask), observed: Int(design.counts[index]),
                          fitted: core.result.fitted[index])
        }
        return ModelFit(
            model: core.model, listNames: table.listNames, observedTotal: table.observedTotal,
            coefficients: coefficients, droppedTerms: design.droppedTerms, cells: cells,
            deviance: core.result.deviance, degreesOfFreedom: design.cellCount - p,
            logLikelihood: core.result.logLikelihood, parameterCount: core.parameterCount,
            iterations: core.result.iterations, fittedByMask: core.fittedByMask
        )
    }

    private static func singular(_ model: LogLinearModel, _ table: CaptureHistory) -> EstimationError {
        .notIdentifiable(model: model.description(listNames: table.listNames),
                         reason: "the design matrix is rank deficient after dropping empty overlaps.")
    }
}
