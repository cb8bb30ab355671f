import Foundation

extension InvertedIndex {
    /// Result order.
    public enum Order: Sendable {
        /// By `score` ascending (best first), then key.
        case relevance
        /// By date, newest first, then key descending.
        case newest
        /// By date, oldest first, then key.
        case oldest
    }

    /// Where the previous page ended.
    public struct Cursor: Sendable {
        public let score: Double
        public let date: String
        public let key: Int

        public init(score: Double, date: String, key: Int) {
            self.score = score
            self.date = date
            self.key = key
        }
    }

    /// A matching record.
    public struct Hit: Sendable, Equatable {
        public let key: Int
        /// SQLite's `bm25()`: lower is better; 0 when the order is not by relevance.
        public let score: Double
        public let sortDate: String
    }

    /// One page of matches, with counts over all of them.
    public struct Page: Sendable {
        /// Up to `limit` hits after the cursor.
        public let hits: [Hit]
        /// Whether more hits follow.
        public let more: Bool
        /// Every matching record.
        public let total: Int
        /// For each counted field, its values' counts over all matches, largest first, then by value.
        public let counts: [String: [(value: String, count: Int)]]
    }

    /// Runs `plan` (`nil`: every record) and returns one page in `order` after
    /// `after`, with the counts of the values of `countedFields` over all matches.
    public func search(_ plan: Plan?, order: Order, after: Cursor?, limit: Int, countedFields: Set<String>) -> Page {
        let matches = plan.map { evaluate($0.root) } ?? keys
        let scores = order == .relevance ? plan?.ranked.map { score($0, of: matches) } : nil
        let last = after.map { Hit(key: $0.key, score: $0.score, sortDate: $0.date) }
        var best = TopHits(limit: limit + 1, order: order)
        matches.forEach { key in
            let score = scores.map { -1.0 * $0[key] } ?? 0
            // Most of a broad query's matches lose on score alone: skip reading their dates.
            if order == .relevance, let worst = best.worst, !(score < worst.score || (score == worst.score && key < worst.key)) { return }
            let hit = Hit(key: key, score: score, sortDate: sortDates[key])
            if let last, !Self.isBefore(last, hit, order) { return }
            best.offer(hit)
        }
        var hits = best.hits
        let more = hits.count > limit
        if more { hits.removeLast() }
        return Page(hits: hits, more: more, total: matches.count, counts: counts(of: matches, fields: countedFields))
    }

    /// The keys matching `node`.
    func evaluate(_ node: Plan.Node) -> KeySet {
        switch node {
        case .term(let term):
            var set = KeySet(capacity: keys.capacity)
            postings[Int(term)].insertKeys(into: &set)
            return set
        case .nothing:
            return KeySet(capacity: keys.capacity)
        case .filter(let filter):
            var set = KeySet(capacity: keys.capacity)
            for (id, accepted) in facets.accepted(by: filter).enumerated() where accepted {
                for key in keysOfValue[id] { set.insert(Int(key)) }
            }
            if filter.negated {
                var all = keys
                all.subtract(set)
                return all
            }
            return set
        case .all(let children):
            var set = keys
            for child in children { set.formIntersection(evaluate(child)) }
            return set
        case .any(let children):
            var set = KeySet(capacity: keys.capacity)
            for child in children { set.formUnion(evaluate(child)) }
            return set
        case .not(let child):
            var set = keys
            set.subtract(evaluate(child))
            return set
        }
    }

