/// u probabilities from random pairs: among pairs of records drawn at
/// random, almost none are the same person, so the share of random pairs
/// at each level estimates P(level | non-match).
public enum UEstimation {
    /// Level counts per field over `pairs` seeded random pairs (i ≠ j),
    /// smoothed by half a pair per level so that no u is zero.
    ///
    /// Returns u[field][level]; index 0 (null) is computed but unused.
    public static func estimate(comparator: some PairComparator, pairs: Int, seed: UInt64) -> [[Double]] {
        estimateWithNulls(comparator: comparator, pairs: pairs, seed: seed).u
    }

    /// u as above, and per field the share of random pairs with a value
    /// missing on either side (the null level).
    public static func estimateWithNulls(comparator: some PairComparator, pairs: Int, seed: UInt64) -> (u: [[Double]], nullShare: [Double]) {
        let schema = comparator.schema
        let n = comparator.recordCount
        guard n > 1 else {
            return (schema.fields.map { [Double](repeating: 1 / Double($0.levels.count), count: $0.levels.count) },
                    schema.fields.map { _ in 0 })
        }
        let chunks = 64
        let perChunk = (pairs + chunks - 1) / chunks
        let counts = parallelCollect(count: chunks, chunks: chunks, makeState: comparator.makeScratch) { scratch, range -> [[Double]] in
            var local = schema.fields.map { [Double](repeating: 0, count: $0.levels.count) }
            for chunk in range {
                // One generator per chunk, seeded from the chunk number, so
                // the sample does not depend on thread scheduling.
                var generator = SeededGenerator(seed: seed &+ UInt64(chunk) &* 0x9E37_79B9)
                for _ in 0..<perChunk {
                    let i = Int.random(in: 0..<n, using: &generator)
                    var j = Int.random(in: 0..<(n - 1), using: &generator)
                    if j >= i { j += 1 }
                    let vector = comparator.compare(i, j, scratch: &scratch)
                    for field in 0..<schema.fields.count { local[field][Int(vector.levels[field])] += 1 }
                }
            }
            return local
        }
        var total = schema.fields.map { [Double](repeating: 0.5, count: $0.levels.count) }
        for local in counts {
            for field in total.indices { for level in total[field].indices { total[field][level] += local[field][level] } }
        }
        let u = total.map { levels in
            let nonNull = levels.dropFirst().reduce(0, +)
            return levels.enumerated().map { $0.offset == 0 ? 0 : $0.element / nonNull }
        }
        return (u, total.map { $0[0] / $0.reduce(0, +) })
    }
}
