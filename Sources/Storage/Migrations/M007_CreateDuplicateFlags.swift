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
            .field("reasons", .string, .required)
            .field("status", .string, .required)
            .field("resolved_by", .uuid)
            .field("resolved_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "person_id", "other_person_id")
            .create()
        let sql = Backend.sqlDatabase(database)
        try await sql.create(index: "duplicate_flags_status_idx").on(DuplicateFlagModel.schema).column("status").column("created_at").run()
        try await sql.create(index: "duplicate_flags_other_idx").on(DuplicateFlagModel.schema).column("other_person_id").run()
        // The queue of persons not yet compared with other organisations' registers.
        try await sql.create(index: "persons_duplicate_checked_idx").on(PersonModel.schema).column("duplicate_checked").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DuplicateFlagModel.schema).delete()
    }
}
