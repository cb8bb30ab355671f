import Foundation

/// Iteratively reweighted least squares for a Poisson log-linear model with a 0/1 design,
/// as R's `glm(family = poisson)` does it, with tighter convergence and a Cholesky core
/// that falls back to pivoted QR.
struct PoissonIRLS {
    struct Result: Sendable {
        var coefficients: [Double]
        var fitted: [Double]
        var deviance: Double
        var logLikelihood: Double
        var iterations: Int
        var converged: Bool
    }

    enum Failure: Error { case rankDeficient }

    let design: DesignMatrix
    var tolerance = 1e-11
    var maxIterations = 100

    init(design: DesignMatrix) {
        self.design = design
    }

    /// Fits the model.
    /// - Parameters:
    ///   - start: starting fitted values per kept cell (for warm starts); default `y + 0.1` as R.
    ///   - fixedIntercept: when set, the intercept is held at this value (profile likelihood).
    func fit(start: [Double]? = nil, fixedIntercept: Double? = nil) throws -> Result {
        let n = design.cellCount
        let y = design.counts
        var mu = start ?? y.map { $0 + 0.1 }
        var eta = mu.map { Foundation.log($0) }
        var deviance = Self.deviance(y: y, mu: mu)
        var beta: [Double]? = nil
        var iterations = 0
        var converged = false
        while iterations < maxIterations {
            iterations += 1
            // Working response and weights of the Fisher scoring step.
            var z = [Double](repeating: 0, count: n)
            for c in 0..<n { z[c] = eta[c] + (y[c] - mu[c]) / mu[c] }
            var next = try solveWeighted(weights: mu, response: z, fixedIntercept: fixedIntercept)
            var nextEta = linearPredictor(next)
            var nextMu = nextEta.map { Foundation.exp($0) }
            var nextDeviance = Self.deviance(y: y, mu: nextMu)
            // Step halving when the step overshoots (Newton on a convex problem; only needed far from the optimum).
            if let previous = beta {
                var halvings = 0
                while !(nextDeviance <= deviance * (1 + 1e-12) + 1e-12) && halvings < 40 {
                    halvings += 1
                    for k in next.indices { next[k] = 0.5 * (next[k] + previous[k]) }
                    nextEta = linearPredictor(next)
                    nextMu = nextEta.map { Foundation.exp($0) }
                    nextDeviance = Self.deviance(y: y, mu: nextMu)
                }
            }
            let change = abs(nextDeviance - deviance) / (abs(nextDeviance) + 0.1)
            beta = next
            eta = nextEta
            mu = nextMu
            deviance = nextDeviance
            if change < tolerance && iterations > 1 {
                converged = true
                break
            }
        }
        let coefficients = beta ?? [Double](repeating: 0, count: design.columnCount)
        return Result(coefficients: coefficients, fitted: mu, deviance: deviance,
                      logLikelihood: Self.logLikelihood(y: y, mu: mu), iterations: iterations, converged: converged)
    }

    /// The inverse Fisher information `(Xᵀ diag(μ) X)⁻¹` at the fitted values.
    func covariance(fitted mu: [Double]) throws -> [Double] {
        let p = design.columnCount
        var information = [Double](repeating: 0, count: p * p)
        var unused = [Double](repeating: 0, count: p)
        accumulate(weights: mu, response: nil, into: &information, rhs: &unused)
        if let cholesky = Cholesky(information, size: p) { return cholesky.inverse() }
        // Near-singular information: invert through QR of √W·X, column by column.
        let root = weightedDense(weights: mu)
        let qr = PivotedQR(root, rows: design.cellCount, columns: p)
        guard qr.rank == p else { throw Failure.rankDeficient }
        return qr.inverseGram()
    }

