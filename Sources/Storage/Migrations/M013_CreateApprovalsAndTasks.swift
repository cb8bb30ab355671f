import FluentKit
import SQLKit

/// Approvals of case steps and tasks with due days (issue 5, items 4 and 5).
struct M013_CreateApprovalsAndTasks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ApprovalModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseFileModel.schema, .id, onDelete: .cascade))
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, .id))
            .field("step", .string, .required)
            .field("status", .string, .required)
            .field("requested_by", .uuid, .required)
            .field("requested_at", .datetime, .required)
            .field("request_comment_enc", .string)
            .field("decided_by", .uuid)
            .field("decided_at", .datetime)
            .field("decision_comment_enc", .string)
            .create()

        try await database.schema(TaskModel.schema)
            .id()
            .field("case_id", .uuid, .references(CaseFileModel.schema, .id, onDelete: .cascade))
            .field("referral_id", .uuid, .references(ReferralModel.schema, .id, onDelete: .cascade))
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, .id))
            .field("assignee_id", .uuid, .required)
            .field("title_enc", .string)
            .field("due_on", .string, .required)
            .field("status", .string, .required)
            .field("kind", .string, .required)
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .field("done_by", .uuid)
            .field("done_at", .datetime)
            .field("overdue_notified_at", .datetime)
            // The follow-up job makes at most one task per referral, even with two servers;
            // manual tasks have no referral, and NULLs never collide on either backend.
            .unique(on: "referral_id", "kind", name: "tasks_referral_kind_key")
            .create()

        let sql = Backend.sqlDatabase(database)
        try await sql.create(index: "approvals_case_idx").on(ApprovalModel.schema).column("case_id").run()
        try await sql.create(index: "approvals_queue_idx").on(ApprovalModel.schema).column("organisation_id").column("status").run()
        try await sql.create(index: "tasks_assignee_idx").on(TaskModel.schema).column("assignee_id").column("status").column("due_on").run()
        try await sql.create(index: "tasks_organisation_idx").on(TaskModel.schema).column("organisation_id").column("status").column("due_on").run()
        try await sql.create(index: "tasks_case_idx").on(TaskModel.schema).column("case_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TaskModel.schema).delete()
        try await database.schema(ApprovalModel.schema).delete()
    }
}
