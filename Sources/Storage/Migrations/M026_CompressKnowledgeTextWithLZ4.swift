import FluentKit
import SQLKit

/// PostgreSQL compresses large values with `pglz` unless told otherwise, and a
/// knowledge record's full text is stored four times (draft, published
/// version, revision, search index) besides its tsvector: compressing them was
/// a third of the server's time in a bulk load. LZ4 compresses several times
/// faster for a little more space. It applies to values written from now on;
/// older ones stay readable as they are. Skipped where the server was built
/// without LZ4, and on SQLite, which does not compress.
struct M026_CompressKnowledgeTextWithLZ4: AsyncMigration {
    static let columns = [
        ("knowledge_records", ["draft", "published"]),
        ("knowledge_revisions", ["data"]),
        ("knowledge_index", ["text", "vector"]),
    ]

    func prepare(on database: any Database) async throws {
        let sql = Backend.sqlDatabase(database)
        guard sql.dialect.name == "postgresql", try await Self.serverHasLZ4(sql) else { return }
        for (table, columns) in Self.columns {
            let changes = columns.map { "ALTER COLUMN \($0) SET COMPRESSION lz4" }.joined(separator: ", ")
            try await sql.raw("ALTER TABLE \(unsafeRaw: table) \(unsafeRaw: changes)").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = Backend.sqlDatabase(database)
        guard sql.dialect.name == "postgresql" else { return }
        for (table, columns) in Self.columns {
            let changes = columns.map { "ALTER COLUMN \($0) SET COMPRESSION default" }.joined(separator: ", ")
            try await sql.raw("ALTER TABLE \(unsafeRaw: table) \(unsafeRaw: changes)").run()
        }
    }

    /// Whether `lz4` is among the values `default_toast_compression` accepts.
    static func serverHasLZ4(_ sql: any SQLDatabase) async throws -> Bool {
        let row = try await sql.raw("SELECT count(*) AS n FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)").first()
        return try row?.decode(column: "n", as: Int.self) == 1
    }
}
