import FluentKit
import SQLKit

/// The national service directory: providers and their multi-valued fields.
struct M011_CreateServiceDirectory: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ServiceProviderModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, .id))
            .field("name", .string, .required)
            .field("name_key", .string, .required)
            .field("active", .bool, .required)
            .field("min_age", .int)
            .field("max_age", .int)
            .field("accepts_mothers_with_children", .bool, .required)
            .field("disability_access", .bool, .required)
            .field("capacity", .int)
            .field("available_places", .int)
            .field("availability_updated_at", .datetime)
            .field("country", .string)
            .field("admin_area", .string)
            .field("city", .string)
            .field("address", .string)
            .field("latitude", .double)
            .field("longitude", .double)
            .field("phone", .string)
            .field("email", .string)
            .field("hours", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()

        try await database.schema(ServiceProviderValueModel.schema)
            .id()
            .field("provider_id", .uuid, .required, .references(ServiceProviderModel.schema, .id, onDelete: .cascade))
            .field("field", .string, .required)
            .field("value", .string, .required)
            .create()

        let sql = Backend.sqlDatabase(database)
        try await sql.create(index: "service_providers_search_idx").on(ServiceProviderModel.schema).column("active").column("name_key").run()
        try await sql.create(index: "service_providers_organisation_idx").on(ServiceProviderModel.schema).column("organisation_id").run()
        // Searches ask "does this provider have (field, value)": the provider first, then a point look-up.
        try await sql.create(index: "service_provider_values_idx").on(ServiceProviderValueModel.schema).column("provider_id").column("field").column("value").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ServiceProviderValueModel.schema).delete()
        try await database.schema(ServiceProviderModel.schema).delete()
    }
}
