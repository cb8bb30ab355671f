import FluentKit
import SQLKit

/// The awareness section's directory of help contacts and consulates (issue 10).
struct M024_CreateHelpContacts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(HelpContactModel.schema)
            .field(.id, .uuid, .identifier(auto: false))
            .field("name", .string, .required)
            .field("name_key", .string, .required)
            .field("kind", .string, .required)
            .field("country", .string)
            .field("represents", .string)
            .field("languages", .string, .required)
            .field("phone", .string)
            .field("email", .string)
            .field("website", .string)
            .field("address", .string)
            .field("hours", .string)
            .field("note", .string)
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        // The public page lists active contacts by name; filters narrow a list of hundreds, not millions.
        try await Backend.sqlDatabase(database).create(index: "help_contacts_list_idx").on(HelpContactModel.schema)
            .column("active").column("name_key").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(HelpContactModel.schema).delete()
    }
}
