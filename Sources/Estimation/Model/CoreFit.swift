import Foundation

/// A fit without standard errors or per-cell report: what model selection and the bootstrap
/// need in their inner loops. `PoissonLogLinear.report` turns it into a `ModelFit`.
struct CoreFit: Sendable {
    let model: LogLinearModel
    let design: DesignMatrix
    let result: PoissonIRLS.Result
    /// Fitted counts by pattern bitmask; 0 for dropped cells and the dark cell.
    let fittedByMask: [Double]

    var intercept: Double { result.coefficients[0] }
    var logLikelihood: Double { result.logLikelihood }
    var parameterCount: Int { design.columnCount + design.droppedTerms.count }

    /// Fits `model` to the counts by bitmask; `start` (fitted counts by bitmask) warm-starts IRLS.
    init(model: LogLinearModel, listCount: Int, cellCounts: [Int], start: [Double]?) throws {
        let design = DesignMatrix(listCount: listCount, cellCounts: cellCounts, model: model)
        try self.init(model: model, design: design, start: start)
    }

    init(model: LogLinearModel, design: DesignMatrix, start: [Double]?) throws {
        self.model = model
        self.design = design
        var startCells: [Double]? = nil
        if let start {
            // Cells the previous model dropped have no fitted value: start them as R does (n + 0.1).
            startCells = zip(design.cells, design.counts).map { mask, count in start[mask] > 0 ? start[mask] : count + 0.1 }
        }
        result = try PoissonIRLS(design: design).fit(start: startCells)
        var byMask = [Double](repeating: 0, count: 1 << design.listCount)
        for (index, mask) in design.cells.enumerated() { byMask[mask] = result.fitted[index] }
        fittedByMask = byMask
    }

    /// The estimated total: observed + exp(intercept).
    func estimate(observed: Int) -> Double { Double(observed) + Foundation.exp(intercept) }
}
