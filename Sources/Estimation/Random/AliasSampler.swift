/// Walker's alias method (Vose's construction): after O(k) set-up, each draw from a discrete
/// distribution over k categories costs one uniform and one comparison. Used to draw
/// multinomial samples case by case.
public struct AliasSampler: Sendable {
    private let probability: [Double]
    private let alias: [Int]

    /// A sampler for categories with the given non-negative weights (not all zero).
    public init(weights: [Double]) {
        let k = weights.count
        let total = weights.reduce(0, +)
        var scaled = weights.map { $0 * Double(k) / total }
        var probability = [Double](repeating: 1, count: k)
        var alias = Array(0..<k)
        var small = scaled.indices.filter { scaled[$0] < 1 }
        var large = scaled.indices.filter { scaled[$0] >= 1 }
        while let s = small.popLast(), let l = large.popLast() {
            probability[s] = scaled[s]
            alias[s] = l
            scaled[l] -= 1 - scaled[s]
            if scaled[l] < 1 { small.append(l) } else { large.append(l) }
        }
        self.probability = probability
        self.alias = alias
    }

    /// One category index.
    public func sample(using generator: inout Xoshiro256StarStar) -> Int {
        let scaled = generator.nextUniform() * Double(probability.count)
        let column = min(Int(scaled), probability.count - 1)
        return scaled - Double(column) < probability[column] ? column : alias[column]
    }

    /// Counts of `trials` independent draws: one multinomial sample.
    public func multinomial(trials: Int, using generator: inout Xoshiro256StarStar) -> [Int] {
        var counts = [Int](repeating: 0, count: probability.count)
        for _ in 0..<trials { counts[sample(using: &generator)] += 1 }
        return counts
    }
}
