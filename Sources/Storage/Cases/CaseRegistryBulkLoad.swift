import FluentKit
import SQLKit

/// Large imports into a small registry: the registry's secondary indexes are
/// dropped for the duration and each built once at the end (``DeferredIndexBuild``).
///
/// Why: every case an import adds writes about ten rows, and each row updated
/// every index of its table. Importing 100,000 CTDC rows into an empty SQLite
/// registry took 31.9 s with them and 21.9 s without, and building them
/// afterwards took 1.8 s.
///
/// Only indexes that the import itself never reads are dropped
/// (``deferrableIndexes``): the unique constraints that make a re-run skip
/// what it imported before, and the indexes by case that the statistics facts
/// are refreshed through, stay. Lists, search and reports stay correct
/// meanwhile, only slower.
///
/// The definitions are read from the database's catalogue and kept in the
/// table `deferred_indexes` in the transaction that drops the indexes, so they
/// are never restated here. A failed import builds them again before its error
/// is reported; a stopped process leaves them to
/// ``restoreDeferredIndexes(on:)``, which start-up runs.
public enum CaseRegistryBulkLoad {
    static let deferredSchema = "deferred_indexes"

    /// Indexes of the tables an import writes that the import does not read.
    static let deferrableIndexes = [
        "cases_list_idx", "cases_status_idx", "cases_opened_idx", "cases_reference_idx", "cases_assigned_org_idx",
        "persons_organisation_idx", "persons_duplicate_checked_idx", "person_citizenships_country_idx",
        "victims_person_idx", "victims_identified_idx", "perpetrators_case_idx", "perpetrators_person_idx",
        "code_values_value_idx", "name_index_search_idx",
        "victim_facts_year_idx", "victim_facts_route_idx", "victim_facts_organisation_idx",
        "justice_facts_stage_idx", "justice_facts_offence_idx", "case_facets_list_idx", "case_facets_all_idx",
    ]

    /// Runs an import (`body`) that adds about `count` cases, with the
    /// deferrable indexes dropped when the registry holds fewer cases than that.
    ///
    /// - Parameter building: called before the indexes are built at the end,
    ///   to say why the import pauses there.
    public static func run<Result>(adding count: Int, on database: any Database, building: () -> Void = {}, _ body: () async throws -> Result) async throws -> Result {
        try await DeferredIndexBuild.run(
            adding: count, to: CaseFileModel.schema, on: Backend.sqlDatabase(database),
            drop: { try await dropDeferrableIndexes(on: database) },
            restore: { try await restoreDeferredIndexes(on: database) }, building: building, body
        )
    }

    /// Builds every index a bulk import dropped and has not built again; a
    /// no-op when there is none.
    public static func restoreDeferredIndexes(on database: any Database) async throws {
        let sql = Backend.sqlDatabase(database)
        let deferred = try await sql.raw("SELECT name, definition FROM \(ident: deferredSchema) ORDER BY name").all()
        for row in deferred {
            let name = try row.decode(column: "name", as: String.self)
            let definition = try row.decode(column: "definition", as: String.self)
            // Another import may have built it already; both backends know `IF NOT EXISTS`.
            let create = "CREATE INDEX IF NOT EXISTS " + definition.dropFirst(createIndex.count)
            try await database.transaction { tx in
                let sql = Backend.sqlDatabase(tx)
                guard sql.dialect.name == "sqlite" else {
                    try await build(create, name, on: sql)
                    return
                }
                // The cache size outlives the transaction: it goes back to normal whatever happens.
                try await sql.raw("PRAGMA cache_size=\(unsafeRaw: SQLiteBackendSQL.buildingCache)").run()
                do {
                    try await build(create, name, on: sql)
                } catch {
                    try? await sql.raw("PRAGMA cache_size=\(unsafeRaw: SQLiteBackendSQL.pageCache)").run()
                    throw error
                }
                try await sql.raw("PRAGMA cache_size=\(unsafeRaw: SQLiteBackendSQL.pageCache)").run()
            }
        }
    }

    /// Builds one deferred index and forgets its definition.
    private static func build(_ create: String, _ name: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("\(unsafeRaw: create)").run()
        try await sql.raw("DELETE FROM \(ident: deferredSchema) WHERE name = \(bind: name)").run()
    }

    /// The tables an import writes or refreshes.
    static let importedTables = [
        "cases", "persons", "person_citizenships", "person_name_index", "victims", "perpetrators", "code_values",
        "trafficking_events", "justice_stages", "victim_facts", "justice_facts", "case_facets",
    ]

    /// Brings PostgreSQL's planner statistics on the imported tables up to
    /// date; a no-op on SQLite, whose planner does not use them unless asked.
    ///
    /// Why: PostgreSQL plans a statement from the row counts it last sampled.
    /// An import that grows the registry from a few cases to 100,000 outruns
    /// the autovacuum daemon, and the planner, still believing the tables
    /// small, refreshed each batch's facts by hash joins over every case and
    /// person instead of index look-ups: 0.7 s a batch at 100,000 rows, and
    /// growing with the registry. Call it whenever an import has doubled the
    /// cases it has stored.
    public static func refreshPlannerStatistics(on database: any Database) async throws {
        let sql = Backend.sqlDatabase(database)
        guard sql.dialect.name == "postgresql" else { return }
        try await sql.raw("ANALYZE \(unsafeRaw: importedTables.map { "\"\($0)\"" }.joined(separator: ", "))").run()
    }

    private static let createIndex = "CREATE INDEX "

    /// Keeps the definitions of the deferrable indexes that exist and drops them, in one transaction.
    static func dropDeferrableIndexes(on database: any Database) async throws {
        try await database.transaction { tx in
            let sql = Backend.sqlDatabase(tx)
            for (name, definition) in try await catalogue(on: sql) where definition.hasPrefix(createIndex) {
                try await sql.raw("INSERT INTO \(ident: deferredSchema) (name, definition) VALUES (\(bind: name), \(bind: definition))").run()
                try await sql.raw("DROP INDEX IF EXISTS \(ident: name)").run()
            }
        }
    }

    /// The deferrable indexes that exist, with their `CREATE INDEX` statements as the database gives them.
    static func catalogue(on sql: any SQLDatabase) async throws -> [(name: String, definition: String)] {
        let rows = sql.dialect.name == "postgresql"
            ? try await sql.raw("SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() AND indexname IN (\(binds: deferrableIndexes))").all()
            : try await sql.raw("SELECT name, sql AS definition FROM sqlite_master WHERE type = 'index' AND name IN (\(binds: deferrableIndexes))").all()
        return try rows.map { (try $0.decode(column: "name", as: String.self), try $0.decode(column: "definition", as: String.self)) }
    }
}
