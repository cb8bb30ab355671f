import FluentKit
import SQLKit

struct M002_CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserModel.schema)
            .id()
            .field("username", .string, .required)
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, .id))
            .field("display_name_enc", .string, .required)
            .field("email_enc", .string)
            .field("password_hash", .string, .required)
            .field("must_change_password", .bool, .required)
            .field("active", .bool, .required)
            .field("failed_login_count", .int, .required)
            .field("locked_until", .datetime)
            .field("last_login_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "username")
            .create()
        try await database.schema(UserRoleModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("role", .string, .required)
            .unique(on: "user_id", "role")
            .create()
        let sql = Backend.sqlDatabase(database)
        try await sql.create(index: "users_organisation_idx").on(UserModel.schema).column("organisation_id").run()
        try await sql.create(index: "user_roles_role_idx").on(UserRoleModel.schema).column("role").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserRoleModel.schema).delete()
        try await database.schema(UserModel.schema).delete()
    }
}
