import FluentKit
import SQLKit

/// Requests to transfer a case to another organisation.
struct M014_CreateCaseTransfers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CaseTransferModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseFileModel.schema, .id, onDelete: .cascade))
            .field("from_organisation_id", .uuid, .required, .references(OrganisationModel.schema, .id))
            .field("to_organisation_id", .uuid, .required, .references(OrganisationModel.schema, .id))
            .field("status", .string, .required)
            .field("requested_by", .uuid, .required)
            .field("requested_at", .datetime, .required)
            .field("comment_enc", .string)
            .field("decided_by", .uuid)
            .field("decided_at", .datetime)
            .field("decision_comment_enc", .string)
            .create()
        let sql = Backend.sqlDatabase(database)
        try await sql.create(index: "case_transfers_case_idx").on(CaseTransferModel.schema).column("case_id").column("status").run()
        try await sql.create(index: "case_transfers_incoming_idx").on(CaseTransferModel.schema).column("to_organisation_id").column("status").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CaseTransferModel.schema).delete()
    }
}
