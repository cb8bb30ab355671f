/// Householder QR with column pivoting of a small dense matrix (row-major `rows × columns`).
///
/// Used for the rank check of the existence test (as SparseMSE's `qr(modmat)$rank`) and as
/// the stable fallback of IRLS when the normal equations are ill-conditioned.
struct PivotedQR {
    let rows: Int
    let columns: Int
    /// R in the upper triangle, Householder vectors below it.
    private var qr: [Double]
    private var tau: [Double]
    /// `permutation[k]` is the original column in position k.
    let permutation: [Int]
    /// Numerical rank: diagonal entries of R above `tolerance · |R₀₀|`.
    let rank: Int

    init(_ matrix: [Double], rows: Int, columns: Int, tolerance: Double = 1e-9) {
        self.rows = rows
        self.columns = columns
        var a = matrix
        var tau = [Double](repeating: 0, count: min(rows, columns))
        var permutation = Array(0..<columns)
        var norms = (0..<columns).map { j in (0..<rows).reduce(0.0) { $0 + a[$1 * columns + j] * a[$1 * columns + j] } }
        var rank = 0
        var firstDiagonal = 0.0
        for k in 0..<min(rows, columns) {
            // Bring the remaining column of largest norm forward (exact recomputation keeps it simple and robust).
            var best = k
            for j in k..<columns where norms[j] > norms[best] { best = j }
            if best != k {
                for i in 0..<rows { a.swapAt(i * columns + k, i * columns + best) }
                norms.swapAt(k, best)
                permutation.swapAt(k, best)
            }
            var norm = 0.0
            for i in k..<rows { norm += a[i * columns + k] * a[i * columns + k] }
            norm = norm.squareRoot()
            if k == 0 { firstDiagonal = norm }
            if norm <= tolerance * max(firstDiagonal, 1e-300) { break }
            rank += 1
            let alpha = a[k * columns + k] > 0 ? -norm : norm
            let v0 = a[k * columns + k] - alpha
            a[k * columns + k] = alpha
            // v = (1, a[k+1..]/v0); tau = -v0/alpha
            for i in (k + 1)..<rows { a[i * columns + k] /= v0 }
            tau[k] = -v0 / alpha
            for j in (k + 1)..<columns {
                var dot = a[k * columns + j]
                for i in (k + 1)..<rows { dot += a[i * columns + k] * a[i * columns + j] }
                dot *= tau[k]
                a[k * columns + j] -= dot
                for i in (k + 1)..<rows { a[i * columns + j] -= dot * a[i * columns + k] }
                norms[j] = 0
                for i in (k + 1)..<rows { norms[j] += a[i * columns + j] * a[i * columns + j] }
            }
        }
        self.qr = a
        self.tau = tau
        self.permutation = permutation
        self.rank = rank
    }

    /// Least-squares solution of `A·x ≈ b` using the first `rank` pivoted columns
    /// (the others are set to zero), the basic solution of a rank-deficient problem.
    func solve(_ b: [Double]) -> [Double] {
        var y = b
        for k in 0..<rank {
            var dot = y[k]
            for i in (k + 1)..<rows { dot += qr[i * columns + k] * y[i] }
            dot *= tau[k]
            y[k] -= dot
            for i in (k + 1)..<rows { y[i] -= dot * qr[i * columns + k] }
        }
        var z = [Double](repeating: 0, count: rank)
        for k in stride(from: rank - 1, through: 0, by: -1) {
            var value = y[k]
            for j in (k + 1)..<rank { value -= qr[k * columns + j] * z[j] }
            z[k] = value / qr[k * columns + k]
        }
        var x = [Double](repeating: 0, count: columns)
        for k in 0..<rank { x[permutation[k]] = z[k] }
        return x
    }

    /// `(AᵀA)⁻¹` in the original column order, for a full-rank matrix: `P·R⁻¹·R⁻ᵀ·Pᵀ`.
    func inverseGram() -> [Double] {
        let n = columns
        // Inverse of the upper-triangular R, column by column.
        var rInverse = [Double](repeating: 0, count: n * n)
        for column in 0..<n {
            for row in stride(from: column, through: 0, by: -1) {
                var value = row == column ? 1.0 : 0.0
                for k in stride(from: row + 1, through: column, by: 1) { value -= qr[row * columns + k] * rInverse[k * n + column] }
                rInverse[row * n + column] = value / qr[row * columns + row]
            }
        }
        var result = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                var sum = 0.0
                for k in max(i, j)..<n { sum += rInverse[i * n + k] * rInverse[j * n + k] }
                result[permutation[i] * n + permutation[j]] = sum
            }
        }
        return result
    }
}
