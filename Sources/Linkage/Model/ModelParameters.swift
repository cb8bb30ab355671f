import Foundation

/// Learned Fellegi–Sunter parameters: the prior λ and, per field and level,
/// m = P(level | match) and u = P(level | non-match).
public struct ModelParameters: Sendable, Codable, Hashable {
    public struct Level: Sendable, Codable, Hashable {
        public var name: String
        public var m: Double
        public var u: Double
        /// log2(m / u): the evidence this level adds, in bits.
        public var weight: Double { m > 0 && u > 0 ? log2(m / u) : 0 }
    }

    public struct Field: Sendable, Codable, Hashable {
        public var name: String
        /// Index 0 is the null level (m and u are not used; weight 0).
        public var levels: [Level]
        public var termFrequencyLevel: Int?
    }

    /// Probability that two records drawn at random are the same person.
    public var lambda: Double
    /// Share of matches among the blocked candidate pairs EM trained on.
    public var lambdaBlocked: Double
    public var fields: [Field]
    public var emIterations: Int

    /// Prior odds in bits.
    public var priorWeight: Double { log2(lambda / (1 - lambda)) }
}

/// Weights of one model, laid out for the scoring loop.
public struct MatchWeights: Sendable {
    public let schema: ComparisonSchema
    /// weights[field][level], null levels 0.
    let weights: [[Double]]
    /// m of each field's term-frequency level (0 when none).
    let termFrequencyM: [Double]
    public let priorWeight: Double
    /// Floor for a term frequency, so that a value seen once cannot give
    /// unbounded evidence.
    let minimumTermFrequency: Double
    /// bestCase[field][level]: the largest weight the field can still add
    /// once it is known to be at `level` or a later one (or null, weight 0);
    /// levels with a term-frequency adjustment are not included, so use it
    /// only from beyond that level.
    let bestCase: [[Double]]

    public init(parameters: ModelParameters, schema: ComparisonSchema, minimumTermFrequency: Double = 1e-5) {
        self.schema = schema
        weights = parameters.fields.map { field in field.levels.enumerated().map { $0.offset == 0 ? 0 : $0.element.weight } }
        termFrequencyM = parameters.fields.map { field in field.termFrequencyLevel.map { field.levels[$0].m } ?? 0 }
        priorWeight = parameters.priorWeight
        self.minimumTermFrequency = minimumTermFrequency
        bestCase = weights.map { levels in
            var best = [Double](repeating: 0, count: levels.count + 1)
            for level in stride(from: levels.count - 1, through: 1, by: -1) { best[level] = max(best[level + 1], levels[level]) }
            return best
        }
    }

    /// The largest weight `field` can add when it is null or at `level` or
    /// later (never at a term-frequency-adjusted level before `level`).
    @inline(__always)
    func bestCase(_ field: Int, fromLevel level: Int) -> Double { bestCase[field][level] }

    /// Weight of one field's outcome: log2(m/u), or log2(m / tf) at the
    /// exact level when the value's term frequency is known (a shared common
    /// name such as "Mohammed" is weaker evidence than a shared rare one).
    @inline(__always)
    public func fieldWeight(_ field: Int, level: Int, termFrequency: Float) -> Double {
        if termFrequency > 0, schema.fields[field].termFrequencyLevel == level {
            return log2(termFrequencyM[field] / max(Double(termFrequency), minimumTermFrequency))
        }
        return weights[field][level]
    }

    /// Match weight (log2 Bayes factor plus prior) of a comparison vector.
    @inline(__always)
    public func matchWeight(_ vector: ComparisonVector) -> Double {
        var total = priorWeight
        for field in 0..<schema.fields.count {
            total += fieldWeight(field, level: Int(vector.levels[field]), termFrequency: vector.termFrequencies[field])
        }
        return total
    }

    public static func probability(weight: Double) -> Double {
        let odds = exp2(weight)
        return odds.isInfinite ? 1 : odds / (1 + odds)
    }

    public static func weight(probability: Double) -> Double {
        log2(probability / (1 - probability))
    }
}
