/// Multinomial samples by conditional binomials: category `i` gets
/// Binomial(remaining trials, wᵢ / remaining weight). The cost grows with the number of
/// categories, not of trials, so resampling a register of 100,000 cases is as quick as 1,000.
public struct MultinomialSampler: Sendable {
    private let weights: [Double]
    /// `tail[i]` = weights[i] + … + weights[last], computed once so no rounding accumulates.
    private let tail: [Double]

    /// A sampler for categories with the given non-negative weights (not all zero).
    public init(weights: [Double]) {
        self.weights = weights
        var tail = [Double](repeating: 0, count: weights.count + 1)
        for index in stride(from: weights.count - 1, through: 0, by: -1) { tail[index] = tail[index + 1] + weights[index] }
        self.tail = tail
    }

    /// Counts per category of `trials` independent draws.
    public func sample(trials: Int, using generator: inout Xoshiro256StarStar) -> [Int] {
        var counts = [Int](repeating: 0, count: weights.count)
        var remaining = trials
        for index in weights.indices where remaining > 0 && weights[index] > 0 {
            let share = min(1, weights[index] / tail[index])
            let drawn = BinomialSampler.sample(trials: remaining, probability: share, using: &generator)
            counts[index] = drawn
            remaining -= drawn
        }
        return counts
    }
}
