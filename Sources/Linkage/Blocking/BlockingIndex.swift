/// Blocks of records sharing a key, with the bookkeeping that lets every
/// candidate pair be generated exactly once, in parallel, without a global
/// set of pairs.
///
/// A pair sharing several keys is emitted only by the smallest key it
/// shares (keys sort by rule first, so this is "the first rule that
/// generates it"). Checking that needs only the two records' own sorted key
/// lists, so memory stays linear in the number of records whatever the
/// number of pairs.
///
/// Blocks larger than `maxBlockSize` (a controller's phone given by many
/// victims, the commonest name codes) would cost quadratic time for little
/// evidence. They are not dropped: their records are sorted by a name key
/// and each is compared with the next `window` records (sorted
/// neighbourhood), and such pairs are only emitted when no ordinary block
/// already produces them.
public final class BlockingIndex: Sendable {
    public struct Statistics: Sendable, Codable, Hashable {
        public var keys: Int
        public var blocks: Int
        public var oversizedBlocks: Int
        public var recordsInOversizedBlocks: Int
        public var largestBlock: Int
        /// Pairs before removing duplicates across keys (an upper bound).
        public var pairsBeforeDeduplication: Int
        /// Non-singleton blocks per rule.
        public var blocksPerRule: [String: Int]
        /// Pairs per rule before removing duplicates (window pairs for
        /// oversized blocks): where the scoring time goes.
        public var pairsPerRule: [String: Int] = [:]
    }

    let recordKeyOffsets: [Int]
    let recordKeys: [UInt64]
    let blockKeys: [UInt64]
    let blockStarts: [Int]
    let members: [UInt32]
    /// Prefix sums of block costs (pairs), for balanced parallel chunks.
    let costPrefix: [Int]
    public let window: Int
    public let statistics: Statistics

    /// - Parameters:
    ///   - keys: per record, its combined keys (``BlockingKey``), as a flat
    ///     array with `offsets` (record r owns `keys[offsets[r]..<offsets[r+1]]`).
    ///   - sortKeys: per record, the order used inside oversized blocks.
    public init(recordCount: Int, keys: [UInt64], offsets: [Int], sortKeys: [UInt64],
                maxBlockSize: Int = 400, window: Int = 15) {
        self.window = window
        // 1. All (key, record) entries, sorted by key.
        var entries = [(UInt64, UInt32)]()
        entries.reserveCapacity(keys.count)
        for record in 0..<recordCount {
            for index in offsets[record]..<offsets[record + 1] { entries.append((keys[index], UInt32(record))) }
        }
        entries.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }

