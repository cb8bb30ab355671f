/// The cells and 0/1 design of one model on one table, after SparseMSE's handling of
/// empty overlaps.
///
/// A term whose lists share no observed case has an extended MLE of minus infinity. As in
/// SparseMSE (`buildmodel`), the cells containing that term are dropped from the fit and the
/// term is left out of the design; it is still counted as a parameter in AIC and BIC.
struct DesignMatrix: Sendable {
    /// Bitmask of each cell kept in the fit.
    let cells: [Int]
    /// Observed count of each kept cell.
    let counts: [Double]
    /// Columns: intercept, one per list, then the terms in `fittedTerms`.
    let columnCount: Int
    /// Terms with a non-empty overlap, in model order: these are fitted.
    let fittedTerms: [InteractionTerm]
    /// Terms with an empty overlap, in model order: their cells were dropped.
    let droppedTerms: [InteractionTerm]
    /// For cell `c`, its active (value 1) columns are `active[activeStart[c]..<activeStart[c+1]]`, ascending.
    let active: [Int32]
    let activeStart: [Int]
    let listCount: Int

    init(table: CaptureHistory, model: LogLinearModel) {
        self.init(listCount: table.listCount, cellCounts: table.cells, model: model)
    }

    init(listCount: Int, cellCounts: [Int], model: LogLinearModel) {
        self.listCount = listCount
        var fitted: [InteractionTerm] = []
        var dropped: [InteractionTerm] = []
        for term in model.terms {
            let mask = term.lists.mask
            var overlap = 0
            for cell in 1..<cellCounts.count where cell & mask == mask { overlap += cellCounts[cell] }
            if overlap == 0 { dropped.append(term) } else { fitted.append(term) }
        }
        fittedTerms = fitted
        droppedTerms = dropped
        columnCount = 1 + listCount + fitted.count
        var cells: [Int] = []
        var counts: [Double] = []
        var active: [Int32] = []
        var activeStart: [Int] = [0]
        for cell in 1..<cellCounts.count where !dropped.contains(where: { cell & $0.lists.mask == $0.lists.mask }) {
            cells.append(cell)
            counts.append(Double(cellCounts[cell]))
            active.append(0)
            for list in 0..<listCount where cell & (1 << list) != 0 { active.append(Int32(1 + list)) }
            for (index, term) in fitted.enumerated() where cell & term.lists.mask == term.lists.mask {
                active.append(Int32(1 + listCount + index))
            }
            activeStart.append(active.count)
        }
        self.cells = cells
        self.counts = counts
        self.active = active
        self.activeStart = activeStart
    }

    var cellCount: Int { cells.count }

    /// The design as a dense row-major `cellCount × columnCount` matrix.
    func dense() -> [Double] {
        var matrix = [Double](repeating: 0, count: cellCount * columnCount)
        for cell in 0..<cellCount {
            for position in activeStart[cell]..<activeStart[cell + 1] {
                matrix[cell * columnCount + Int(active[position])] = 1
            }
        }
        return matrix
    }

    /// Column names: `(Intercept)`, the list names, then the fitted term names.
    func columnNames(listNames: [String]) -> [String] {
        ["(Intercept)"] + listNames + fittedTerms.map { $0.name(listNames: listNames) }
    }
}