    /// Solves the weighted least-squares problem of one IRLS step.
    private func solveWeighted(weights: [Double], response: [Double], fixedIntercept: Double?) throws -> [Double] {
        let p = design.columnCount
        var matrix = [Double](repeating: 0, count: p * p)
        var rhs = [Double](repeating: 0, count: p)
        var shifted = response
        if let fixedIntercept { for c in shifted.indices { shifted[c] -= fixedIntercept } }
        accumulate(weights: weights, response: shifted, into: &matrix, rhs: &rhs)
        if fixedIntercept != nil {
            // Freeze the intercept: its row and column become the identity, its step zero.
            for k in 0..<p { matrix[k] = 0; matrix[k * p] = 0 }
            matrix[0] = 1
            rhs[0] = 0
        }
        var solution: [Double]
        if let cholesky = Cholesky(matrix, size: p) {
            solution = cholesky.solve(rhs)
        } else {
            solution = try qrSolve(weights: weights, response: shifted, fixedIntercept: fixedIntercept != nil)
        }
        if let fixedIntercept { solution[0] = fixedIntercept }
        return solution
    }

    /// The stable fallback: least squares on `√W·X` by pivoted QR.
    private func qrSolve(weights: [Double], response: [Double], fixedIntercept: Bool) throws -> [Double] {
        let p = design.columnCount
        let n = design.cellCount
        var root = weightedDense(weights: weights)
        var b = [Double](repeating: 0, count: n)
        for c in 0..<n { b[c] = weights[c].squareRoot() * response[c] }
        if fixedIntercept { for c in 0..<n { root[c * p] = 0 } }
        let qr = PivotedQR(root, rows: n, columns: p)
        guard qr.rank == p - (fixedIntercept ? 1 : 0) else { throw Failure.rankDeficient }
        return qr.solve(b)
    }

    private func weightedDense(weights: [Double]) -> [Double] {
        var matrix = design.dense()
        let p = design.columnCount
        for c in 0..<design.cellCount {
            let root = weights[c].squareRoot()
            for k in 0..<p { matrix[c * p + k] *= root }
        }
        return matrix
    }

    /// Adds `Xᵀ W X` (upper triangle, then mirrored) and `Xᵀ W z` using each cell's active columns.
    private func accumulate(weights: [Double], response: [Double]?, into matrix: inout [Double], rhs: inout [Double]) {
        let p = design.columnCount
        design.active.withUnsafeBufferPointer { active in
            design.activeStart.withUnsafeBufferPointer { start in
                matrix.withUnsafeMutableBufferPointer { h in
                    rhs.withUnsafeMutableBufferPointer { g in
                        for c in 0..<design.cellCount {
                            let w = weights[c]
                            let lower = start[c]
                            let upper = start[c + 1]
                            if let response {
                                let wz = w * response[c]
                                for i in lower..<upper { g[Int(active[i])] += wz }
                            }
                            for i in lower..<upper {
                                let row = Int(active[i]) * p
                                for j in i..<upper { h[row + Int(active[j])] += w }
                            }
                        }
                        for i in 0..<p { for j in 0..<i { h[i * p + j] = h[j * p + i] } }
                    }
                }
            }
        }
    }

    func linearPredictor(_ beta: [Double]) -> [Double] {
        var eta = [Double](repeating: 0, count: design.cellCount)
        design.active.withUnsafeBufferPointer { active in
            for c in 0..<design.cellCount {
                var sum = 0.0
                for i in design.activeStart[c]..<design.activeStart[c + 1] { sum += beta[Int(active[i])] }
                eta[c] = sum
            }
        }
        return eta
    }

    static func deviance(y: [Double], mu: [Double]) -> Double {
        var total = 0.0
        for c in y.indices {
            if y[c] > 0 { total += y[c] * Foundation.log(y[c] / mu[c]) - (y[c] - mu[c]) } else { total += mu[c] }
        }
        return 2 * total
    }

    static func logLikelihood(y: [Double], mu: [Double]) -> Double {
        var total = 0.0
        for c in y.indices {
            total += (y[c] > 0 ? y[c] * Foundation.log(mu[c]) : 0) - mu[c] - lgamma(y[c] + 1)
        }
        return total
    }
}
