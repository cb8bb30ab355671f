/// Cholesky factorisation `A = L·Lᵀ` of a small symmetric positive-definite matrix,
/// stored row-major. It is the fast path for the normal equations of IRLS; when a pivot
/// is not clearly positive the caller falls back to pivoted QR.
struct Cholesky {
    let size: Int
    /// Lower triangle holds L (row-major, size × size).
    private(set) var factor: [Double]

    /// Factorises `matrix`; returns nil when it is not numerically positive definite.
    init?(_ matrix: [Double], size: Int) {
        self.size = size
        var l = matrix
        var maxDiagonal = 0.0
        for i in 0..<size { maxDiagonal = max(maxDiagonal, matrix[i * size + i]) }
        // A pivot this small relative to the largest diagonal means (near) rank deficiency:
        // the solution would be dominated by rounding, so let QR decide the rank instead.
        let threshold = max(maxDiagonal, 1e-300) * 1e-13
        let ok: Bool = l.withUnsafeMutableBufferPointer { a in
            for j in 0..<size {
                var diagonal = a[j * size + j]
                for k in 0..<j { diagonal -= a[j * size + k] * a[j * size + k] }
                guard diagonal > threshold else { return false }
                let pivot = diagonal.squareRoot()
                a[j * size + j] = pivot
                for i in (j + 1)..<max(j + 1, size) {
                    var value = a[i * size + j]
                    for k in 0..<j { value -= a[i * size + k] * a[j * size + k] }
                    a[i * size + j] = value / pivot
                }
            }
            return true
        }
        guard ok else { return nil }
        factor = l
    }

    /// Solves `A·x = b`.
    func solve(_ b: [Double]) -> [Double] {
        var x = b
        for i in 0..<size {
            var value = x[i]
            for k in 0..<i { value -= factor[i * size + k] * x[k] }
            x[i] = value / factor[i * size + i]
        }
        for i in stride(from: size - 1, through: 0, by: -1) {
            var value = x[i]
            for k in (i + 1)..<max(i + 1, size) { value -= factor[k * size + i] * x[k] }
            x[i] = value / factor[i * size + i]
        }
        return x
    }

    /// The inverse `A⁻¹` (row-major), for covariance matrices.
    func inverse() -> [Double] {
        var result = [Double](repeating: 0, count: size * size)
        var unit = [Double](repeating: 0, count: size)
        for column in 0..<size {
            unit[column] = 1
            let x = solve(unit)
            unit[column] = 0
            for row in 0..<size { result[row * size + column] = x[row] }
        }
        return result
    }
}
