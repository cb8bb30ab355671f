import SQLKit

/// SQLite's side of ``BackendSQL``.
struct SQLiteBackendSQL: BackendSQL {
    func appendOnlyGuard(table: String) -> [String] {
        ["UPDATE", "DELETE"].map { event in
            """
            CREATE TRIGGER IF NOT EXISTS \(table)_no_\(event.lowercased()) BEFORE \(event) ON \(table)
            BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END
            """
        }
    }

    func removeAppendOnlyGuard(table: String) -> [String] {
        ["update", "delete"].map { "DROP TRIGGER IF EXISTS \(table)_no_\($0)" }
    }

    /// Write-ahead logging lets pages read while a write is in progress (a
    /// property of the file; a no-op in memory). SQLite's default page cache,
    /// 2 MB per connection, is far smaller than the indexes of a national
    /// register; with 64 MB, imports into a large database stay fast.
    func prepareStorage(on database: any SQLDatabase) async throws {
        try await database.raw("PRAGMA journal_mode=WAL").run()
        try await database.raw("PRAGMA cache_size=\(unsafeRaw: Self.pageCache)").run()
    }

    /// The page cache of each connection: negative, so in KiB (64 MB).
    static let pageCache = "-65536"
    /// A connection's page cache while it builds indexes. SQLite sorts up to a
    /// page cache's worth in memory, so building with the full 64 MB added
    /// about 100 MB to an import's peak memory; with 16 MB the builds of a
    /// 100,000-case registry took as long (1.39 s against 1.41 s in the shell).
    static let buildingCache = "-16384"

    /// Indexes only: SQLite checks a foreign key against the parent's primary
    /// key at little cost, and cannot drop one without rebuilding its table.
    func deferrables(indexes: [String], foreignKeys: [String], on database: any SQLDatabase) async throws -> [DeferrableDefinition] {
        try await database.raw("""
            SELECT name, sql AS definition, 'DROP INDEX "' || name || '"' AS "drop"
            FROM sqlite_master WHERE type = 'index' AND name IN (\(binds: indexes))
            """).all(decoding: DeferrableDefinition.self)
    }

    /// SQLite's constraints have no names to look up, and none is ever set aside.
    func constraintExists(_ name: String, on database: any SQLDatabase) async throws -> Bool { false }

    /// The cache size outlives the transaction: it goes back to normal whatever happens.
    func buildingIndexes(on database: any SQLDatabase, _ build: () async throws -> Void) async throws {
        try await database.raw("PRAGMA cache_size=\(unsafeRaw: Self.buildingCache)").run()
        do {
            try await build()
        } catch {
            try? await database.raw("PRAGMA cache_size=\(unsafeRaw: Self.pageCache)").run()
            throw error
        }
        try await database.raw("PRAGMA cache_size=\(unsafeRaw: Self.pageCache)").run()
    }

    /// SQLite's planner uses statistics only once asked to gather them, and
    /// chooses well for the registry's queries without.
    func refreshPlannerStatistics(of tables: [String], on database: any SQLDatabase) async throws {}

    /// SQLite allows one writer at a time, and every audited write in a process
    /// already goes through ``AuditLogWriter``'s lock, so there is nothing to add.
    func lockAuditChain(on database: any SQLDatabase) async throws {}
}
