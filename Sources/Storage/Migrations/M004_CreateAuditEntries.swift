import FluentKit
import SQLKit

struct M004_CreateAuditEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema)
            .field("seq", .int64, .identifier(auto: false))
            .field("timestamp_ms", .int64, .required)
            .field("actor_user_id", .uuid)
            .field("actor_label", .string, .required)
            .field("organisation_id", .uuid)
            .field("action", .string, .required)
            .field("record_type", .string, .required)
            .field("record_id", .string)
            .field("ip_address", .string)
            .field("request_id", .string)
            .field("summary", .string, .required)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .create()
        let sql = Backend.sqlDatabase(database)
        for column in ["timestamp_ms", "actor_user_id", "organisation_id", "action", "record_type"] {
            try await sql.create(index: "audit_entries_\(column)_idx").on(AuditEntryModel.schema).column(column).run()
        }
        let backend = Backend.sql(for: database)
        try await backend.run(backend.appendOnlyGuard(table: AuditEntryModel.schema), on: sql)
    }

    func revert(on database: any Database) async throws {
        let backend = Backend.sql(for: database)
        try await backend.run(backend.removeAppendOnlyGuard(table: AuditEntryModel.schema), on: Backend.sqlDatabase(database))
        try await database.schema(AuditEntryModel.schema).delete()
    }
}
