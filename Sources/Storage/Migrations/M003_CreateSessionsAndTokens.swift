import FluentKit
import SQLKit

struct M003_CreateSessionsAndTokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SessionModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("expires_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .field("ip_address", .string)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema(AccessTokenModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("display_prefix", .string, .required)
            .field("expires_at", .datetime)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        let sql = Backend.sqlDatabase(database)
        try await sql.create(index: "sessions_user_idx").on(SessionModel.schema).column("user_id").run()
        try await sql.create(index: "access_tokens_user_idx").on(AccessTokenModel.schema).column("user_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AccessTokenModel.schema).delete()
        try await database.schema(SessionModel.schema).delete()
    }
}
