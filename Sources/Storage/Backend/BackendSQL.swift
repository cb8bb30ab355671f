import FluentKit
import SQLKit

/// The SQL that differs between SQLite and PostgreSQL, behind one small protocol.
///
/// Everything else goes through Fluent and runs unchanged on both. Each
/// implementation is exercised by the same tests, which CI runs on both backends.
public protocol BackendSQL: Sendable {
    /// Statements that make `table` refuse `UPDATE` and `DELETE` (and `TRUNCATE` where it exists).
    func appendOnlyGuard(table: String) -> [String]
    /// Statements that undo ``appendOnlyGuard(table:)``.
    func removeAppendOnlyGuard(table: String) -> [String]
    /// Settings applied to each connection when the application starts.
    func prepareStorage(on database: any SQLDatabase) async throws
    /// Takes a lock, held until the current transaction ends, that serialises
    /// audit-chain appends between processes sharing the database.
    func lockAuditChain(on database: any SQLDatabase) async throws

    // MARK: Bulk loads (``CaseRegistryBulkLoad``)

    /// The indexes named in `indexes` that exist, and the single-column foreign
    /// keys (`table.column`) in `foreignKeys` that exist and can be set aside
    /// during a bulk load (none on SQLite), as the catalogue defines them.
    func deferrables(indexes: [String], foreignKeys: [String], on database: any SQLDatabase) async throws -> [DeferrableDefinition]
    /// Whether the current schema has a constraint named `name`.
    func constraintExists(_ name: String, on database: any SQLDatabase) async throws -> Bool
    /// Runs `build`, which builds indexes on this connection, with the connection set up for it.
    func buildingIndexes(on database: any SQLDatabase, _ build: () async throws -> Void) async throws
    /// Brings the planner's statistics on `tables` up to date, where the planner relies on them.
    func refreshPlannerStatistics(of tables: [String], on database: any SQLDatabase) async throws
}

/// An index or foreign key that a bulk load may drop and restore.
public struct DeferrableDefinition: Sendable, Decodable {
    public let name: String
    /// The statement that makes it, as the database's catalogue gives it.
    public let definition: String
    /// The statement that drops it.
    public let drop: String
}

extension BackendSQL {
    /// Runs a list of raw statements in order.
    public func run(_ statements: [String], on database: any SQLDatabase) async throws {
        for statement in statements {
            try await database.raw("\(unsafeRaw: statement)").run()
        }
    }
}

/// Picks the implementation for a database connection.
public enum Backend {
    public static func sql(for database: any Database) -> any BackendSQL {
        guard let sql = database as? any SQLDatabase else { return SQLiteBackendSQL() }
        return sql.dialect.name == "postgresql" ? PostgresBackendSQL() : SQLiteBackendSQL()
    }

    /// The database as SQLKit sees it. Both supported drivers are SQL drivers.
    public static func sqlDatabase(_ database: any Database) -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase else {
            preconditionFailure("Libertas needs an SQL database driver (SQLite or PostgreSQL)")
        }
        return sql
    }
}
