import Foundation

/// The phases shared by plain-text and privacy-preserving linkage:
/// training, scoring every candidate pair, clustering, review candidates.
/// The comparator decides what "agreement" means; everything else is here.
public struct LinkageEngine<Comparator: PairComparator>: Sendable {
    public let comparator: Comparator
    public let blocking: BlockingIndex
    public let recordIDs: [String]
    public let options: LinkageOptions

    public init(comparator: Comparator, blocking: BlockingIndex, recordIDs: [String], options: LinkageOptions) {
        self.comparator = comparator
        self.blocking = blocking
        self.recordIDs = recordIDs
        self.options = options
    }

    public struct Output: Sendable {
        public var parameters: ModelParameters
        public var trainingPairs: Int
        public var candidatePairs: Int
        /// Pairs with probability at least the review band's lower bound.
        public var keptPairs: [ScoredPair]
        public var clustering: Clusterer.Result
        public var pairsAboveThreshold: Int
        public var reviewCandidates: [ReviewCandidate]
    }

    // MARK: Training

    /// u from random pairs; m and λ by EM on a deterministic sample of the
    /// blocked pairs plus any reviewed pairs.
    public func train(progress: LinkageProgress? = nil) -> (ModelParameters, trainingPairs: Int) {
        let schema = comparator.schema
        // A small register has fewer distinct pairs than the sample size: sampling
        // more pairs than exist only repeats them (503 records have 126,253 pairs).
        let records = comparator.recordCount
        let uPairs = max(1, min(options.uSamplePairs, records * (records - 1) / 2))
        progress?("training: u from random pairs", 0, uPairs)
        let (randomU, nullShare) = UEstimation.estimateWithNulls(comparator: comparator, pairs: uPairs, seed: options.seed)
        progress?("training: u from random pairs", uPairs, uPairs)

        var labelled: [(pattern: Int, isMatch: Bool)] = []
        if !options.labelledPairs.isEmpty {
            let index = Dictionary(recordIDs.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
            for pair in options.labelledPairs {
                guard let i = index[pair.firstID], let j = index[pair.secondID], i != j else { continue }
                labelled.append((schema.pattern(of: comparator.compare(i, j)), pair.isMatch))
            }
        }

        // m by sessions, as Splink recommends: EM on pairs that share the
        // birth date and nationality estimates m of the names and phone; EM
        // on pairs that share a phone (nearly all matches, plus siblings and
        // a controller's phone) estimates m of date, sex, nationality and
        // city. Fields a session was blocked on agree by construction there,
        // so their m comes from the other session. One EM over all blocked
        // pairs, or over pairs blocked on names, tends to split the many
        // same-name non-matches instead of matches from non-matches.
        let em = ExpectationMaximisation()
        var m = schema.fields.map { [Double](repeating: 0, count: $0.levels.count) }
        var iterations = 0
        var u = randomU
        var dateSessionMatches = 0.0
        var sampled = 0
        let sessions: [(BlockingRule, [String])] = [
            (.dateAndNationality, ["given_name", "family_name", "phone"]),
            (.phone, ["birth_date", "sex", "nationality", "city"]),
        ]
        for (rule, fields) in sessions {
            let (histogram, count) = sampleHistogram(rule: rule, progress: progress)
            sampled += count
            let result = em.run(schema: schema, histogram: histogram, labelled: labelled, initialU: u)
            if rule == .dateAndNationality {
                dateSessionMatches = result.lambdaBlocked * Double(count) * Double(samplingModulo(rule: rule))
            }
            iterations += result.iterations
            for (index, field) in schema.fields.enumerated() where fields.contains(field.name) || count == 0 {
                if count > 0 || m[index].allSatisfy({ $0 == 0 }) { m[index] = result.m[index] }
            }
        }
        // Sex and nationality follow from the name (Olena is a Ukrainian
        // woman), so among pairs whose names agree their agreement is much
        // less telling than among random pairs; counting it at the
        // random-pair rate would count the name twice. Their u is measured
        // instead on pairs blocked on names that are almost surely different
        // people (birth dates and phones disagree).
        let (nameHistogram, nameCount) = sampleHistogram(rule: .namePair, progress: progress)
        sampled += nameCount
        if let date = schema.fields.firstIndex(where: { $0.name == "birth_date" }),
           let phone = schema.fields.firstIndex(where: { $0.name == "phone" }) {
            let dateDifferent = schema.fields[date].levels.count - 1
            for (index, field) in schema.fields.enumerated() where Self.nameDependentFields.contains(field.name) {
                var counts = [Double](repeating: 0.5, count: field.levels.count)
                for (pattern, count) in nameHistogram {
                    let levels = schema.levels(ofPattern: pattern)
                    guard levels[date] == dateDifferent, levels[phone] != 1, levels[phone] != 2, levels[index] != 0 else { continue }
                    counts[levels[index]] += count
                }
                counts[0] = 0
                let total = counts.reduce(0, +)
                if total > 100 { u[index] = counts.map { $0 / total } }
            }
        }
        m = Self.monotone(m: m, u: u)
        // λ. The date session's EM says how many of its pairs are matches;
        // a match lands there when both records have a full, equal birth date
        // and equal nationality, whose chance the model knows (values
        // present: 1 − null share of random pairs; equal: m of the exact
        // level). Scaling up gives the number of matches among all pairs.
        // (EM over all blocked pairs with m fixed overestimates it several
        // times: blocked non-matches are a mixture no single u describes.)
        let n = Double(comparator.recordCount)
        let allPairs = max(1, n * (n - 1) / 2)
        var expectedMatches = 0.0
        if let date = schema.fields.firstIndex(where: { $0.name == "birth_date" }),
           let nationality = schema.fields.firstIndex(where: { $0.name == "nationality" }) {
            let reach = (1 - nullShare[date]) * m[date][1] * (1 - nullShare[nationality]) * m[nationality][1]
            if reach > 0 { expectedMatches = dateSessionMatches / reach }
        }
        if expectedMatches <= 0 { expectedMatches = n / 2 }  // no dates at all: about one match per two records
        progress?("training: expectation-maximisation", iterations, iterations)
        // Share of matches among candidate pairs (before de-duplication).
        let lambdaBlocked = min(1, expectedMatches / Double(max(1, blocking.pairEstimate())))
        let lambda = min(max(expectedMatches / allPairs, 1e-12), 0.5)
        let fields = schema.fields.enumerated().map { index, field in
            ModelParameters.Field(
                name: field.name,
                levels: field.levels.enumerated().map { level, name in
                    ModelParameters.Level(name: name, m: level == 0 ? 0 : m[index][level], u: level == 0 ? 0 : u[index][level])
                },
                termFrequencyLevel: field.termFrequencyLevel)
        }
        let parameters = ModelParameters(lambda: lambda, lambdaBlocked: lambdaBlocked, fields: fields, emIterations: iterations)
        return (parameters, sampled)
    }

    static var nameDependentFields: Set<String> { ["sex", "nationality"] }

    /// Partial agreement is never worse evidence than disagreement: m of
    /// every agreeing level is raised, if needed, so that its weight is at
    /// least the weight of the last ("different") level. EM can otherwise
    /// drive a rare level's m to zero (weight −∞ in effect).
    static func monotone(m: [[Double]], u: [[Double]]) -> [[Double]] {
        m.enumerated().map { field, levels in
            guard levels.count > 2, let lastM = levels.last, let lastU = u[field].last, lastU > 0 else { return levels }
            let ratio = lastM / lastU
            var adjusted = levels
            for level in 1..<(levels.count - 1) where u[field][level] > 0 {
                adjusted[level] = max(adjusted[level], ratio * u[field][level])
            }
            let sum = adjusted.dropFirst().reduce(0, +)
            return adjusted.enumerated().map { $0.offset == 0 ? 0 : $0.element / sum }
        }
    }

    /// Keeps about `options.trainingPairs` of the rule's pairs.
    func samplingModulo(rule: BlockingRule?) -> UInt64 {
        UInt64(max(1, blocking.pairEstimate(rule: rule) / max(1, options.trainingPairs)))
    }

    /// Histogram of comparison patterns over a deterministic sample of the
    /// pairs of one rule (or of all candidate pairs).
    func sampleHistogram(rule: BlockingRule?, progress: LinkageProgress?) -> ([Int: Double], Int) {
        let schema = comparator.schema
        let modulo = samplingModulo(rule: rule)
        let phase = "training: sampling pairs (\(rule?.label ?? "all rules"))"
        progress?(phase, 0, blocking.pairEstimate(rule: rule) / Int(modulo))
        let histograms = blocking.forEachPair(sampleModulo: modulo, rule: rule, makeScratch: comparator.makeScratch,
                                              makeAccumulator: { [Int: Double]() }) { histogram, scratch, i, j in
            histogram[schema.pattern(of: comparator.compare(i, j, scratch: &scratch)), default: 0] += 1
        }
        var histogram: [Int: Double] = [:]
        for local in histograms { histogram.merge(local, uniquingKeysWith: +) }
        let sampled = Int(histogram.values.reduce(0, +))
        progress?(phase, sampled, sampled)
        return (histogram, sampled)
    }

    // MARK: Scoring

    /// Scores every candidate pair once; keeps those at or above
    /// `minimumProbability` (the rest are counted, not stored).
    public func score(parameters: ModelParameters, minimumProbability: Double,
                      progress: LinkageProgress? = nil) -> (kept: [ScoredPair], compared: Int) {
        let weights = MatchWeights(parameters: parameters, schema: comparator.schema)
        let minimumWeight = MatchWeights.weight(probability: minimumProbability)
        progress?("blocking+scoring", 0, blocking.statistics.pairsBeforeDeduplication)
        let results = blocking.forEachPair(makeScratch: comparator.makeScratch,
                                           makeAccumulator: { ScoringAccumulator() }) { accumulator, scratch, i, j in
            accumulator.compared += 1
            guard let vector = comparator.compare(i, j, scratch: &scratch, unlessBelow: minimumWeight, weights: weights) else { return }
            let weight = weights.matchWeight(vector)
            if weight >= minimumWeight {
                accumulator.kept.append(ScoredPair(first: Int32(min(i, j)), second: Int32(max(i, j)), weight: Float(weight)))
            }
        }
        let compared = results.reduce(0) { $0 + $1.compared }
        var kept: [ScoredPair] = []
        kept.reserveCapacity(results.reduce(0) { $0 + $1.kept.count })
        for result in results { kept.append(contentsOf: result.kept) }
        progress?("blocking+scoring", compared, compared)
        return (kept, compared)
    }

    /// Field-by-field evidence for one pair.
    public func evidence(_ i: Int, _ j: Int, parameters: ModelParameters) -> ReviewCandidate {
        let weights = MatchWeights(parameters: parameters, schema: comparator.schema)
        let vector = comparator.compare(i, j)
        let total = weights.matchWeight(vector)
        let evidence = comparator.schema.fields.enumerated().map { index, field in
            let level = Int(vector.levels[index])
            return ReviewCandidate.Evidence(field: field.name, level: field.levels[level],
                                            weight: weights.fieldWeight(index, level: level, termFrequency: vector.termFrequencies[index]))
        }
        return ReviewCandidate(firstID: recordIDs[i], secondID: recordIDs[j], probability: MatchWeights.probability(weight: total),
                               matchWeight: total, evidence: evidence)
    }

    // MARK: All phases

    public func run(progress: LinkageProgress? = nil, times: inout LinkageSummary.PhaseTimes) -> Output {
        var clock = ContinuousClock.now
        func lap() -> Double {
            let now = ContinuousClock.now
            let elapsed = now - clock
            clock = now
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        }
        let (parameters, trainingPairs) = train(progress: progress)
        times.training = lap()

        let lowest = min(options.reviewBand.lowerBound, options.threshold)
        let (kept, compared) = score(parameters: parameters, minimumProbability: lowest, progress: progress)
        times.scoring = lap()

        progress?("clustering", 0, kept.count)
        let thresholdWeight = Float(MatchWeights.weight(probability: options.threshold))
        let edges = kept.filter { $0.weight >= thresholdWeight }.map {
            WeightedEdge(Int($0.first), Int($0.second), weight: Double($0.weight))
        }
        let clustering = options.clusterer.cluster(recordCount: comparator.recordCount, edges: edges)
        let bandLow = Float(MatchWeights.weight(probability: options.reviewBand.lowerBound))
        let bandHigh = Float(MatchWeights.weight(probability: options.reviewBand.upperBound))
        let review = kept.lazy.filter { $0.weight >= bandLow && $0.weight < bandHigh }
            .prefix(options.maxReviewCandidates)
            .map { evidence(Int($0.first), Int($0.second), parameters: parameters) }
        let reviewCandidates = Array(review)
        progress?("clustering", kept.count, kept.count)
        times.clustering = lap()
        return Output(parameters: parameters, trainingPairs: trainingPairs, candidatePairs: compared, keptPairs: kept,
                      clustering: clustering, pairsAboveThreshold: edges.count, reviewCandidates: reviewCandidates)
    }
}

/// Per-chunk state of the scoring pass.
struct ScoringAccumulator {
    var compared = 0
    var kept: [ScoredPair] = []
}
