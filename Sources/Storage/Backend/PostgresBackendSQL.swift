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
}
