import FluentKit
import SQLKit

/// Indexes for lists across organisations (coordinators, analysts): in date
/// order, and in reference order within an organisation. Without them a list
/// sorted a million cases to show fifty.
struct M008_AddCaseListIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = Backend.sqlDatabase(database)
        try await sql.create(index: "cases_opened_idx").on(CaseFileModel.schema).column("opened_on").column("id").run()
        try await sql.create(index: "cases_reference_idx").on(CaseFileModel.schema).column("organisation_id").column("reference").column("id").run()
    }

    func revert(on database: any Database) async throws {
        let sql = Backend.sqlDatabase(database)
        try await sql.drop(index: "cases_opened_idx").run()
        try await sql.drop(index: "cases_reference_idx").run()
    }
}
