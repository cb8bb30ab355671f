import Testing
@testable import Linkage

@Suite("Fellegi–Sunter training")
struct ModelTests {
    /// Three fields with known m, u and λ (chosen by hand); pairs are drawn
    /// from that mixture with a seeded generator, and EM must recover the
    /// parameters it was given no sight of (u starts from a perturbed
    /// value, m from EM's default start).
    @Test("EM recovers known m, u and λ from a synthetic mixture")
    func emRecoversParameters() {
        let schema = ComparisonSchema(fields: (0..<3).map {
            ComparisonSchema.Field(name: "f\($0)", levels: ["null", "agree", "partial", "different"], termFrequencyLevel: nil)
        })
        let lambda = 0.2
        let m: [[Double]] = [[0, 0.8, 0.15, 0.05], [0, 0.7, 0.2, 0.1], [0, 0.9, 0.05, 0.05]]
        let u: [[Double]] = [[0, 0.05, 0.15, 0.8], [0, 0.1, 0.2, 0.7], [0, 0.02, 0.08, 0.9]]
        var generator = SeededGenerator(seed: 42)
        func draw(_ probabilities: [Double]) -> UInt8 {
            var x = Double.random(in: 0..<1, using: &generator)
            for level in 1..<probabilities.count {
                x -= probabilities[level]
                if x < 0 { return UInt8(level) }
            }
            return UInt8(probabilities.count - 1)
        }
        var histogram: [Int: Double] = [:]
        for _ in 0..<50_000 {
            let match = Double.random(in: 0..<1, using: &generator) < lambda
            var vector = ComparisonVector()
            for field in 0..<3 {
                // 10 % missing values, which must not disturb the estimate.
                vector.levels[field] = Double.random(in: 0..<1, using: &generator) < 0.1 ? 0 : draw(match ? m[field] : u[field])
            }
            histogram[schema.pattern(of: vector), default: 0] += 1
        }
        let startU = u.map { row in row.enumerated().map { $0.offset == 0 ? 0 : ($0.offset == 3 ? $0.element - 0.1 : $0.element + 0.05) } }
        let result = ExpectationMaximisation().run(schema: schema, histogram: histogram, initialU: startU, initialLambda: 0.05)
        #expect(abs(result.lambdaBlocked - lambda) < 0.02)
        for field in 0..<3 {
            for level in 1...3 {
                #expect(abs(result.m[field][level] - m[field][level]) < 0.03, "m[\(field)][\(level)]")
                #expect(abs(result.uBlocked[field][level] - u[field][level]) < 0.03, "u[\(field)][\(level)]")
            }
        }
    }

    @Test("Reviewed pairs move m towards their class")
    func labelledPairs() {
        let schema = ComparisonSchema(fields: [ComparisonSchema.Field(name: "f", levels: ["null", "agree", "different"], termFrequencyLevel: nil)])
        let histogram: [Int: Double] = [1: 100, 2: 900]
        let u: [[Double]] = [[0, 0.1, 0.9]]
        let without = ExpectationMaximisation().run(schema: schema, histogram: histogram, initialU: u)
        let labelled = (0..<10).map { _ in (pattern: 2, isMatch: true) }
        let with = ExpectationMaximisation().run(schema: schema, histogram: histogram, labelled: labelled, initialU: u)
        // Matches that disagree on the field raise m("different").
        #expect(with.m[0][2] > without.m[0][2] + 0.05)
    }

    @Test("Term frequency: a common name is weaker evidence than a rare one")
    func termFrequency() {
        let level = ModelParameters.Level(name: "exact", m: 0.9, u: 0.01)
        let field = ModelParameters.Field(name: "given_name", levels: [ModelParameters.Level(name: "null", m: 0, u: 0), level,
                                                                        ModelParameters.Level(name: "different", m: 0.1, u: 0.99)],
                                          termFrequencyLevel: 1)
        let schema = ComparisonSchema(fields: [ComparisonSchema.Field(name: "given_name", levels: ["null", "exact", "different"], termFrequencyLevel: 1)])
        let weights = MatchWeights(parameters: ModelParameters(lambda: 0.001, lambdaBlocked: 0.1, fields: [field], emIterations: 1), schema: schema)
        let common = weights.fieldWeight(0, level: 1, termFrequency: 0.1)
        let rare = weights.fieldWeight(0, level: 1, termFrequency: 0.0001)
        #expect(common < level.weight && level.weight < rare)
        #expect(weights.fieldWeight(0, level: 0, termFrequency: 0) == 0)  // null is neutral
    }
}

@Suite("Clustering")
struct ClusteringTests {
    @Test("Union–find joins transitively")
    func unionFind() {
        var sets = UnionFind(count: 5)
        sets.union(0, 1)
        sets.union(3, 4)
        sets.union(1, 4)
        #expect(sets.find(0) == sets.find(3))
        #expect(sets.find(2) != sets.find(0))
        #expect(sets.sizeOfSet(containing: 4) == 4)
    }

    /// A path of 8 records (density 7/28 = 0.25) whose middle link is the
    /// weakest: the guard must cut it, leaving two parts of 4.
    @Test("A sparse chain is split at its weakest link")
    func chainSplit() {
        var edges = (0..<7).map { WeightedEdge($0, $0 + 1, weight: 10) }
        edges[3].weight = 1
        let result = Clusterer().cluster(recordCount: 9, edges: edges)
        #expect(result.clusterOf[0] == result.clusterOf[3])
        #expect(result.clusterOf[4] == result.clusterOf[7])
        #expect(result.clusterOf[3] != result.clusterOf[4])
        #expect(result.flagged.count == 1 && result.flagged[0].parts == 2)
        #expect(result.clusterCount == 3)   // two parts and the lone record 8
    }

    @Test("Dense components and small ones are left alone; splitting can be turned off")
    func guardScope() {
        // A 5-clique (density 1) and a 3-path (too small to check).
        var edges: [WeightedEdge] = []
        for a in 0..<5 { for b in (a + 1)..<5 { edges.append(WeightedEdge(a, b, weight: 5)) } }
        edges += [WeightedEdge(5, 6, weight: 5), WeightedEdge(6, 7, weight: 5)]
        let result = Clusterer().cluster(recordCount: 8, edges: edges)
        #expect(result.clusterCount == 2 && result.flagged.isEmpty)

        let chain = (0..<7).map { WeightedEdge($0, $0 + 1, weight: 10) }
        let flagged = Clusterer(splitSparseComponents: false).cluster(recordCount: 8, edges: chain)
        #expect(flagged.clusterCount == 1 && flagged.flagged.count == 1 && flagged.flagged[0].parts == 1)
    }
}
