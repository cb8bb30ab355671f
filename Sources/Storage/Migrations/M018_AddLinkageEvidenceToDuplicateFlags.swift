import FluentKit

/// Duplicate flags also come from record linkage (`libertas link --from-database`):
/// where a flag came from, and the field-level evidence of the Fellegi–Sunter
/// model for the coordinator's review.
struct M018_AddLinkageEvidenceToDuplicateFlags: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DuplicateFlagModel.schema)
            .field("source", .string, .required, .sql(.default(DuplicateFlagModel.Source.search.rawValue)))
            .update()
        try await database.schema(DuplicateFlagModel.schema).field("evidence", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DuplicateFlagModel.schema).deleteField("evidence").update()
        try await database.schema(DuplicateFlagModel.schema).deleteField("source").update()
    }
}
