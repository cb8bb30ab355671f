import KnowledgeBase
import KnowledgeSearch
import SQLKit

extension KnowledgeIndex {
    /// Runs a search. With a `KnowledgeFacetCache`, one statement finds the
    /// matches once and returns both the page and the matches' keys (with the
    /// index generation) for the cache to count; without one, a second
    /// statement counts the facets in SQL.
    ///
    /// - Parameter generation: the index generation, when the caller has just
    ///   read it (the portal's result cache does), so it is not read again.
    public func search(_ request: KnowledgeSearchRequest, generation: String? = nil) async throws -> KnowledgeSearchResult {
        let sort = request.query.map { Self.ranks($0, postgres: isPostgres) } == true ? request.sort : (request.sort == .relevance ? .newest : request.sort)
        if let engine, let result = try await searchInMemory(request, sort: sort, engine: engine, generation: generation) { return result }
        var statement = StatementBuilder(postgres: isPostgres)
        // A broad query's matching and scoring are nearly all its cost: done once
        // when both the page and the key list read them.
        let listsKeys = facetCache != nil && request.query != nil
        statement.append(listsKeys ? "WITH hits AS MATERIALIZED (" : "WITH hits AS (")
        // Scoring every match is most of a broad search's cost; date orders do without it.
        appendHits(request.query, ranked: sort == .relevance, to: &statement)
        statement.append(") SELECT 0 AS part, key, score, sort_date, NULL AS generation, NULL AS keys FROM (")
        appendPage(sort: sort, after: request.after, limit: request.limit + 1, to: &statement)
        statement.append(") page")
        if facetCache != nil {
            let list = listsKeys ? (isPostgres ? "string_agg(CAST(key AS TEXT), ',')" : "group_concat(key)") : "NULL"
            statement.append(" UNION ALL SELECT 1, NULL, NULL, NULL, (SELECT value FROM settings WHERE key = '\(Self.generationKey)'), \(list)")
            if listsKeys { statement.append(" FROM hits") }
        }
        switch sort {
        case .relevance: statement.append(" ORDER BY part, score, key")
        case .newest: statement.append(" ORDER BY part, sort_date DESC, key DESC")
        case .oldest: statement.append(" ORDER BY part, sort_date, key")
        }
        var hits: [KnowledgeHit] = []
        var summary: (generation: String, keys: String)?
        for row in try await rows(statement) {
            if try row.decode(column: "part", as: Int.self) == 1 {
                summary = (try row.decode(column: "generation", as: String?.self) ?? "", try row.decode(column: "keys", as: String?.self) ?? "")
                continue
            }
            hits.append(KnowledgeHit(key: try row.decode(column: "key", as: Int.self), score: try row.decode(column: "score", as: Double.self),
                                     sortDate: try row.decode(column: "sort_date", as: String.self)))
        }
        let more = hits.count > request.limit
        if more { hits.removeLast() }
        var facets: [KnowledgeField: [FacetCount]]?
        if let facetCache, let summary {
            facets = try await cachedFacetCounts(request.query, generation: summary.generation, keys: summary.keys, cache: facetCache)
        }
        if facets == nil { facets = try await facetCounts(request.query) }
        let total = facets![.type, default: []].reduce(0) { $0 + $1.count }
        return KnowledgeSearchResult(hits: hits, total: total, facets: facets!, next: more ? hits.last.map { KnowledgeCursor(sort: sort, hit: $0) } : nil)
    }

    /// The search answered by the in-memory index, or `nil` when it is not at
    /// the database's generation or does not take the query.
    private func searchInMemory(_ request: KnowledgeSearchRequest, sort: KnowledgeSearchRequest.Sort, engine: KnowledgeSearchEngine,
                                generation known: String?) async throws -> KnowledgeSearchResult? {
        guard engine.current != nil else { return nil }
        let generation = if let known { known } else { try await generation() }
        guard let index = engine.index(at: generation) else { return nil }
        var plan: InvertedIndex.Plan?
        if let query = request.query {
            let unknown = index.unknownTokens(query)
            let stems = unknown.isEmpty ? [:] : try await engine.stems(of: unknown, from: self)
            guard let made = index.plan(query, stems: stems) else { return nil }
            plan = made
        }
        let order: InvertedIndex.Order = switch sort {
        case .relevance: .relevance
        case .newest: .newest
        case .oldest: .oldest
        }
        let page = index.search(plan, order: order, after: request.after.map { InvertedIndex.Cursor(score: $0.score, date: $0.date, key: $0.key) },
                                limit: request.limit, countedFields: Self.countedFieldNames)
        let hits = page.hits.map { KnowledgeHit(key: $0.key, score: $0.score, sortDate: $0.sortDate) }
        var facets: [KnowledgeField: [FacetCount]] = [:]
        for (name, counts) in page.counts {
            guard let field = KnowledgeField(rawValue: name) else { continue }
            facets[field] = counts.map { FacetCount(value: $0.value, count: $0.count) }
        }
        return KnowledgeSearchResult(hits: hits, total: page.total, facets: facets, next: page.more ? hits.last.map { KnowledgeCursor(sort: sort, hit: $0) } : nil)
    }

    static let countedFieldNames = Set(KnowledgeField.counted.map(\.rawValue))

