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
    func generation() async throws -> String {
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
        var maximum = StatementBuilder(postgres: isPostgres)
        maximum.append("SELECT MAX(key) AS top FROM knowledge_facets")
        let top = try await rows(maximum).first?.decode(column: "top", as: Int?.self) ?? 0
        var facetRows: [KnowledgeFacetCache.Row] = []
        // Ranges of keys, each read as one string, so a million records never make one huge value
        // and the driver decodes a few rows instead of millions.
        let fields = KnowledgeField.counted.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let aggregate = isPostgres ? "string_agg" : "group_concat"
        for start in stride(from: 0, through: top, by: 25_000) {
            var chunk = StatementBuilder(postgres: isPostgres)
            chunk.append("SELECT \(aggregate)(CAST(key AS TEXT) || '\u{1F}' || field || '\u{1F}' || value, '\u{1E}') AS facet_rows FROM knowledge_facets WHERE key BETWEEN ")
            chunk.bind(start); chunk.append(" AND "); chunk.bind(start + 24_999)
            chunk.append(" AND field IN (\(fields))")
            guard let text = try await rows(chunk).first?.decode(column: "facet_rows", as: String?.self) else { continue }
            Self.parseFacetRows(text, into: &facetRows)
        }
        let after = try await generation()
        guard before == after else { return false }
        loaded = KnowledgeFacetCache.snapshot(generation: after, rows: facetRows)
        return true
    }

    /// Reads `key␟field␟value` rows separated by `␞`, byte by byte: a million
    /// records make tens of megabytes, too many to split as `Character`s.
    static func parseFacetRows(_ text: String, into rows: inout [KnowledgeFacetCache.Row]) {
        var text = text
        text.withUTF8 { bytes in
            var position = 0
            while position < bytes.count {
                var end = position
                while end < bytes.count, bytes[end] != 0x1E { end += 1 }
                var parts: [Range<Int>] = []
                var from = position
                for index in position..<end where bytes[index] == 0x1F && parts.count < 2 {
                    parts.append(from..<index)
                    from = index + 1
                }
                parts.append(from..<end)
                if parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy({ (0x30...0x39).contains(bytes[$0]) }),
                   let key = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[parts[0]]), as: UTF8.self)),
                   let field = KnowledgeField(rawValue: String(decoding: UnsafeBufferPointer(rebasing: bytes[parts[1]]), as: UTF8.self)) {
                    rows.append(KnowledgeFacetCache.Row(key: key, field: field, value: String(decoding: UnsafeBufferPointer(rebasing: bytes[parts[2]]), as: UTF8.self)))
                }
                position = end + 1
            }
        }
    }
}
