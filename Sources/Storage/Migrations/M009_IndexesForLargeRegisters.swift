import FluentKit
import SQLKit

/// Two indexes that a register of a million victims needs, each replacing a
/// narrower one.
///
/// - `(assigned_to, organisation_id)`: a case worker's list adds the cases of
///   other organisations assigned to them. With only `assigned_to` indexed, that
///   read went through every case assigned to the worker in their own
///   organisation (over 100,000 in the benchmark) to keep none of them.
/// - `(digest, person_id, organisation_id)` on the name index: search before
///   create counts shared digests per person. Without `person_id` in the index,
///   each of the tens of thousands of rows a common name has was a random read
///   of the table (5.8 s cold in the benchmark, 0.09 s with the index).
struct M009_IndexesForLargeRegisters: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = Backend.sqlDatabase(database)
        try await sql.create(index: "cases_assigned_org_idx").on(CaseFileModel.schema).column("assigned_to").column("organisation_id").run()
        try await sql.drop(index: "cases_assigned_idx").run()
        try await sql.create(index: "name_index_search_idx").on(PersonNameIndexModel.schema)
            .column("digest").column("person_id").column("organisation_id").run()
        try await sql.drop(index: "name_index_digest_idx").run()
    }

    func revert(on database: any Database) async throws {
        let sql = Backend.sqlDatabase(database)
        try await sql.create(index: "name_index_digest_idx").on(PersonNameIndexModel.schema).column("digest").column("organisation_id").run()
        try await sql.drop(index: "name_index_search_idx").run()
        try await sql.create(index: "cases_assigned_idx").on(CaseFileModel.schema).column("assigned_to").run()
        try await sql.drop(index: "cases_assigned_org_idx").run()
    }
}