    /// `SELECT key, score, sort_date` of one page of `hits`, after the cursor, in `sort` order.
    private func appendPage(sort: KnowledgeSearchRequest.Sort, after: KnowledgeCursor?, limit: Int, to page: inout StatementBuilder) {
        switch sort {
        case .relevance:
            // Rank and cut first, so only the page's rows are joined for their dates.
            page.append("SELECT r.key AS key, r.score AS score, i.sort_date AS sort_date FROM (SELECT h.key AS key, h.score AS score FROM hits h")
            if let after {
                page.append(" WHERE (h.score > "); page.bind(after.score); page.append(" OR (h.score = "); page.bind(after.score)
                page.append(" AND h.key > "); page.bind(after.key); page.append("))")
            }
            page.append(" ORDER BY h.score, h.key LIMIT "); page.bind(limit)
            page.append(") r JOIN knowledge_index i ON i.key = r.key")
        case .newest, .oldest:
            page.append("SELECT h.key AS key, h.score AS score, i.sort_date AS sort_date FROM hits h JOIN knowledge_index i ON i.key = h.key")
            let direction = sort == .newest ? "<" : ">"
            if let after {
                page.append(" WHERE (i.sort_date \(direction) "); page.bind(after.date); page.append(" OR (i.sort_date = "); page.bind(after.date)
                page.append(" AND h.key \(direction) "); page.bind(after.key); page.append("))")
            }
            page.append(sort == .newest ? " ORDER BY i.sort_date DESC, h.key DESC LIMIT " : " ORDER BY i.sort_date, h.key LIMIT ")
            page.bind(limit)
        }
    }

    /// Whether the published record `key` matches `query` (saved-search alerts).
    public func matches(_ query: SearchQuery, key: Int) async throws -> Bool {
        var builder = StatementBuilder(postgres: isPostgres)
        builder.append("SELECT h.key AS key FROM (")
        appendHits(query, ranked: false, to: &builder)
        builder.append(") h WHERE h.key = ")
        builder.bind(key)
        return try await !rows(builder).isEmpty
    }

    /// Value counts of the counted fields over all records matching `query`.
    func facetCounts(_ query: SearchQuery?) async throws -> [KnowledgeField: [FacetCount]] {
        var builder = StatementBuilder(postgres: isPostgres)
        let fields = KnowledgeField.counted.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        if query == nil {
            builder.append("SELECT f.field AS field, f.value AS value, COUNT(*) AS n FROM knowledge_facets f WHERE f.field IN (\(fields)) GROUP BY f.field, f.value")
        } else {
            builder.append("WITH hits AS (")
            appendHits(query, ranked: false, to: &builder)
            builder.append(") SELECT f.field AS field, f.value AS value, COUNT(*) AS n FROM knowledge_facets f JOIN hits h ON h.key = f.key WHERE f.field IN (\(fields)) GROUP BY f.field, f.value")
        }
        var counts: [KnowledgeField: [FacetCount]] = [:]
        for row in try await rows(builder) {
            guard let field = KnowledgeField(rawValue: try row.decode(column: "field", as: String.self)) else { continue }
            counts[field, default: []].append(FacetCount(value: try row.decode(column: "value", as: String.self), count: try row.decode(column: "n", as: Int.self)))
        }
        for (field, values) in counts {
            counts[field] = values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
        }
        return counts
    }

    /// `SELECT key, score FROM … WHERE <query>`: the matching published
    /// records, scored (lower is better) when `ranked`, else with score 0.
    func appendHits(_ query: SearchQuery?, ranked: Bool, to builder: inout StatementBuilder) {
        let zero = "CAST(0 AS DOUBLE PRECISION)"
        guard let query else {
            builder.append("SELECT key, \(zero) AS score FROM knowledge_index")
            return
        }
        if isPostgres {
            let plan = PostgresCompiler.compile(query)
            builder.append("SELECT key, ")
            if ranked, let tsquery = plan.tsquery {
                builder.append("CAST(-ts_rank(vector, to_tsquery('\(Self.textSearchConfiguration)', ")
                builder.bind(tsquery)
                builder.append(")) AS DOUBLE PRECISION)")
            } else {
                builder.append(zero)
            }
            builder.append(" AS score FROM knowledge_index WHERE ")
            builder.append(plan.whereClause(Self.postgresTarget))
        } else {
            let plan = FTS5Compiler.compile(query)
            if plan.condition.usesText {
                builder.append("SELECT rowid AS key, \(ranked && plan.match != nil ? "bm25(knowledge_fts)" : zero) AS score FROM knowledge_fts WHERE ")
                builder.append(plan.whereClause(Self.ftsTarget, ranked: true))
            } else {
                builder.append("SELECT key, \(zero) AS score FROM knowledge_index WHERE ")
                builder.append(plan.whereClause(Self.indexTarget))
            }
        }
    }

    /// Whether a query has words to rank by; filter-only queries sort by date.
    static func ranks(_ query: SearchQuery, postgres: Bool) -> Bool {
        postgres ? PostgresCompiler.compile(query).tsquery != nil : FTS5Compiler.compile(query).match != nil
    }

    static let ftsTarget = FTS5Target(table: "knowledge_fts", textColumn: "text", facets: FacetTable(table: "knowledge_facets", rowKey: "rowid", filtersOnly: true))
    static let indexTarget = FTS5Target(table: "knowledge_fts", textColumn: "text", facets: FacetTable(table: "knowledge_facets", rowKey: "key"))
    static let postgresTarget = PostgresTarget(textColumn: "text", tsvectorColumn: "vector", facets: FacetTable(table: "knowledge_facets", rowKey: "key"),
                                              textSearchConfiguration: textSearchConfiguration)
}
