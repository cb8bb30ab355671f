import FluentKit
import SQLKit

/// Reports from the public form, what reporters add to them, operators' notes
/// and attached files (issue 10). Notes have a table of their own so that the
/// reporter's side (status and follow-ups, by code and secret) never reads them.
struct M022_CreatePublicReports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PublicReportModel.schema)
            .field(.id, .uuid, .identifier(auto: false))
            .field("code", .string, .required)
            .field("secret_hash", .string, .required)
            .field("language", .string, .required)
            .field("description_enc", .string, .required)
            .field("latitude", .double)
            .field("longitude", .double)
            .field("accuracy_m", .double)
            .field("exact_location_enc", .string)
            .field("occurred_at", .datetime)
            .field("occurred_time_known", .bool, .required)
            .field("received_at", .datetime, .required)
            .field("anonymous", .bool, .required)
            .field("contact_enc", .string)
            .field("status", .string, .required)
            .field("assigned_operator_id", .uuid, .references(UserModel.schema, .id))
            .field("coordinate_decimals", .int)
            .field("date_only", .bool, .required)
            .field("hide_reporter", .bool, .required)
            .unique(on: "code", name: "public_reports_code_key")
            .create()

        try await database.schema(PublicReportFollowUpModel.schema)
            .field(.id, .uuid, .identifier(auto: false))
            .field("report_id", .uuid, .required, .references(PublicReportModel.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("body_enc", .string, .required)
            .field("added_at", .datetime, .required)
            .unique(on: "report_id", "position", name: "public_report_followups_position_key")
            .create()

        try await database.schema(PublicReportNoteModel.schema)
            .field(.id, .uuid, .identifier(auto: false))
            .field("report_id", .uuid, .required, .references(PublicReportModel.schema, .id, onDelete: .cascade))
            .field("author_id", .uuid, .required, .references(UserModel.schema, .id))
            .field("body_enc", .string, .required)
            .field("created_at", .datetime, .required)
            .create()

        try await database.schema(PublicReportAttachmentModel.schema)
            .field(.id, .uuid, .identifier(auto: false))
            .field("report_id", .uuid, .required, .references(PublicReportModel.schema, .id, onDelete: .cascade))
            .field("file_name_enc", .string, .required)
            .field("content_type", .string, .required)
            .field("size_bytes", .int, .required)
            .field("sha256", .string, .required)
            .field("added_at", .datetime, .required)
            .create()

        let sql = Backend.sqlDatabase(database)
        // The operators' queue: open reports, oldest first.
        try await sql.create(index: "public_reports_queue_idx").on(PublicReportModel.schema).column("status").column("received_at").run()
        try await sql.create(index: "public_report_notes_report_idx").on(PublicReportNoteModel.schema).column("report_id").column("created_at").run()
        try await sql.create(index: "public_report_attachments_report_idx").on(PublicReportAttachmentModel.schema).column("report_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PublicReportAttachmentModel.schema).delete()
        try await database.schema(PublicReportNoteModel.schema).delete()
        try await database.schema(PublicReportFollowUpModel.schema).delete()
        try await database.schema(PublicReportModel.schema).delete()
    }
}
