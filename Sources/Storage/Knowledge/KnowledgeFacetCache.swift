import Foundation
import KnowledgeBase
import KnowledgeSearch

/// The counted facet values of every indexed record, held in memory, so that
/// the counts beside a search are a loop over its hits' keys instead of a join
/// and a `GROUP BY` in the database.
///
/// Why: at 100,000 records a word such as `labour` matches 80,000 records with
/// 1.5 million facet rows. SQLite took 3 to 6 seconds to join and group them,
/// PostgreSQL about a second; counting them here takes a few milliseconds.
///
/// The counts stay exact. Every write to the index stores a new generation
/// token in the same transaction (`KnowledgeIndex.touch`), and a search reads
/// the token in the very statement that lists its hits; the cache answers only
/// when it was loaded at that token and knows every hit, and otherwise the
/// search reloads it (or, while another search is reloading, counts in SQL).
/// One cache serves one database: `LibertasContext` holds it.
public final class KnowledgeFacetCache: @unchecked Sendable {
    private let lock = NSLock()
    private var snapshot: Snapshot?
    private var loading = false
    private var disabled = false

    public init() {}

    /// The facet values of every record at one generation.
    struct Snapshot: Sendable {
        let generation: String
        /// Each key's (field, value) pairs; a key with none is not indexed.
        let columns: FacetColumns<FacetValue>
        /// Counts over every record, for the empty query.
        let all: [Int]
    }

    /// A distinct (field, value) pair.
    typealias FacetValue = (field: KnowledgeField, value: String)

    /// One facet row as loaded.
    struct Row {
        let key: Int
        let field: KnowledgeField
        let value: String
    }

    // MARK: Reading

    /// The counts over every indexed record, if the cache is at `generation`.
    func countsOfAll(at generation: String) -> [KnowledgeField: [FacetCount]]? {
        guard let snapshot = current(generation) else { return nil }
        return Self.facets(snapshot.all, snapshot.columns.values)
    }

    /// The counts over the records whose keys `list` holds (decimal, comma
    /// separated, as `group_concat` writes them), if the cache is at
    /// `generation` and knows every one of them.
    func counts(ofKeys list: String, at generation: String) -> [KnowledgeField: [FacetCount]]? {
        guard let snapshot = current(generation) else { return nil }
        let columns = snapshot.columns
        var counts = [Int](repeating: 0, count: columns.values.count)
        var list = list
        let known: Bool = list.withUTF8 { bytes in
            var key = 0
            var digits = 0
            func add() -> Bool {
                guard digits > 0 else { return true }
                guard key < columns.capacity else { return false }
                let ids = columns.ids(of: key)
                guard !ids.isEmpty else { return false }
                for id in ids { counts[Int(id)] += 1 }
                return true
            }
            for byte in bytes {
                if byte >= 0x30 && byte <= 0x39 {
                    key = key &* 10 &+ Int(byte - 0x30)
                    digits += 1
                } else {
                    guard add() else { return false }
                    key = 0
                    digits = 0
                }
            }
            return add()
        }
        return known ? Self.facets(counts, columns.values) : nil
    }

    private func current(_ generation: String) -> Snapshot? {
        lock.withLock { snapshot?.generation == generation ? snapshot : nil }
    }

    /// Counts by field, largest first, then by value: the order SQL counts are returned in.
    static func facets(_ counts: [Int], _ values: [FacetValue]) -> [KnowledgeField: [FacetCount]] {
        var result: [KnowledgeField: [FacetCount]] = [:]
        for (id, count) in counts.enumerated() where count > 0 {
            result[values[id].field, default: []].append(FacetCount(value: values[id].value, count: count))
        }
        for (field, list) in result {
            result[field] = list.sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
        }
        return result
    }

    // MARK: Loading

    /// Whether the cache has given up (keys beyond its 32-bit arrays), leaving counts to SQL.
    var isDisabled: Bool { lock.withLock { disabled } }

    func disable() {
        lock.withLock { disabled = true }
    }

    /// Claims the right to load; `false` when another search is loading already.
    func beginLoading() -> Bool {
        lock.withLock {
            if loading { return false }
            loading = true
            return true
        }
    }

    /// Installs what was loaded (or nothing, when the load failed or raced a write) and releases the claim.
    func finishLoading(_ loaded: Snapshot?) {
        lock.withLock {
            if let loaded { snapshot = loaded }
            loading = false
        }
    }

    /// Builds a snapshot from facet rows in any order.
    static func snapshot(generation: String, rows: [Row]) -> Snapshot {
        var values: [FacetValue] = []
        var idOf: [String: Int32] = [:]
        var keys: [Int32] = []
        var ids: [Int32] = []
        for row in rows {
            let name = row.field.rawValue + "\u{1F}" + row.value
            let id = idOf[name] ?? Int32(values.count)
            if id == Int32(values.count) {
                idOf[name] = id
                values.append((row.field, row.value))
            }
            keys.append(Int32(row.key))
            ids.append(id)
        }
        return snapshot(generation: generation, values: values, keys: keys, ids: ids)
    }

    /// Builds a snapshot from (key, value id) pairs in any order; `values` names the ids.
    static func snapshot(generation: String, values: [FacetValue], keys: [Int32], ids: [Int32]) -> Snapshot {
        var all = [Int](repeating: 0, count: values.count)
        for id in ids { all[Int(id)] += 1 }
        return Snapshot(generation: generation, columns: FacetColumns(values: values, keys: keys, ids: ids, capacity: Int(keys.max() ?? -1) + 1), all: all)
    }
}
