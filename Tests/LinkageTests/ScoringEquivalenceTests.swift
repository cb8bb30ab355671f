import Foundation
import Testing
@testable import Linkage

/// The shortcuts of the scoring pass (memoised levels, the linear one-edit
/// test, per-worker scratch in parallel loops) must give exactly what the
/// direct computation gives.
@Suite("Scoring shortcuts equal the direct computation")
struct ScoringEquivalenceTests {
    static let records = EndToEndTests.background()
    static let table = FeatureTable.build(from: records)

    /// Random strings over a small alphabet, each paired with a random
    /// string or with a one- or two-edit variant of itself, so that every
    /// outcome of the one-edit test occurs often.
    static func bytePairs(count: Int) -> [([UInt8], [UInt8])] {
        var generator = SeededGenerator(seed: 11)
        let alphabet = Array("abcdeo".utf8)
        func edit(_ word: [UInt8]) -> [UInt8] {
            var word = word
            let position = word.isEmpty ? 0 : Int.random(in: 0..<word.count, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: word.insert(alphabet.randomElement(using: &generator)!, at: position)
            case 1: if !word.isEmpty { word.remove(at: position) }
            case 2: if !word.isEmpty { word[position] = alphabet.randomElement(using: &generator)! }
            default: if position + 1 < word.count { word.swapAt(position, position + 1) }
            }
            return word
        }
        return (0..<count).map { _ in
            let a = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: return (a, (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            case 1: return (a, edit(a))
            default: return (a, edit(edit(a)))
            }
        }
    }

    @Test("The linear one-edit test is Damerau–Levenshtein distance <= 1")
    func withinOneEdit() {
        for (a, b) in Self.bytePairs(count: 5000) {
            a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in
                    let distance = ByteSimilarity.damerauLevenshtein(x, y)
                    #expect(ByteSimilarity.withinOneEdit(x, y) == (distance <= 1), "\(a) / \(b)")
                }
            }
        }
    }

    @Test("The histogram difference never exceeds twice the Damerau–Levenshtein distance")
    func histogramBound() {
        for (a, b) in Self.bytePairs(count: 5000) {
            a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in
                    #expect(ByteSimilarity.histogramDifference(x, y) <= 2 * ByteSimilarity.damerauLevenshtein(x, y), "\(a) / \(b)")
                }
            }
        }
    }

    /// The name level as first written: the full distance first, then
    /// Jaro–Winkler; `similarityLevel` reorders these tests.
    static func referenceNameLevel(_ comparator: PlaintextComparator, _ a: NameFeature, _ b: NameFeature) -> UInt8 {
        if a.isNull || b.isNull { return 0 }
        if a.exact == b.exact { return 1 }
        if a.folded == b.folded { return 2 }
        let first = comparator.table.tokenPool.bytes(a.folded), second = comparator.table.tokenPool.bytes(b.folded)
        let distance = ByteSimilarity.damerauLevenshtein(first, second)
        if distance <= 1 { return 3 }
        let similarity = ByteSimilarity.jaroWinkler(first, second)
        if similarity >= 0.92 { return 4 }
        if a.codes.intersects(b.codes) { return 5 }
        if a.tokens.isSubset(of: b.tokens) || b.tokens.isSubset(of: a.tokens) || a.formal.intersects(b.formal)
            || PlaintextComparator.isAbbreviation(first, second) {
            return 6
        }
        if distance <= 2 || similarity >= 0.85 { return 7 }
        return 8
    }

    @Test("Name levels equal the original order of tests on every pair of names")
    func nameLevelsMatchReference() {
        let comparator = PlaintextComparator(table: Self.table)
        let names = Self.table.features.flatMap { [$0.given, $0.family] }
        var distinct: [Int32: NameFeature] = [:]
        for name in names where distinct[name.exact] == nil { distinct[name.exact] = name }
        let sample = distinct.keys.sorted().prefix(300).map { distinct[$0]! }
        var levelsSeen = Set<UInt8>()
        for a in sample {
            for b in sample {
                let level = comparator.nameLevel(a, b)
                levelsSeen.insert(level)
                #expect(level == Self.referenceNameLevel(comparator, a, b))
            }
        }
        #expect(levelsSeen.count >= 5)   // the sample exercises several levels
    }

    @Test("Memoised comparison vectors equal direct ones, also when the memo collides")
    func memoisedEqualsDirect() {
        let comparator = PlaintextComparator(table: Self.table)
        // 64 slots: nearly every lookup evicts another pair.
        let tiny = ComparisonMemo(slotsLog2: 6)
        var large = comparator.makeScratch()
        let n = min(500, Self.table.count)
        for i in 0..<n {
            for j in stride(from: (i * 7) % 3, to: n, by: 3) {
                let direct = comparator.compare(i, j)
                for memo in [tiny, large] {
                    let memoised = comparator.compare(i, j, memo: memo)
                    #expect(memoised.levels == direct.levels && memoised.termFrequencies == direct.termFrequencies)
                }
                _ = comparator.compare(i, j, scratch: &large)
            }
        }
        #expect(large.lookups > large.misses)   // the memo is used
    }

    @Test("Scoring with per-worker memos equals scoring without, and repeats exactly")
    func parallelScoringDeterministic() {
        var options = LinkageOptions()
        options.maxBlockSize = 40   // some oversized blocks, so windows are exercised too
        let table = Self.table
        let blocking = table.blockingIndex(maxBlockSize: options.maxBlockSize, window: options.window)
        let engine = LinkageEngine(comparator: PlaintextComparator(table: table), blocking: blocking,
                                   recordIDs: Self.records.map(\.id), options: options)
        let (parameters, _) = engine.train()
        for probability in [0.01, 0.5, 0.9] {
            let first = engine.score(parameters: parameters, minimumProbability: probability)
            let second = engine.score(parameters: parameters, minimumProbability: probability)
            #expect(first.compared == second.compared && first.kept == second.kept)

            // The same pairs scored one by one, without memo or pruning, in block order.
            let weights = MatchWeights(parameters: parameters, schema: engine.comparator.schema)
            let minimumWeight = MatchWeights.weight(probability: probability)
            let serial = blocking.forEachPair(makeAccumulator: { [ScoredPair]() }) { kept, i, j in
                let weight = weights.matchWeight(engine.comparator.compare(i, j))
                if weight >= minimumWeight {
                    kept.append(ScoredPair(first: Int32(min(i, j)), second: Int32(max(i, j)), weight: Float(weight)))
                }
            }.flatMap { $0 }
            #expect(first.kept == serial)
            #expect(!serial.isEmpty)
        }
    }

    @Test("Pruned comparisons are only the pairs below the minimum weight, and there are some")
    func pruningIsExact() {
        let table = Self.table
        let blocking = table.blockingIndex(maxBlockSize: 400, window: 15)
        let comparator = PlaintextComparator(table: table)
        let engine = LinkageEngine(comparator: comparator, blocking: blocking, recordIDs: Self.records.map(\.id),
                                   options: LinkageOptions())
        let (parameters, _) = engine.train()
        let weights = MatchWeights(parameters: parameters, schema: comparator.schema)
        let minimumWeight = MatchWeights.weight(probability: 0.5)
        var memo = comparator.makeScratch()
        var pruned = 0, total = 0
        for i in 0..<min(300, table.count) {
            for j in 0..<table.count where j != i && j % 5 == i % 5 {
                total += 1
                let direct = comparator.compare(i, j)
                if let vector = comparator.compare(i, j, scratch: &memo, unlessBelow: minimumWeight, weights: weights) {
                    #expect(vector.levels == direct.levels && vector.termFrequencies == direct.termFrequencies)
                } else {
                    pruned += 1
                    #expect(weights.matchWeight(direct) < minimumWeight)
                }
            }
        }
        #expect(pruned > total / 2)
    }

    @Test("The block-size cap is the option up to the reference size and shrinks with the cube root above")
    func blockSizeCap() {
        let options = LinkageOptions()
        #expect(options.blockSizeCap(recordCount: 17_000) == options.maxBlockSize)
        #expect(options.blockSizeCap(recordCount: options.blockSizeReferenceRecords) == options.maxBlockSize)
        #expect(options.blockSizeCap(recordCount: 8 * options.blockSizeReferenceRecords) == options.maxBlockSize / 2)
        #expect(options.blockSizeCap(recordCount: 1_723_933) < options.blockSizeCap(recordCount: 400_000))
    }

    @Test("Parallel loops with per-worker state return chunk results in chunk order")
    func parallelCollectWithState() {
        let results = parallelCollect(count: 1000, chunks: 37, makeState: { [Int]() }) { state, range -> [Int] in
            state.append(range.lowerBound)   // state survives across a worker's chunks
            return range.map { $0 * $0 }
        }
        #expect(results.flatMap { $0 } == (0..<1000).map { $0 * $0 })
    }
}
