/// The portal's published records held in memory for search: each term's
/// postings, each record's length, date and field values.
///
/// Why: at 100,000 court decisions, a query that no cache has seen spent most
/// of its time inside the database, scoring every match (`bm25` reads each
/// hit's size; `ts_rank` decompresses each hit's vector) and intersecting the
/// matches with filters. Here a two-word query with a year range is a few
/// bitmap operations and one pass over two posting lists.
///
/// The index is exact, not approximate: its terms are the database's own
/// (each token's stem is asked of SQLite's Porter tokenizer or PostgreSQL's
/// text search configuration when the index is built), its scores are
/// SQLite FTS5's `bm25()` computed the same way, and it answers only queries
/// whose every word it knows (`plan(_:)`); the rest go to the database.
/// A snapshot belongs to one index generation and is never changed.
public final class InvertedIndex: Sendable {
    /// The index generation this snapshot was built at.
    public let generation: String
    /// Token → term id. Tokens that stem alike (`recruited`, `recruitment`) share a term.
    let termOfToken: [String: Int32]
    /// Stem → term id, for query words that no record has but whose stem one does.
    let termOfStem: [String: Int32]
    /// Postings by term id.
    let postings: [PostingList]
    /// Tokens per record, by key.
    let lengths: [Int32]
    /// `sort_date` by key.
    let sortDates: [String]
    /// The indexed keys.
    let keys: KeySet
    let totalLength: Int
    let facets: FacetColumns<IndexedValue>
    /// The keys having each facet value, ascending, by value id.
    let keysOfValue: [[Int32]]

    init(generation: String, termOfToken: [String: Int32], termOfStem: [String: Int32], postings: [PostingList], lengths: [Int32], sortDates: [String],
         keys: KeySet, facets: FacetColumns<IndexedValue>) {
        self.generation = generation
        self.termOfToken = termOfToken
        self.termOfStem = termOfStem
        self.postings = postings
        self.lengths = lengths
        self.sortDates = sortDates
        self.keys = keys
        var total = 0
        keys.forEach { total += Int(lengths[$0]) }
        self.totalLength = total
        self.facets = facets
        var keysOfValue = [[Int32]](repeating: [], count: facets.values.count)
        for key in 0..<facets.capacity {
            for id in facets.ids(of: key) { keysOfValue[Int(id)].append(Int32(key)) }
        }
        self.keysOfValue = keysOfValue
    }

    /// The number of indexed records.
    public var count: Int { keys.count }

    /// The number of distinct terms.
    public var termCount: Int { postings.count }

    /// The number of postings: (term, record) pairs.
    public var postingCount: Int { postings.reduce(0) { $0 + $1.count } }

    /// How often each distinct token occurs in indexed text (`IndexText`), and how many tokens it has.
    public static func tokenCounts(ofIndexText text: String) -> (counts: [String: Int], length: Int) {
        var counts: [String: Int] = [:]
        let tokens = Tokenizer.tokens(normalised: text)
        for token in tokens { counts[token, default: 0] += 1 }
        return (counts, tokens.count)
    }
}
