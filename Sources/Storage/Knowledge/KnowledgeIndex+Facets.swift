import Foundation
import KnowledgeBase
import KnowledgeSearch
import SQLKit

extension KnowledgeIndex {
    /// The `settings` row whose value changes with every write to the index.
    static let generationKey = "knowledge_index_generation"

    /// Marks the index as changed, in the caller's transaction, so facet
    /// caches (`KnowledgeFacetCache`) know to reload. A fresh random token
    /// rather than a counter, so a database emptied and refilled never repeats one.
    func touch() async throws {
        var builder = StatementBuilder(postgres: isPostgres)
        builder.append("INSERT INTO settings (key, value) VALUES ('\(Self.generationKey)', ")
        builder.bind(UUID().uuidString)
        builder.append(") ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        try await execute(builder)
    }

    /// The facet counts of `query` from the cache, given the generation and
    /// hit keys its search read, or `nil` when the cache cannot answer
    /// (another search is reloading it) and SQL must count.
    func cachedFacetCounts(_ query: SearchQuery?, generation: String, keys: String, cache: KnowledgeFacetCache) async throws -> [KnowledgeField: [FacetCount]]? {
        guard !cache.isDisabled else { return nil }
        var (generation, keys) = (generation, keys)
        for attempt in 0..<2 {
            if let counts = query == nil ? cache.countsOfAll(at: generation) : cache.counts(ofKeys: keys, at: generation) { return counts }
            guard attempt == 0, try await load(cache) else { return nil }
            // The index may have changed since the search read it: read again, at the loaded generation or later.
            if let query { (generation, keys) = try await hitKeys(query) } else { generation = try await self.generation() }
        }
        return nil
    }

    /// The index's generation token ("" before the first write).
    public func generation() async throws -> String {
        var builder = StatementBuilder(postgres: isPostgres)
        builder.append("SELECT value FROM settings WHERE key = '\(Self.generationKey)'")
        return try await rows(builder).first?.decode(column: "value", as: String.self) ?? ""
    }

    /// The keys of the records matching `query`, comma-separated, with the
    /// generation read in the same statement, so both come from one snapshot.
    func hitKeys(_ query: SearchQuery) async throws -> (generation: String, keys: String) {
        var builder = StatementBuilder(postgres: isPostgres)
        let list = isPostgres ? "string_agg(CAST(h.key AS TEXT), ',')" : "group_concat(h.key)"
        builder.append("SELECT (SELECT value FROM settings WHERE key = '\(Self.generationKey)') AS generation, \(list) AS keys FROM (")
        appendHits(query, ranked: false, to: &builder)
        builder.append(") h")
        guard let row = try await rows(builder).first else { return ("", "") }
        return (try row.decode(column: "generation", as: String?.self) ?? "", try row.decode(column: "keys", as: String?.self) ?? "")
    }

    /// Reads every counted facet row into `cache`. Returns `false` without
    /// loading when another search is loading, or when the index changed
    /// while it read (the rows might mix two generations).
    func load(_ cache: KnowledgeFacetCache) async throws -> Bool {
        guard cache.beginLoading() else { return false }
        var loaded: KnowledgeFacetCache.Snapshot?
        defer { cache.finishLoading(loaded) }
        let before = try await generation()
        // One row per facet value with the keys that have it: a few hundred rows
        // read in index order, rather than a row per record and value.
        let fields = KnowledgeField.counted.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        var statement = StatementBuilder(postgres: isPostgres)
        statement.append("SELECT field, value, \(isPostgres ? "string_agg(CAST(key AS TEXT), ',')" : "group_concat(key)") AS keys ")
        statement.append("FROM knowledge_facets WHERE field IN (\(fields)) GROUP BY field, value")
        var values: [(field: KnowledgeField, value: String)] = []
        var keys: [Int32] = []
        var ids: [Int32] = []
        for row in try await rows(statement) {
            guard let field = KnowledgeField(rawValue: try row.decode(column: "field", as: String.self)) else { continue }
            let id = Int32(values.count)
            values.append((field, try row.decode(column: "value", as: String.self)))
            var list = try row.decode(column: "keys", as: String.self)
            let fits: Bool = list.withUTF8 { bytes in
                var key = 0
                for byte in bytes {
                    if byte == 0x2C {
                        keys.append(Int32(key)); ids.append(id); key = 0
                    } else {
                        key = key * 10 + Int(byte &- 0x30)
                        guard key <= Int32.max else { return false }
                    }
                }
                if !bytes.isEmpty { keys.append(Int32(key)); ids.append(id) }
                return true
            }
            // Search keys count up from 1; two billion records is beyond this cache, and SQL counts.
            guard fits else {
                cache.disable()
                return false
            }
        }
        let after = try await generation()
        guard before == after else { return false }
        loaded = KnowledgeFacetCache.snapshot(generation: after, values: values, keys: keys, ids: ids)
        return true
    }
}
