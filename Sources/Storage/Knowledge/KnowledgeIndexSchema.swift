import FluentKit
import SQLKit

/// The search tables of the knowledge portal. They hold published records only,
/// so drafts cannot reach a search by any query.
///
/// - `knowledge_index`: one row per published record (`key` = the record's
///   `search_key`), with its type and date sort key. On PostgreSQL it also
///   holds the normalised text (for the rare `ILIKE`: a lone Chinese
///   character) and a `tsvector` (GIN) of its `IndexText` form: words, and
///   bigrams for languages without spaces, written by `PostgresVector`.
/// - `knowledge_fts` (SQLite): an FTS5 table with the `unicode61` tokenizer,
///   `rowid` = key, over `IndexText`: words, and character bigrams for
///   languages without spaces, so their terms match as substrings.
/// - `knowledge_facets`: `(key, field, value, number)`, one row per facet value.
/// - `knowledge_links`: `(from_key, to_key, article)`, citations between records.
struct KnowledgeIndexSchema {
    let isPostgres: Bool

    static func `for`(_ database: any Database) -> KnowledgeIndexSchema {
        KnowledgeIndexSchema(isPostgres: Backend.sqlDatabase(database).dialect.name == "postgresql")
    }

    func create(on sql: any SQLDatabase) async throws {
        let integer = isPostgres ? "BIGINT" : "INTEGER"
        try await run([
            isPostgres
                ? "CREATE TABLE knowledge_index (key BIGINT PRIMARY KEY, type TEXT NOT NULL, sort_date TEXT NOT NULL, text TEXT NOT NULL, vector TSVECTOR NOT NULL)"
                : "CREATE TABLE knowledge_index (key INTEGER PRIMARY KEY, type TEXT NOT NULL, sort_date TEXT NOT NULL)",
            "CREATE TABLE knowledge_facets (key \(integer) NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, number INTEGER)",
            "CREATE TABLE knowledge_links (from_key \(integer) NOT NULL, to_key \(integer) NOT NULL, article TEXT NOT NULL)",
        ] + (isPostgres ? [] : [Self.createFullText]), on: sql)
        try await createSecondaryIndexes(on: sql)
    }

    /// The indexes searches need beyond the tables' keys, by name. A bulk load
    /// into a smaller index drops them and builds each once at the end
    /// (`KnowledgeIndex.bulkLoad`). The FTS5 table is SQLite's own index and stays.
    var secondaryIndexes: [(name: String, definition: String)] {
        var indexes: [(name: String, definition: String)] = []
        if isPostgres { indexes.append(("knowledge_index_vector_idx", "knowledge_index USING GIN (vector)")) }
        return indexes + [
            ("knowledge_index_date_idx", "knowledge_index (sort_date, key)"),
            // Filters look up (field, value) → keys; year ranges (field, number) → keys; counts join on key.
            ("knowledge_facets_value_idx", "knowledge_facets (field, value, key)"),
            ("knowledge_facets_number_idx", "knowledge_facets (field, number, key)"),
            ("knowledge_facets_key_idx", "knowledge_facets (key, field, value)"),
            ("knowledge_links_to_idx", "knowledge_links (to_key, from_key)"),
            ("knowledge_links_from_idx", "knowledge_links (from_key)"),
        ]
    }

    /// Builds the secondary indexes that are missing: after a bulk load, or at
    /// start-up when a bulk load was stopped before it could build them.
    func createSecondaryIndexes(on sql: any SQLDatabase) async throws {
        try await run(secondaryIndexes.map { "CREATE INDEX IF NOT EXISTS \($0.name) ON \($0.definition)" }, on: sql)
    }

    func dropSecondaryIndexes(on sql: any SQLDatabase) async throws {
        try await run(secondaryIndexes.map { "DROP INDEX IF EXISTS \($0.name)" }, on: sql)
    }

    /// The SQLite full-text table. Diacritics are the normaliser's business
    /// (it folds them on Latin letters only), so the tokenizer keeps them.
    /// English words are stemmed (Porter), so `passport` finds `passports`
    /// and `recruitment` finds `recruited`; the stemmer leaves words with
    /// letters outside ASCII, and so the CJK bigrams, as they are.
    static let createFullText = "CREATE VIRTUAL TABLE knowledge_fts USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 0')"

    func drop(on sql: any SQLDatabase) async throws {
        var statements = ["DROP TABLE IF EXISTS knowledge_links", "DROP TABLE IF EXISTS knowledge_facets", "DROP TABLE IF EXISTS knowledge_index"]
        if !isPostgres { statements.append("DROP TABLE IF EXISTS knowledge_fts") }
        try await run(statements, on: sql)
    }

    private func run(_ statements: [String], on sql: any SQLDatabase) async throws {
        for statement in statements { try await sql.raw("\(unsafeRaw: statement)").run() }
    }
}
