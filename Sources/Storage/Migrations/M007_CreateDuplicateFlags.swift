import FluentKit
import SQLKit

struct M007_CreateDuplicateFlags: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DuplicateFlagModel.schema)
            .id()
            .field("person_id", .uuid, .required, .references(PersonModel.schema, .id, onDelete: .cascade))
            .field("organisation_id", .uuid, .required)
            .field("other_person_id", .uuid, .required, .references(PersonModel.schema, .id, onDelete: .cascade))
            .field("other_organisation_id", .uuid, .required)
            .field("score", .double, .required)
            .field("resolved", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "person_id", "other_person_id")
            .create()
        try await Backend.sqlDatabase(database).create(index: "duplicate_flags_open_idx").on(DuplicateFlagModel.schema).column("resolved").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DuplicateFlagModel.schema).delete()
    }
}
