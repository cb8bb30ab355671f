import FluentKit

struct M001_CreateOrganisations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema)
            .id()
            .field("name", .string, .required)
            .field("name_key", .string, .required)
            .field("acronym", .string)
            .field("org_type", .string, .required)
            .field("phone", .string)
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "name_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema).delete()
    }
}
