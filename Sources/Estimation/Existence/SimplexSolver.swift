/// A small dense two-phase simplex solver for `maximise cᵀx subject to A·x = b, x ≥ 0`.
///
/// Written for the existence check (SparseMSE uses lpSolve for the same problem). Pivots
/// follow Dantzig's largest-coefficient rule for speed and switch to Bland's rule after a
/// run of degenerate pivots, which guarantees termination.
struct SimplexSolver {
    enum Outcome: Equatable {
        case optimal(value: Double, solution: [Double])
        case infeasible
        case unbounded
    }

    /// Entries below this are treated as zero.
    var epsilon = 1e-10

    /// Solves the problem with `A` given row-major (`rows × columns`).
    func maximise(objective c: [Double], constraints a: [Double], rows m: Int, columns n: Int, rhs b: [Double]) -> Outcome {
        // Tableau columns: n structural, m artificial, then the right-hand side.
        let width = n + m + 1
        var tableau = [Double](repeating: 0, count: (m + 1) * width)
        for i in 0..<m {
            let sign: Double = b[i] < 0 ? -1 : 1
            for j in 0..<n { tableau[i * width + j] = sign * a[i * n + j] }
            tableau[i * width + n + i] = 1
            tableau[i * width + n + m] = sign * b[i]
        }
        var basis = (0..<m).map { n + $0 }
        var active = [Bool](repeating: true, count: m)

        // Phase 1: maximise −Σ artificials. Objective row holds reduced costs (negative = improving).
        let objectiveRow = m * width
        for j in 0..<width { tableau[objectiveRow + j] = 0 }
        for i in 0..<m {
            for j in 0..<(n) { tableau[objectiveRow + j] -= tableau[i * width + j] }
            tableau[objectiveRow + n + m] -= tableau[i * width + n + m]
        }
        guard iterate(&tableau, basis: &basis, active: active, rows: m, width: width, enterable: n) else { return .unbounded }
        if -tableau[objectiveRow + n + m] > 1e-8 * max(1, b.reduce(0) { $0 + abs($1) }) { return .infeasible }

        // Drive artificial variables out of the basis; a row where that is impossible is redundant.
        for i in 0..<m where basis[i] >= n {
            var pivotColumn = -1
            var largest = epsilon
            for j in 0..<n where abs(tableau[i * width + j]) > largest {
                largest = abs(tableau[i * width + j])
                pivotColumn = j
            }
            if pivotColumn >= 0 {
                pivot(&tableau, row: i, column: pivotColumn, rows: m, width: width)
                basis[i] = pivotColumn
            } else {
                active[i] = false
            }
        }

        // Phase 2: the real objective, as reduced costs of the current basis.
        for j in 0..<width { tableau[objectiveRow + j] = 0 }
        for j in 0..<n { tableau[objectiveRow + j] = -c[j] }
        for i in 0..<m where active[i] {
            let cost = c[basis[i]]
            if cost != 0 { for j in 0..<width { tableau[objectiveRow + j] += cost * tableau[i * width + j] } }
        }
        guard iterate(&tableau, basis: &basis, active: active, rows: m, width: width, enterable: n) else { return .unbounded }
        var solution = [Double](repeating: 0, count: n)
        for i in 0..<m where active[i] && basis[i] < n { solution[basis[i]] = tableau[i * width + n + m] }
        return .optimal(value: tableau[objectiveRow + n + m], solution: solution)
    }

    /// Runs simplex pivots until optimal (true) or unbounded (false).
    private func iterate(_ tableau: inout [Double], basis: inout [Int], active: [Bool], rows m: Int, width: Int, enterable: Int) -> Bool {
        let objectiveRow = m * width
        let rhs = width - 1
        var degenerateRun = 0
        var useBland = false
        var guardCount = 0
        while guardCount < 100_000 {
            guardCount += 1
            // Entering column: most negative reduced cost (Dantzig) or first negative (Bland).
            var entering = -1
            var best = -epsilon
            for j in 0..<enterable where tableau[objectiveRow + j] < best {
                entering = j
                if useBland { break }
                best = tableau[objectiveRow + j]
            }
            if entering < 0 { return true }
            // Leaving row: minimum ratio; ties to the smallest basic index (Bland).
            var leaving = -1
            var ratio = Double.infinity
            for i in 0..<m where active[i] {
                let entry = tableau[i * width + entering]
                guard entry > epsilon else { continue }
                let candidate = tableau[i * width + rhs] / entry
                if candidate < ratio - 1e-12 || (abs(candidate - ratio) <= 1e-12 && leaving >= 0 && basis[i] < basis[leaving]) {
                    ratio = candidate
                    leaving = i
                }
            }
            if leaving < 0 { return false }
            if ratio <= 1e-12 {
                degenerateRun += 1
                if degenerateRun > 2 * m { useBland = true }
            } else {
                degenerateRun = 0
            }
            pivot(&tableau, row: leaving, column: entering, rows: m, width: width)
            basis[leaving] = entering
        }
        return true
    }

    private func pivot(_ tableau: inout [Double], row: Int, column: Int, rows m: Int, width: Int) {
        tableau.withUnsafeMutableBufferPointer { t in
            let pivotValue = t[row * width + column]
            let pivotRow = row * width
            for j in 0..<width { t[pivotRow + j] /= pivotValue }
            t[pivotRow + column] = 1
            for i in 0...m where i != row {
                let factor = t[i * width + column]
                if factor == 0 { continue }
                let base = i * width
                for j in 0..<width { t[base + j] -= factor * t[pivotRow + j] }
                t[base + column] = 0
            }
        }
    }
}
