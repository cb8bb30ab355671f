import Foundation

/// A pair a person has reviewed: same person or not. Reviewed pairs enter
/// training with known class (see ``ExpectationMaximisation``).
public struct LabelledPair: Sendable, Hashable, Codable {
    public var firstID: String
    public var secondID: String
    public var isMatch: Bool

    public init(firstID: String, secondID: String, isMatch: Bool) {
        self.firstID = firstID
        self.secondID = secondID
        self.isMatch = isMatch
    }
}

/// Expectation–maximisation for the Fellegi–Sunter mixture (Winkler 1988)
/// over a histogram of comparison patterns.
///
/// Training pairs come from blocking, so they hold far more matches than
/// random pairs, and their non-matches agree more often than random ones
/// (they were blocked on agreeing fields). EM therefore estimates m, the
/// non-match distribution of the blocked pairs and λ among them; the caller
/// keeps m and takes u from random pairs (``UEstimation``) for scoring, as
/// Splink does. Levels are assumed independent given the class; null
/// levels are left out of both class likelihoods (neutral).
public struct ExpectationMaximisation: Sendable {
    public var maxIterations = 40
    /// Stop when no m changes by more than this.
    public var tolerance = 1e-5
    /// How many blocked pairs one reviewed pair counts as. Reviews are few
    /// and deliberate, so each is worth more than one unlabelled pair.
    public var labelWeight = 50.0

    public init() {}

    public struct Result: Sendable {
        public var m: [[Double]]
        public var uBlocked: [[Double]]
        public var lambdaBlocked: Double
        public var iterations: Int
    }

    /// - Parameters:
    ///   - histogram: pattern index → number of training pairs with it.
    ///   - labelled: patterns of reviewed pairs with their class.
    ///   - initialU: u from random pairs, the starting non-match distribution.
    ///   - fixedM: when given, m is held at these values and only λ and the
    ///     non-match distribution are estimated.
    public func run(schema: ComparisonSchema, histogram: [Int: Double], labelled: [(pattern: Int, isMatch: Bool)] = [],
                    initialU: [[Double]], initialLambda: Double = 0.05, fixedM: [[Double]]? = nil) -> Result {
        let fieldCount = schema.fields.count
        let levelCounts = schema.fields.map(\.levels.count)
        var patterns: [Int] = [], counts: [Double] = [], fixed: [Double?] = []
        for (pattern, count) in histogram where count > 0 {
            patterns.append(pattern); counts.append(count); fixed.append(nil)
        }
        for item in labelled {
            patterns.append(item.pattern); counts.append(labelWeight); fixed.append(item.isMatch ? 1 : 0)
        }
        let levels = patterns.map { schema.levels(ofPattern: $0) }

        // Start m high on the strongest level and halving level by level,
        // with little mass on "different": matches mostly agree. Starting
        // from this side keeps EM from settling on a split of the
        // non-matches (say, by shared given name) instead.
        var m = levelCounts.map { count -> [Double] in
            let raw = (0..<count).map { level -> Double in
                level == 0 ? 0 : (level == count - 1 ? 0.02 : pow(0.5, Double(level - 1)))
            }
            let sum = raw.reduce(0, +)
            return raw.map { $0 / sum }
        }
        if let fixedM { m = fixedM }
        var u = initialU
        var lambda = initialLambda
        var iterations = 0
        for iteration in 1...max(1, maxIterations) {
            iterations = iteration
            var mCounts = levelCounts.map { [Double](repeating: 1e-3, count: $0) }
            var uCounts = levelCounts.map { [Double](repeating: 1e-3, count: $0) }
            var matchTotal = 0.0, total = 0.0
            for index in patterns.indices {
                var pm = lambda, pu = 1 - lambda
                let vector = levels[index]
                for field in 0..<fieldCount where vector[field] != 0 {
                    pm *= m[field][vector[field]]
                    pu *= u[field][vector[field]]
                }
                let responsibility = fixed[index] ?? (pm + pu > 0 ? pm / (pm + pu) : 0)
                let count = counts[index]
                matchTotal += responsibility * count
                total += count
                for field in 0..<fieldCount where vector[field] != 0 {
                    mCounts[field][vector[field]] += responsibility * count
                    uCounts[field][vector[field]] += (1 - responsibility) * count
                }
            }
            func normalised(_ table: [[Double]]) -> [[Double]] {
                table.map { row in
                    let sum = row.dropFirst().reduce(0, +)
                    return row.enumerated().map { $0.offset == 0 ? 0 : $0.element / sum }
                }
            }
            let newM = fixedM ?? normalised(mCounts)
            var change = 0.0
            for field in 0..<fieldCount {
                for level in 1..<levelCounts[field] { change = max(change, abs(newM[field][level] - m[field][level])) }
            }
            m = newM
            u = normalised(uCounts)
            lambda = min(max(matchTotal / max(total, 1), 1e-9), 1 - 1e-9)
            if change < tolerance && (fixedM == nil || iteration > 10) { break }
        }
        return Result(m: m, uBlocked: u, lambdaBlocked: lambda, iterations: iterations)
    }
}
