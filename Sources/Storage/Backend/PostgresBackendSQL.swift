import SQLKit

/// PostgreSQL's side of ``BackendSQL``.
struct PostgresBackendSQL: BackendSQL {
    /// An arbitrary constant naming the audit-chain advisory lock.
    static let auditChainLockKey = 7_429_001

    func appendOnlyGuard(table: String) -> [String] {
        [
            """
            CREATE OR REPLACE FUNCTION libertas_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$
            """,
            """
            CREATE TRIGGER \(table)_append_only BEFORE UPDATE OR DELETE ON \(table)
            FOR EACH ROW EXECUTE FUNCTION libertas_refuse_change()
            """,
            """
            CREATE TRIGGER \(table)_no_truncate BEFORE TRUNCATE ON \(table)
            FOR EACH STATEMENT EXECUTE FUNCTION libertas_refuse_change()
            """,
        ]
    }

    func removeAppendOnlyGuard(table: String) -> [String] {
        [
            "DROP TRIGGER IF EXISTS \(table)_append_only ON \(table)",
            "DROP TRIGGER IF EXISTS \(table)_no_truncate ON \(table)",
        ]
    }

    func prepareStorage(on database: any SQLDatabase) async throws {}

    /// Several servers may share one PostgreSQL cluster; a transaction-scoped
    /// advisory lock makes their appends take turns, so the chain never forks.
    func lockAuditChain(on database: any SQLDatabase) async throws {
        try await database.raw("SELECT pg_advisory_xact_lock(\(literal: Self.auditChainLockKey))").run()
    }

    func deferrables(indexes: [String], foreignKeys: [String], on database: any SQLDatabase) async throws -> [DeferrableDefinition] {
        try await database.raw("""
            SELECT indexname AS name, indexdef AS definition, format('DROP INDEX %I', indexname) AS drop
            FROM pg_indexes WHERE schemaname = current_schema() AND indexname IN (\(binds: indexes))
            UNION ALL
            SELECT c.conname, format('ALTER TABLE %I ADD CONSTRAINT %I ', t.relname, c.conname) || pg_get_constraintdef(c.oid),
              format('ALTER TABLE %I DROP CONSTRAINT %I', t.relname, c.conname)
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace AND cardinality(c.conkey) = 1
              AND t.relname || '.' || a.attname IN (\(binds: foreignKeys))
            """).all(decoding: DeferrableDefinition.self)
    }

    func constraintExists(_ name: String, on database: any SQLDatabase) async throws -> Bool {
        let count = try await database.raw("SELECT count(*) AS n FROM pg_constraint WHERE conname = \(bind: name) AND connamespace = current_schema()::regnamespace")
            .first()?.decode(column: "n", as: Int.self) ?? 0
        return count > 0
    }

    func buildingIndexes(on database: any SQLDatabase, _ build: () async throws -> Void) async throws {
        try await build()
    }

    func refreshPlannerStatistics(of tables: [String], on database: any SQLDatabase) async throws {
        try await database.raw("ANALYZE \(unsafeRaw: tables.map { "\"\($0)\"" }.joined(separator: ", "))").run()
    }
}
