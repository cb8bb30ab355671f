import FluentKit
import KnowledgeSearch
import SQLKit

/// Changes to the knowledge search tables that 100,000 records showed were needed.
///
/// 1. SQLite's full-text table moves from the `trigram` tokenizer to words
///    with CJK bigrams (`IndexText`): counting the matches of a common
///    word took 0.2 s under trigrams and takes milliseconds with words, and
///    indexing is three to four times faster. Indexed text is copied across,
///    rewritten in the new form, so no record needs to be published again.
///    (Any table whose definition differs from `createFullText` is rebuilt so;
///    `IndexText.make` leaves text already in that form unchanged.)
/// 2. Numeric ranges (`year:2015..2020`) read the facet table by `number`,
///    which `knowledge_facets_value_idx` does not hold: SQLite looked up every
///    year row in the table itself, 0.3 s for `type:case year:2015..2020` at
///    100,000 records. With `(field, number, key)` the range is an index-only
///    scan (0.09 s).
/// 3. PostgreSQL's tsvector holds the same words and CJK bigrams, stemmed like
///    SQLite's, and the `pg_trgm` index over whole texts goes: it made writing
///    the index several times slower than the tsvector alone.
///
/// Numbered 21 because 20 was taken on main while this was written (panic alerts).
struct M021_ReindexKnowledgeSearch: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = Backend.sqlDatabase(database)
        try await sql.raw("CREATE INDEX IF NOT EXISTS knowledge_facets_number_idx ON knowledge_facets (field, number, key)").run()
        if sql.dialect.name == "postgresql" {
            try await database.transaction { try await Self.reindexOnPostgres(Backend.sqlDatabase($0)) }
            return
        }
        let definition = try await sql.raw("SELECT sql FROM sqlite_master WHERE name = 'knowledge_fts'").first()?.decode(column: "sql", as: String.self)
        // Databases created since the schema changed already have the word table.
        guard let definition, definition != KnowledgeIndexSchema.createFullText else { return }
        // One transaction, so a failure half-way leaves the old table as it was.
        try await database.transaction { try await Self.moveToWords(Backend.sqlDatabase($0)) }
    }

    private static func moveToWords(_ sql: any SQLDatabase) async throws {
        try await sql.raw("ALTER TABLE knowledge_fts RENAME TO knowledge_fts_previous").run()
        try await sql.raw("\(unsafeRaw: KnowledgeIndexSchema.createFullText)").run()
        var after = 0
        while true {
            let rows = try await sql.raw("SELECT rowid AS key, text FROM knowledge_fts_previous WHERE rowid > \(bind: after) ORDER BY rowid LIMIT 200").all()
            guard !rows.isEmpty else { break }
            var insert = SQLQueryString("INSERT INTO knowledge_fts (rowid, text) VALUES ")
            for (offset, row) in rows.enumerated() {
                let key = try row.decode(column: "key", as: Int.self)
                let text = try row.decode(column: "text", as: String.self)
                insert.appendInterpolation(unsafeRaw: offset == 0 ? "(" : ", (")
                insert.appendInterpolation(bind: key)
                insert.appendInterpolation(unsafeRaw: ", ")
                insert.appendInterpolation(bind: IndexText.make(text))
                insert.appendInterpolation(unsafeRaw: ")")
                after = key
            }
            try await sql.raw(insert).run()
        }
        try await sql.raw("DROP TABLE knowledge_fts_previous").run()
    }

    /// PostgreSQL's side of the same change: the tsvector holds `IndexText`
    /// (CJK bigrams, so the `pg_trgm` index over whole texts goes), and English
    /// words are stemmed, as on SQLite. A configuration of its own rather than `english`, which would
    /// drop stop words and so break phrases such as "abuse of a position of
    /// vulnerability" and queries for `a` or `the` in case names.
    private static func reindexOnPostgres(_ sql: any SQLDatabase) async throws {
        let exists = try await sql.raw("SELECT count(*) AS n FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace WHERE c.cfgname = 'libertas_search' AND n.nspname = current_schema()")
            .first()?.decode(column: "n", as: Int.self) ?? 0
        if exists == 0 {
            try await sql.raw("CREATE TEXT SEARCH DICTIONARY libertas_english_stem (TEMPLATE = snowball, Language = english)").run()
            try await sql.raw("CREATE TEXT SEARCH CONFIGURATION libertas_search (COPY = simple)").run()
            try await sql.raw("ALTER TEXT SEARCH CONFIGURATION libertas_search ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH libertas_english_stem").run()
        }
        // The trigram index over whole texts served CJK substrings; bigrams in the tsvector do now.
        try await sql.raw("DROP INDEX IF EXISTS knowledge_index_trgm_idx").run()
        var after = 0
        while true {
            let rows = try await sql.raw("SELECT key, text FROM knowledge_index WHERE key > \(bind: after) ORDER BY key LIMIT 200").all()
            guard !rows.isEmpty else { break }
            var update = SQLQueryString("UPDATE knowledge_index AS i SET vector = to_tsvector('\(unsafeRaw: KnowledgeIndex.textSearchConfiguration)', left(v.text, \(unsafeRaw: String(KnowledgeIndex.maximumVectorText)))) FROM (VALUES ")
            for (offset, row) in rows.enumerated() {
                let key = try row.decode(column: "key", as: Int.self)
                update.appendInterpolation(unsafeRaw: offset == 0 ? "(" : ", (")
                update.appendInterpolation(bind: key)
                update.appendInterpolation(unsafeRaw: "::BIGINT, ")
                update.appendInterpolation(bind: IndexText.make(try row.decode(column: "text", as: String.self)))
                update.appendInterpolation(unsafeRaw: "::TEXT)")
                after = key
            }
            update.appendInterpolation(unsafeRaw: ") AS v(key, text) WHERE i.key = v.key")
            try await sql.raw(update).run()
        }
    }

    /// Keeps the word table: its text cannot be turned back into the trigram
    /// table's without the records, and every query works on it.
    func revert(on database: any Database) async throws {
        try await Backend.sqlDatabase(database).raw("DROP INDEX IF EXISTS knowledge_facets_number_idx").run()
    }
}
