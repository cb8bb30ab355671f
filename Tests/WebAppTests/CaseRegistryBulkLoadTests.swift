import Fluent
import Foundation
import SQLKit
@testable import Storage
import Testing
@testable import WebApp

/// A large import into a smaller registry drops the indexes it does not read
/// (and, on PostgreSQL, most foreign keys) and restores them at its end
/// (`CaseRegistryBulkLoad`). Whatever happens, the same indexes and keys must
/// be there afterwards, defined exactly as the migrations defined them, or
/// every later list and search would scan, or bad rows go unchecked.
@Suite("Case registry bulk load and its indexes")
struct CaseRegistryBulkLoadTests {
    struct Stop: Error {}

    /// Name and definition of each deferrable index and foreign key the database holds, from its catalogue.
    static func present(_ database: any Database) async throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try await CaseRegistryBulkLoad.catalogue(on: database).map { ($0.name, $0.definition) })
    }

    static func deferredRows(_ database: any Database) async throws -> Int {
        try await Backend.sqlDatabase(database).raw("SELECT count(*) AS n FROM deferred_indexes").first()?.decode(column: "n", as: Int.self) ?? -1
    }

    @Test("Every deferrable index and foreign key exists in a new database, so a renamed one cannot go unnoticed")
    func listMatchesMigrations() async throws {
        try await TestApp.run { world in
            let present = try await Self.present(world.app.db)
            let indexes = present.filter { $0.value.hasPrefix("CREATE INDEX ") }
            let keys = present.filter { $0.value.hasPrefix("ALTER TABLE ") }
            #expect(Set(indexes.keys) == Set(CaseRegistryBulkLoad.deferrableIndexes))
            #expect(indexes.count + keys.count == present.count, "plain indexes and foreign keys only: \(present)")
            if Backend.sqlDatabase(world.app.db).dialect.name == "postgresql" {
                #expect(keys.count == CaseRegistryBulkLoad.deferrableForeignKeys.count, "\(keys.keys.sorted())")
                #expect(keys.values.allSatisfy { $0.contains(" FOREIGN KEY (") })
            } else {
                #expect(keys.isEmpty, "SQLite keeps its foreign keys")
            }
        }
    }

    @Test("Into an empty registry the indexes are dropped during the import and built again with the same definitions")
    func deferredIntoEmptyRegistry() async throws {
        try await TestApp.run { world in
            let before = try await Self.present(world.app.db)
            var during: [String: String] = ["not read": ""]
            var kept = 0
            var announced = false
            try await CaseRegistryBulkLoad.run(adding: 10, on: world.app.db, building: { announced = true }) {
                during = try await Self.present(world.app.db)
                kept = try await Self.deferredRows(world.app.db)
            }
            #expect(during.isEmpty, "dropped during the import: \(during.keys.sorted())")
            #expect(kept == before.count, "their definitions kept in the database")
            #expect(announced)
            #expect(try await Self.present(world.app.db) == before)
            #expect(try await Self.deferredRows(world.app.db) == 0)
        }
    }

    @Test("A synthetic seed leaves every index; into a registry larger than the import nothing is dropped")
    func seedLeavesIndexes() async throws {
        try await TestApp.run { world in
            let before = try await Self.present(world.app.db)
            let seeded = try await SyntheticRegister.seed(world.app, count: 40, seed: 11)
            #expect(seeded.summary.imported == 40)
            #expect(try await Self.present(world.app.db) == before)
            var during: [String: String] = [:]
            try await CaseRegistryBulkLoad.run(adding: 39, on: world.app.db) {
                during = try await Self.present(world.app.db)
            }
            #expect(during == before, "40 cases held, 39 to add: the indexes stay")
        }
    }

    @Test("An import that fails still leaves the indexes, and start-up builds any a stopped import left out")
    func failuresAndStartUp() async throws {
        try await TestApp.run { world in
            let before = try await Self.present(world.app.db)
            await #expect(throws: Stop.self) {
                try await CaseRegistryBulkLoad.run(adding: 10, on: world.app.db) { throw Stop() }
            }
            #expect(try await Self.present(world.app.db) == before, "built again after the failure")

            // A process killed mid-import: the indexes are gone until the next start.
            try await CaseRegistryBulkLoad.dropDeferrables(on: world.app.db)
            #expect(try await Self.present(world.app.db).isEmpty)
            try await Bootstrap.prepareDatabase(world.app)
            #expect(try await Self.present(world.app.db) == before, "start-up built them")
            #expect(try await Self.deferredRows(world.app.db) == 0)
        }
    }

    @Test("A foreign key that rows written meanwhile break comes back NOT VALID, still enforced for new rows")
    func brokenForeignKey() async throws {
        try await TestApp.run { world in
            let sql = Backend.sqlDatabase(world.app.db)
            guard sql.dialect.name == "postgresql" else { return }
            _ = try await SyntheticRegister.seed(world.app, count: 2, seed: 5)
            try await CaseRegistryBulkLoad.dropDeferrables(on: world.app.db)
            // A victim of a case that does not exist, as only a hand-written statement could leave.
            let orphan = "INSERT INTO victims (id, case_id, person_id, trafficking_status, age_group_at_exploitation)"
            let person = try #require(try await sql.raw("SELECT id FROM persons LIMIT 1").first()?.decode(column: "id", as: UUID.self))
            try await sql.raw("\(unsafeRaw: orphan) VALUES (\(bind: UUID()), \(bind: UUID()), \(bind: person), 'PossibleVictim', '')").run()
            try await CaseRegistryBulkLoad.restoreDeferred(on: world.app.db)

            #expect(try await Self.deferredRows(world.app.db) == 0, "start-up is not left to fail on it")
            let key = try await sql.raw("SELECT convalidated FROM pg_constraint WHERE conname = 'victims_case_id_fkey' AND connamespace = current_schema()::regnamespace").first()
            #expect(try key?.decode(column: "convalidated", as: Bool.self) == false)
            await #expect(throws: (any Error).self, "a new orphan is refused") {
                try await sql.raw("\(unsafeRaw: orphan) VALUES (\(bind: UUID()), \(bind: UUID()), \(bind: person), 'PossibleVictim', '')").run()
            }
        }
    }

    @Test("PostgreSQL's planner learns the imported tables' sizes; SQLite's planner is left without statistics")
    func plannerStatistics() async throws {
        try await TestApp.run { world in
            _ = try await SyntheticRegister.seed(world.app, count: 40, seed: 3)
            try await CaseRegistryBulkLoad.refreshPlannerStatistics(on: world.app.db)
            let sql = Backend.sqlDatabase(world.app.db)
            let victims = try await sql.raw("SELECT count(*) AS n FROM victims").first()?.decode(column: "n", as: Int.self)
            #expect((victims ?? 0) >= 40)
            if sql.dialect.name == "postgresql" {
                let sampled = try await sql.raw("SELECT reltuples::bigint AS n FROM pg_class WHERE oid = 'victims'::regclass").first()?.decode(column: "n", as: Int.self)
                #expect(sampled == victims, "ANALYZE counted every victim")
            } else {
                let stat = try await sql.raw("SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'").first()?.decode(column: "n", as: Int.self)
                let rows = stat == 1
                    ? try await sql.raw("SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = 'victims'").first()?.decode(column: "n", as: Int.self)
                    : 0
                #expect(rows == 0, "no statistics for the registry's tables")
            }
        }
    }
}
