import FluentKit
import SQLKit

/// Large imports into a small registry: the registry's secondary indexes are
/// dropped for the duration and each built once at the end (``DeferredIndexBuild``),
/// and on PostgreSQL most of its foreign keys too.
///
/// Why the indexes: every case an import adds writes about ten rows, and each
/// row updated every index of its table. Importing 100,000 CTDC rows into an
/// empty SQLite registry took 31.9 s with them and 21.9 s without, and
/// building them afterwards took 1.8 s.
///
/// Why the foreign keys: PostgreSQL checks each one row by row, with a query
/// that also locks the parent row, so every victim locked its case and its
/// person. On the same import that was a quarter of the server's work: 24.0 s
/// with them, 18.4 s without. Checking them again at the end is one join per
/// key. Only keys whose `ON DELETE` actions the application never needs are
/// set aside (``deferrableForeignKeys``), so none can be missed meanwhile.
/// SQLite keeps its keys (``BackendSQL/deferrables(indexes:foreignKeys:on:)``).
///
/// Only indexes that the import itself never reads are dropped
/// (``deferrableIndexes``): the unique constraints that make a re-run skip
/// what it imported before, and the indexes by case that the statistics facts
/// are refreshed through, stay. Lists, search and reports stay correct
/// meanwhile, only slower.
///
/// The definitions are read from the database's catalogue and kept in the
/// table `deferred_indexes` in the transaction that drops them, so they are
/// never restated here. A failed import builds them again before its error is
/// reported; a stopped process leaves them to ``restoreDeferred(on:)``, which
/// start-up runs.
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

    /// Foreign keys (`table.column`) of the tables an import writes, PostgreSQL
    /// only. Their parents (cases, persons, organisations, users) are never
    /// deleted, but for victims: before removing a victim from a case, the
    /// application clears the route events' link to it itself, and rewrites
    /// the case's victim facts after.
    static let deferrableForeignKeys = [
        "cases.organisation_id", "cases.created_by", "cases.assigned_to", "persons.organisation_id",
        "person_citizenships.person_id", "person_name_index.person_id", "victims.case_id", "victims.person_id",
        "perpetrators.case_id", "perpetrators.person_id", "trafficking_events.case_id", "trafficking_events.victim_id",
        "case_facets.case_id", "victim_facts.victim_id",
    ]

    /// Runs an import (`body`) that adds about `count` cases, with the
    /// deferrable indexes and foreign keys dropped when the registry holds fewer
    /// cases than that.
    ///
    /// - Parameter building: called before the indexes are built at the end,
    ///   to say why the import pauses there.
    public static func run<Result>(adding count: Int, on database: any Database, building: () -> Void = {}, _ body: () async throws -> Result) async throws -> Result {
        try await DeferredIndexBuild.run(
            adding: count, to: CaseFileModel.schema, on: Backend.sqlDatabase(database),
            drop: { try await dropDeferrables(on: database) },
            restore: { try await restoreDeferred(on: database) }, building: building, body
        )
    }

    /// Builds every index and adds every foreign key a bulk import dropped and
    /// has not restored; a no-op when there is none.
    public static func restoreDeferred(on database: any Database) async throws {
        let sql = Backend.sqlDatabase(database)
        let deferred = try await sql.raw("SELECT name, definition FROM \(ident: deferredSchema) ORDER BY name").all()
        for row in deferred {
            let name = try row.decode(column: "name", as: String.self)
            let definition = try row.decode(column: "definition", as: String.self)
            if definition.hasPrefix(createIndex) {
                try await buildIndex(name, definition, on: database)
            } else {
                try await addForeignKey(name, definition, on: database)
            }
        }
    }

    private static func buildIndex(_ name: String, _ definition: String, on database: any Database) async throws {
        // Another import may have built it already; both backends know `IF NOT EXISTS`.
        let create = "CREATE INDEX IF NOT EXISTS " + definition.dropFirst(createIndex.count)
        try await database.transaction { tx in
            let sql = Backend.sqlDatabase(tx)
            try await Backend.sql(for: tx).buildingIndexes(on: sql) { try await restored(create, name, on: sql) }
        }
    }

    /// Adds a foreign key again (PostgreSQL), which checks every row.
    ///
    /// Should rows written meanwhile by other means break it, the key is added
    /// `NOT VALID`: enforced for every new row, the old ones left for an
    /// administrator to mend and validate, and start-up is not blocked.
    private static func addForeignKey(_ name: String, _ definition: String, on database: any Database) async throws {
        do {
            try await database.transaction { tx in
                let sql = Backend.sqlDatabase(tx)
                let exists = try await Backend.sql(for: tx).constraintExists(name, on: sql)
                try await restored(exists ? nil : definition, name, on: sql)
            }
        } catch {
            database.logger.error("The foreign key \(name), set aside during an import, could not be checked; it is added NOT VALID, for new rows only: \(String(reflecting: error))")
            try await database.transaction { tx in
                try await restored(definition + " NOT VALID", name, on: Backend.sqlDatabase(tx))
            }
        }
    }

    /// Runs the statement that restores a deferred index or key, if any, and forgets its definition.
    private static func restored(_ statement: String?, _ name: String, on sql: any SQLDatabase) async throws {
        if let statement { try await sql.raw("\(unsafeRaw: statement)").run() }
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
        try await Backend.sql(for: database).refreshPlannerStatistics(of: importedTables, on: Backend.sqlDatabase(database))
    }

    private static let createIndex = "CREATE INDEX "
    private static let alterTable = "ALTER TABLE "

    /// Keeps the definitions of the deferrable indexes and foreign keys that exist and drops them, in one transaction.
    static func dropDeferrables(on database: any Database) async throws {
        try await database.transaction { tx in
            let sql = Backend.sqlDatabase(tx)
            // Plain indexes and keys only: a unique index is a rule, not a speed-up.
            for item in try await catalogue(on: tx) where item.definition.hasPrefix(createIndex) || item.definition.hasPrefix(alterTable) {
                try await sql.raw("INSERT INTO \(ident: deferredSchema) (name, definition) VALUES (\(bind: item.name), \(bind: item.definition))").run()
                try await sql.raw("\(unsafeRaw: item.drop)").run()
            }
        }
    }

    /// The deferrable indexes and foreign keys that exist, as the database's catalogue defines them.
    static func catalogue(on database: any Database) async throws -> [DeferrableDefinition] {
        try await Backend.sql(for: database).deferrables(indexes: deferrableIndexes, foreignKeys: deferrableForeignKeys, on: Backend.sqlDatabase(database))
    }
}