    /// SQLite FTS5's `bm25()` before its sign change, by key, for the keys in
    /// `matches`: the same formula (k1 = 1.2, b = 0.75, IDF floored at 1e-6)
    /// with the same operations in the same order, so the two agree exactly
    /// when their terms and lengths do.
    ///
    /// As in FTS5, a phrase counts in a row only where its branch of the
    /// expression holds: every `AND` above it matches the row, and it is not
    /// on the right of a `NOT`.
    func score(_ expression: Plan.Ranked, of matches: KeySet) -> [Double] {
        var leaves: [(term: Int32, gate: KeySet)] = []
        func collect(_ node: Plan.Ranked, gate: KeySet, isRoot: Bool) {
            switch node {
            case .term(let term): leaves.append((term, gate))
            case .nothing: break
            case .any(let children):
                for child in children { collect(child, gate: gate, isRoot: false) }
            case .all(let children):
                var narrowed = gate
                // Every match satisfies the root already.
                if !isRoot { narrowed.formIntersection(keys(of: node)) }
                for child in children { collect(child, gate: narrowed, isRoot: false) }
            case .not(let left, _):
                var narrowed = gate
                if !isRoot { narrowed.formIntersection(keys(of: node)) }
                collect(left, gate: narrowed, isRoot: false)
            }
        }
        collect(expression, gate: matches, isRoot: true)
        var scores = [Double](repeating: 0, count: keys.capacity)
        let k1 = 1.2, b = 0.75
        let rows = keys.count
        let averageLength = Double(totalLength) / Double(rows)
        scores.withUnsafeMutableBufferPointer { scores in
            lengths.withUnsafeBufferPointer { lengths in
                for (term, gate) in leaves {
                    let list = postings[Int(term)]
                    var idf = log((Double(rows - list.count) + 0.5) / (Double(list.count) + 0.5))
                    if idf <= 0 { idf = 1e-6 }
                    gate.withUnsafeWords { gate in
                        list.forEach { key, count in
                            guard gate[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return }
                            let frequency = Double(count), length = Double(lengths[key])
                            scores[key] += idf * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / averageLength)))
                        }
                    }
                }
            }
        }
        return scores
    }

    /// The keys whose text satisfies a MATCH expression.
    private func keys(of node: Plan.Ranked) -> KeySet {
        switch node {
        case .term(let term): return evaluate(.term(term))
        case .nothing: return KeySet(capacity: keys.capacity)
        case .all(let children):
            var set = keys
            for child in children { set.formIntersection(keys(of: child)) }
            return set
        case .any(let children):
            var set = KeySet(capacity: keys.capacity)
            for child in children { set.formUnion(keys(of: child)) }
            return set
        case .not(let left, let right):
            var set = keys(of: left)
            set.subtract(keys(of: right))
            return set
        }
    }

    /// Counts of the values of `fields` over `matches`.
    func counts(of matches: KeySet, fields: Set<String>) -> [String: [(value: String, count: Int)]] {
        let counted = facets.values.map { fields.contains($0.field) }
        var tally = [Int](repeating: 0, count: facets.values.count)
        tally.withUnsafeMutableBufferPointer { tally in
            counted.withUnsafeBufferPointer { counted in
                matches.forEach { key in
                    for id in facets.ids(of: key) where counted[Int(id)] { tally[Int(id)] += 1 }
                }
            }
        }
        var result: [String: [(value: String, count: Int)]] = [:]
        for (id, count) in tally.enumerated() where count > 0 {
            result[facets.values[id].field, default: []].append((facets.values[id].value, count))
        }
        for (field, list) in result {
            result[field] = list.sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
        }
        return result
    }

    /// Whether `a` comes before `b` in `order`.
    static func isBefore(_ a: Hit, _ b: Hit, _ order: Order) -> Bool {
        switch order {
        case .relevance: a.score < b.score || (a.score == b.score && a.key < b.key)
        case .newest: a.sortDate > b.sortDate || (a.sortDate == b.sortDate && a.key > b.key)
        case .oldest: a.sortDate < b.sortDate || (a.sortDate == b.sortDate && a.key < b.key)
        }
    }
}

/// The first `limit` hits in an order, kept sorted while hits are offered one by one.
struct TopHits {
    let limit: Int
    let order: InvertedIndex.Order
    private(set) var hits: [InvertedIndex.Hit] = []

    /// The last hit kept, once `limit` are kept: a hit must come before it to enter.
    var worst: InvertedIndex.Hit? {
        hits.count == limit ? hits.last : nil
    }

    init(limit: Int, order: InvertedIndex.Order) {
        self.limit = limit
        self.order = order
        hits.reserveCapacity(limit)
    }

    mutating func offer(_ hit: InvertedIndex.Hit) {
        if hits.count == limit {
            guard let last = hits.last, InvertedIndex.isBefore(hit, last, order) else { return }
            hits.removeLast()
        }
        var index = hits.count
        while index > 0 && InvertedIndex.isBefore(hit, hits[index - 1], order) { index -= 1 }
        hits.insert(hit, at: index)
    }
}
