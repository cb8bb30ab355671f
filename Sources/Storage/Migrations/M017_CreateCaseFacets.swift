import FluentKit
import SQLKit

/// The table of case list filters (``CaseFacets``), filled from existing cases.
struct M017_CreateCaseFacets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CaseFacets.schema)
            .field("case_id", .uuid, .required)
            .foreignKey("case_id", references: CaseFileModel.schema, .id, onDelete: .cascade)
            .field("organisation_id", .uuid, .required)
            .field("field", .string, .required)
            .field("value", .string, .required)
            .field("opened_on", .string, .required)
            .create()
        let sql = Backend.sqlDatabase(database)
        // A filtered list walks one value's cases newest first, within an
        // organisation or across all; the case index serves a second filter's
        // look-up and the rewrite of a case's rows.
        try await sql.create(index: "case_facets_list_idx").on(CaseFacets.schema)
            .column("organisation_id").column("field").column("value").column("opened_on").column("case_id").run()
        try await sql.create(index: "case_facets_all_idx").on(CaseFacets.schema)
            .column("field").column("value").column("opened_on").column("case_id").run()
        try await sql.create(index: "case_facets_case_idx").on(CaseFacets.schema)
            .column("case_id").column("field").column("value").run()
        try await CaseFacets.rebuild(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CaseFacets.schema).delete()
    }
}
