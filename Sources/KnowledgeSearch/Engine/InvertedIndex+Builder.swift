extension InvertedIndex {
    /// Collects records in ascending key order, then makes the index.
    ///
    /// Stems come from outside (the database's own stemmer): before adding a
    /// record, pass its tokens to `unknown(_:)` and the stems of those to `learn(_:)`.
    public struct Builder: Sendable {
        private var termOfToken: [String: Int32] = [:]
        private var termOfStem: [String: Int32] = [:]
        /// Tokens the database does not make exactly one stem of; records keep them out of their postings.
        private var irregular: Set<String> = []
        private var postings: [PostingList] = []
        private var lengths: [Int32] = []
        private var sortDates: [String] = []
        private var indexed: [Int] = []
        private var values: [IndexedValue] = []
        private var valueIDs: [String: Int32] = [:]
        private var facetKeys: [Int32] = []
        private var facetIDs: [Int32] = []
        private var frequencies: [Int32: Int] = [:]

        public init() {}

        /// The tokens among `tokens` whose stems are not yet known.
        public func unknown(_ tokens: some Sequence<String>) -> [String] {
            tokens.filter { termOfToken[$0] == nil && !irregular.contains($0) }
        }

        /// Records each token's stem; `nil` when the database makes no single stem of it.
        public mutating func learn(_ stems: [String: String?]) {
            for (token, stem) in stems {
                guard let stem else {
                    irregular.insert(token)
                    continue
                }
                let term = termOfStem[stem] ?? Int32(postings.count)
                if term == Int32(postings.count) {
                    termOfStem[stem] = term
                    postings.append(PostingList())
                }
                termOfToken[token] = term
            }
        }

        /// Adds a record; keys must ascend, and every token must have been learned.
        public mutating func add(key: Int, sortDate: String, length: Int, tokenCounts: [String: Int]) {
            precondition(key > (indexed.last ?? -1), "records must be added in ascending key order")
            frequencies.removeAll(keepingCapacity: true)
            for (token, count) in tokenCounts {
                guard let term = termOfToken[token] else {
                    precondition(irregular.contains(token), "the stem of '\(token)' was not learned")
                    continue
                }
                frequencies[term, default: 0] += count
            }
            for (term, frequency) in frequencies { postings[Int(term)].append(key: key, frequency: frequency) }
            if lengths.count <= key {
                lengths += [Int32](repeating: 0, count: key + 1 - lengths.count)
                sortDates += [String](repeating: "", count: key + 1 - sortDates.count)
            }
            lengths[key] = Int32(clamping: length)
            sortDates[key] = sortDate
            indexed.append(key)
        }

        /// Adds a field value of a record, in any order.
        public mutating func addFacet(key: Int, field: String, value: String, number: Int?) {
            let name = field + "\u{1F}" + value
            let id = valueIDs[name] ?? Int32(values.count)
            if id == Int32(values.count) {
                valueIDs[name] = id
                values.append(IndexedValue(field: field, value: value, number: number))
            }
            facetKeys.append(Int32(key))
            facetIDs.append(id)
        }

        /// The index, at `generation`. Field values of keys never added are dropped.
        public consuming func finish(generation: String) -> InvertedIndex {
            let capacity = max(lengths.count, Int(facetKeys.max() ?? -1) + 1)
            var keys = KeySet(capacity: capacity)
            for key in indexed { keys.insert(key) }
            lengths += [Int32](repeating: 0, count: capacity - lengths.count)
            sortDates += [String](repeating: "", count: capacity - sortDates.count)
            var pairs: (keys: [Int32], ids: [Int32]) = ([], [])
            for (key, id) in zip(facetKeys, facetIDs) where keys.contains(Int(key)) {
                pairs.keys.append(key)
                pairs.ids.append(id)
            }
            for index in postings.indices { postings[index].compact() }
            return InvertedIndex(generation: generation, termOfToken: termOfToken, termOfStem: termOfStem, postings: postings, lengths: lengths, sortDates: sortDates,
                                 keys: keys, facets: FacetColumns(values: values, keys: pairs.keys, ids: pairs.ids, capacity: capacity))
        }
    }
}
