/// SparseMSE's `checkident`: before a model is fitted, a linear program decides whether the
/// maximum-likelihood estimate exists (is finite), and a rank check whether every parameter,
/// the dark figure included, is determined by the data.
///
/// The MLE of a Poisson log-linear model exists exactly when some strictly positive table
/// has the same sufficient statistics (`Xᵀ·n`: list totals and modelled overlaps) as the
/// observed one. The linear program maximises `t` subject to `Xᵀ·y = Xᵀ·n`, `y ≥ t`;
/// the estimate exists when the optimum is positive. Whether it exists depends only on which
/// cells are zero, so the program is posed with `n` replaced by the 0/1 indicator of observed
/// cells, which keeps it well scaled.
public enum ExistenceCheck {
    /// Checks a model on a table.
    /// - Returns: a report saying whether the estimate exists and is identifiable, and why not.
    public static func run(table: CaptureHistory, model: LogLinearModel) -> ExistenceReport {
        let design = DesignMatrix(table: table, model: model)
        let (exists, deficiency) = evaluate(design)
        let forced = exists ? [] : forcedZeroCells(design)
        return ExistenceReport(
            estimateExists: exists,
            rankDeficiency: deficiency,
            forcedZeroPatterns: forced.map(CapturePattern.init(mask:)),
            droppedTerms: design.droppedTerms,
            isolatedLists: isolatedLists(table),
            listNames: table.listNames,
            modelDescription: model.description(listNames: table.listNames)
        )
    }

    /// Whether the MLE exists, and the rank deficiency of the design (0 when identifiable).
    static func evaluate(_ design: DesignMatrix) -> (exists: Bool, rankDeficiency: Int) {
        return (estimateExists(design), rankDeficiency(design))
    }

    /// `columns − rank` of the design, what SparseMSE computes as `ncol − qr(modmat)$rank`,
    /// obtained without a factorisation.
    ///
    /// Why this is exact: the kept cells plus the dark cell form a down-closed set Δ of
    /// patterns (a cell is dropped only when it contains an empty-overlap term, and then so
    /// does every larger cell). Every column is a distinct monomial `Π_{i∈T} ω_i` with T ∈ Δ
    /// (a fitted term has an observed cell containing it, and that cell contains no empty
    /// term). The monomials of Δ are a basis of the functions on Δ, and leaving out the dark
    /// cell removes only the function that is 1 there, `Σ_{T∈Δ} (−1)^|T| ω^T`, which involves
    /// every monomial of Δ. So the rank is full unless the columns are all |Δ| = cells + 1
    /// monomials, the saturated model, whose deficiency is 1.
    static func rankDeficiency(_ design: DesignMatrix) -> Int {
        max(0, design.columnCount - design.cellCount)
    }

    /// The linear program of `checkident`, on the indicator of observed cells.
    static func estimateExists(_ design: DesignMatrix) -> Bool {
        // Every cell observed: the observed table itself is strictly positive.
        if design.counts.allSatisfy({ $0 > 0 }) { return true }
        let p = design.columnCount
        let n = design.cellCount
        // Substituting y = z + t·1 (z ≥ 0) leaves only the p equality rows: Xᵀz + t·Xᵀ1 = Xᵀs.
        var a = [Double](repeating: 0, count: p * (n + 1))
        var b = [Double](repeating: 0, count: p)
        for c in 0..<n {
            let observed: Double = design.counts[c] > 0 ? 1 : 0
            for position in design.activeStart[c]..<design.activeStart[c + 1] {
                let k = Int(design.active[position])
                a[k * (n + 1) + c] = 1
                a[k * (n + 1) + n] += 1
                b[k] += observed
            }
        }
        var objective = [Double](repeating: 0, count: n + 1)
        objective[n] = 1
        switch SimplexSolver().maximise(objective: objective, constraints: a, rows: p, columns: n + 1, rhs: b) {
        case .optimal(let value, _): return value > 1e-9
        case .unbounded: return true
        case .infeasible: return false
        }
    }

    /// Unobserved cells that every table with the observed statistics leaves at zero: the
    /// cells whose fitted counts would collapse. One small LP per zero cell, so only for up to
    /// 8 lists (an explanation, not a hot path).
    static func forcedZeroCells(_ design: DesignMatrix) -> [Int] {
        guard design.listCount <= 8 else { return [] }
        let p = design.columnCount
        let n = design.cellCount
        var a = [Double](repeating: 0, count: p * n)
        var b = [Double](repeating: 0, count: p)
        for c in 0..<n {
            for position in design.activeStart[c]..<design.activeStart[c + 1] {
                let k = Int(design.active[position])
                a[k * n + c] = 1
                if design.counts[c] > 0 { b[k] += 1 }
            }
        }
        var forced: [Int] = []
        for c in 0..<n where design.counts[c] == 0 {
            var objective = [Double](repeating: 0, count: n)
            objective[c] = 1
            if case .optimal(let value, _) = SimplexSolver().maximise(objective: objective, constraints: a, rows: p, columns: n, rhs: b),
               value <= 1e-9 {
                forced.append(design.cells[c])
            }
        }
        return forced
    }

    /// Lists that share no observed case with any other list.
    static func isolatedLists(_ table: CaptureHistory) -> [Int] {
        (0..<table.listCount).filter { list in
            table.listTotal(list) > 0 && (0..<table.listCount).allSatisfy { other in
                other == list || table.overlap(CapturePattern(lists: [list, other])) == 0
            }
        }
    }
}
