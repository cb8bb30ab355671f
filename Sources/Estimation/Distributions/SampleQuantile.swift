/// Sample quantiles of Hyndman and Fan's type 8 (median-unbiased), R's `quantile(type = 8)`,
/// which SparseMSE uses for its BCa limits.
enum SampleQuantile {
    /// The `probability` quantile of `sorted` (ascending; may end in `+∞` for failed replicates).
    static func type8(sorted: [Double], probability: Double) -> Double {
        let n = Double(sorted.count)
        guard !sorted.isEmpty else { return .nan }
        let h = (n + 1.0 / 3.0) * probability + 1.0 / 3.0
        if h <= 1 { return sorted[0] }
        if h >= n { return sorted[sorted.count - 1] }
        let lower = Int(h.rounded(.down))
        let fraction = h - Double(lower)
        let a = sorted[lower - 1]
        let b = sorted[lower]
        if fraction == 0 { return a }
        if b.isInfinite { return b }
        return a + fraction * (b - a)
    }
}
