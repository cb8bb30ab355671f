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
        let design = DesignMatrix(table: table, model: model)
        return try fit(design: design, table: table, model: model, start: nil, requireConvergence: checkExistence)
    }

    /// Fits a prepared design; `start` is a table of fitted counts by bitmask for a warm start.
    static func fit(design: DesignMatrix, table: CaptureHistory, model: LogLinearModel,
                    start: [Double]?, requireConvergence: Bool) throws -> ModelFit {
        let irls = PoissonIRLS(design: design)
        let name = model.description(listNames: table.listNames)
        var startCells: [Double]? = nil
        if let start {
            startCells = design.cells.map { max(start[$0], 1e-8) }
        }
        let result: PoissonIRLS.Result
        let covariance: [Double]
        do {
            result = try irls.fit(start: startCells)
            covariance = try irls.covariance(fitted: result.fitted)
        } catch {
            throw EstimationError.notIdentifiable(model: name, reason: "the design matrix is rank deficient after dropping empty overlaps.")
        }
        if requireConvergence && !result.converged {
            throw EstimationError.fitDidNotConverge(model: name, iterations: result.iterations)
        }
        return makeFit(design: design, table: table, model: model, result: result, covariance: covariance)
    }

    static func makeFit(design: DesignMatrix, table: CaptureHistory, model: LogLinearModel,
                        result: PoissonIRLS.Result, covariance: [Double]) -> ModelFit {
        let p = design.columnCount
        let names = design.columnNames(listNames: table.listNames)
        let coefficients = (0..<p).map { k in
            ModelFit.Coefficient(name: names[k], estimate: result.coefficients[k],
                                 standardError: max(covariance[k * p + k], 0).squareRoot())
        }
        var byMask = [Double](repeating: 0, count: 1 << table.listCount)
        var cells: [ModelFit.Cell] = []
        cells.reserveCapacity(design.cellCount)
        for (index, mask) in design.cells.enumerated() {
            byMask[mask] = result.fitted[index]
            cells.append(ModelFit.Cell(pattern: CapturePattern(mask: mask), observed: Int(design.counts[index]),
                                       fitted: result.fitted[index]))
        }
        return ModelFit(
            model: model, listNames: table.listNames, observedTotal: table.observedTotal,
            coefficients: coefficients, droppedTerms: design.droppedTerms, cells: cells,
            deviance: result.deviance, degreesOfFreedom: design.cellCount - p,
            logLikelihood: result.logLikelihood, parameterCount: p + design.droppedTerms.count,
            iterations: result.iterations, fittedByMask: byMask
        )
    }
}