        // 2. Runs of equal keys with at least two distinct records are blocks.
        var blockKeys: [UInt64] = [], blockStarts: [Int] = [0], members: [UInt32] = []
        var costPrefix: [Int] = [0]
        var stats = Statistics(keys: keys.count, blocks: 0, oversizedBlocks: 0, recordsInOversizedBlocks: 0,
                               largestBlock: 0, pairsBeforeDeduplication: 0, blocksPerRule: [:])
        var keyCounts = [Int](repeating: 0, count: recordCount)
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].0 == entries[start].0 { end += 1 }
            var run: [UInt32] = []
            run.reserveCapacity(end - start)
            for index in start..<end where run.last != entries[index].1 { run.append(entries[index].1) }
            if run.count >= 2 {
                var key = entries[start].0
                let oversized = run.count > maxBlockSize
                let cost: Int
                if oversized {
                    key |= BlockingKey.oversizedFlag
                    run.sort { sortKeys[Int($0)] != sortKeys[Int($1)] ? sortKeys[Int($0)] < sortKeys[Int($1)] : $0 < $1 }
                    stats.oversizedBlocks += 1
                    stats.recordsInOversizedBlocks += run.count
                    cost = run.count * window
                } else {
                    cost = run.count * (run.count - 1) / 2
                }
                stats.largestBlock = max(stats.largestBlock, run.count)
                stats.pairsBeforeDeduplication += cost
                let label = BlockingRule(rawValue: BlockingKey.rule(of: key))?.label ?? "?"
                stats.blocksPerRule[label, default: 0] += 1
                stats.pairsPerRule[label, default: 0] += cost
                blockKeys.append(key)
                members.append(contentsOf: run)
                blockStarts.append(members.count)
                costPrefix.append(costPrefix.last! + cost)
                for record in run { keyCounts[Int(record)] += 1 }
            }
            start = end
        }
        entries = []
        stats.blocks = blockKeys.count

        // 3. Per-record sorted lists of the keys of its (non-singleton) blocks.
        var recordKeyOffsets = [Int](repeating: 0, count: recordCount + 1)
        for record in 0..<recordCount { recordKeyOffsets[record + 1] = recordKeyOffsets[record] + keyCounts[record] }
        var fill = Array(recordKeyOffsets.dropLast())
        var recordKeys = [UInt64](repeating: 0, count: recordKeyOffsets[recordCount])
        for block in blockKeys.indices {
            for index in blockStarts[block]..<blockStarts[block + 1] {
                let record = Int(members[index])
                recordKeys[fill[record]] = blockKeys[block]
                fill[record] += 1
            }
        }
        recordKeys.withUnsafeMutableBufferPointer { buffer in
            for record in 0..<recordCount {
                var slice = UnsafeMutableBufferPointer(rebasing: buffer[recordKeyOffsets[record]..<recordKeyOffsets[record + 1]])
                slice.sort()
            }
        }
        self.recordKeyOffsets = recordKeyOffsets
        self.recordKeys = recordKeys
        self.blockKeys = blockKeys
        self.blockStarts = blockStarts
        self.members = members
        self.costPrefix = costPrefix
        statistics = stats
    }

    /// Visits every candidate pair once (i < j not guaranteed; i ≠ j), in
    /// parallel, each chunk of blocks with its own accumulator.
    ///
    /// - Parameter sampleModulo: when above 1, only pairs whose pair hash
    ///   is divisible by it are visited: a deterministic sample for training.
    ///   - rule: when given, only pairs sharing a key of this rule, each
    ///     once, whether or not an earlier rule also generates them (for
    ///     training sessions on one rule).
    public func forEachPair<A>(sampleModulo: UInt64 = 1, rule: BlockingRule? = nil, makeAccumulator: () -> A,
                               visit: (inout A, Int, Int) -> Void) -> [A] {
        forEachPair(sampleModulo: sampleModulo, rule: rule, makeScratch: {}, makeAccumulator: makeAccumulator) {
            accumulator, _, i, j in visit(&accumulator, i, j)
        }
    }

    /// As ``forEachPair(sampleModulo:rule:makeAccumulator:visit:)``, with a
    /// scratch value per worker thread (made by `makeScratch`, kept across
    /// the chunks that thread visits) for memos that must not change what
    /// `visit` computes. Accumulators are still per chunk and returned in
    /// chunk order, so the result does not depend on scheduling.
    public func forEachPair<A, S>(sampleModulo: UInt64 = 1, rule: BlockingRule? = nil, makeScratch: () -> S,
                                  makeAccumulator: () -> A, visit: (inout A, inout S, Int, Int) -> Void) -> [A] {
        let blocks = blockRange(rule: rule)
        guard !blocks.isEmpty else { return [makeAccumulator()] }
        // Chunks of roughly equal cost.
        let base = costPrefix[blocks.lowerBound]
        let totalCost = max(1, costPrefix[blocks.upperBound] - base)
        let chunkCount = min(blocks.count, 256)
        var bounds = [blocks.lowerBound]
        var block = blocks.lowerBound
        for chunk in 1..<max(1, chunkCount) {
            let target = base + totalCost / chunkCount * chunk
            while block < blocks.upperBound && costPrefix[block + 1] <= target { block += 1 }
            if block > bounds.last! { bounds.append(block) }
        }
        if bounds.last! < blocks.upperBound { bounds.append(blocks.upperBound) }
        return parallelCollect(count: bounds.count - 1, chunks: bounds.count - 1, makeState: makeScratch) { scratch, range -> A in
            var accumulator = makeAccumulator()
            for chunk in range {
                for block in bounds[chunk]..<bounds[chunk + 1] {
                    visitBlock(block, sampleModulo: sampleModulo, withinRule: rule != nil, accumulator: &accumulator,
                               scratch: &scratch, visit: visit)
                }
            }
            return accumulator
        }
    }

    /// Blocks of one rule (blocks are sorted by key, hence by rule), or all.
    func blockRange(rule: BlockingRule?) -> Range<Int> {
        guard let rule else { return 0..<blockKeys.count }
        func firstBlock(ofRuleAtLeast value: Int) -> Int {
            var low = 0, high = blockKeys.count
            while low < high {
                let middle = (low + high) / 2
                if BlockingKey.rule(of: blockKeys[middle]) >= value { high = middle } else { low = middle + 1 }
            }
            return low
        }
        return firstBlock(ofRuleAtLeast: rule.rawValue)..<firstBlock(ofRuleAtLeast: rule.rawValue + 1)
    }

    /// Upper bound on the pairs of one rule's blocks (or all blocks).
    public func pairEstimate(rule: BlockingRule? = nil) -> Int {
        let blocks = blockRange(rule: rule)
        return costPrefix[blocks.upperBound] - costPrefix[blocks.lowerBound]
    }

    @inline(__always)
    private func visitBlock<A, S>(_ block: Int, sampleModulo: UInt64, withinRule: Bool, accumulator: inout A,
                                  scratch: inout S, visit: (inout A, inout S, Int, Int) -> Void) {
        let key = blockKeys[block]
        let start = blockStarts[block], end = blockStarts[block + 1]
        let oversized = key & BlockingKey.oversizedFlag != 0
        for x in start..<end {
            let i = Int(members[x])
            let last = oversized ? min(end, x + 1 + window) : end
            for y in (x + 1)..<last {
                let j = Int(members[y])
                if sampleModulo > 1 && StableHash.pair(min(i, j), max(i, j)) % sampleModulo != 0 { continue }
                let owns = oversized ? ownsWindowPair(i, j, key: key, withinRule: withinRule)
                    : ownsPair(i, j, key: key, withinRule: withinRule)
                if owns { visit(&accumulator, &scratch, i, j) }
            }
        }
    }

    /// True when `key` is the smallest ordinary key `i` and `j` share.
    @inline(__always)
    private func ownsPair(_ i: Int, _ j: Int, key: UInt64, withinRule: Bool) -> Bool {
        var p = recordKeyOffsets[i], q = recordKeyOffsets[j]
        let floor: UInt64 = withinRule ? key & ~(BlockingKey.oversizedFlag | BlockingKey.hashMask) : 0
        let pEnd = recordKeyOffsets[i + 1], qEnd = recordKeyOffsets[j + 1]
        return recordKeys.withUnsafeBufferPointer { keys in
            while p < pEnd && q < qEnd {
                let a = keys[p], b = keys[q]
                if a < floor { p += 1; continue }
                if b < floor { q += 1; continue }
                if a == b {
                    if a == key { return true }
                    if a & BlockingKey.oversizedFlag == 0 { return false }
                    p += 1; q += 1
                } else if a < b { p += 1 } else { q += 1 }
            }
            return false
        }
    }

    /// True when `i` and `j` share no ordinary key and `key` is the smallest
    /// oversized key they share.
    @inline(__always)
    private func ownsWindowPair(_ i: Int, _ j: Int, key: UInt64, withinRule: Bool) -> Bool {
        var p = recordKeyOffsets[i], q = recordKeyOffsets[j]
        let floor: UInt64 = withinRule ? key & ~(BlockingKey.oversizedFlag | BlockingKey.hashMask) : 0
        let pEnd = recordKeyOffsets[i + 1], qEnd = recordKeyOffsets[j + 1]
        var firstOversized: UInt64? = nil
        return recordKeys.withUnsafeBufferPointer { keys in
            while p < pEnd && q < qEnd {
                let a = keys[p], b = keys[q]
                if a < floor { p += 1; continue }
                if withinRule && (a >> 60) > (key >> 60) { break }
                if b < floor { q += 1; continue }
                if a == b {
                    if a & BlockingKey.oversizedFlag == 0 { return false }
                    if firstOversized == nil { firstOversized = a }
                    p += 1; q += 1
                } else if a < b { p += 1 } else { q += 1 }
            }
            return firstOversized == key
        }
    }
}
