/// The `p`-quantile of sorted values by linear interpolation between order statistics, R's
/// default (type 7, also Excel's `PERCENTILE.INC` and NumPy's default): with the values
/// `x₀ ≤ … ≤ xₙ₋₁` and `h = (n − 1)·p`, it is `x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋)`.
/// So the median of an even count is the mean of the two middle values.
///
/// - Precondition: `sorted` is non-empty and sorted; `p` is in 0…1.
func percentile(ofSorted sorted: [Int], _ p: Double) -> Double {
    precondition(!sorted.isEmpty && (0...1).contains(p))
    let h = Double(sorted.count - 1) * p
    let below = Int(h.rounded(.down))
    let above = min(below + 1, sorted.count - 1)
    return Double(sorted[below]) + (h - Double(below)) * Double(sorted[above] - sorted[below])
}
