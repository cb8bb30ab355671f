import FluentKit
import SQLKit

/// The operator console (issue 10): panic alerts get the pre-registered data the
/// device sent, an assigned operator, a checklist, the case they were escalated
/// to and the moments behind the response-time figures; reports get the same
/// operator-side columns; alerts get contact notes in a table of their own, as
/// reports have. One column per `ALTER TABLE`: SQLite adds one at a time.
struct M023_AddOperatorConsole: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let alertColumns: [(FieldKey, DatabaseSchema.DataType)] = [
            ("basic_data_enc", .string), ("assigned_operator_id", .uuid), ("case_id", .uuid),
            ("first_action_at", .datetime), ("closed_at", .datetime),
        ]
        for (name, type) in alertColumns {
            try await database.schema(PanicAlertModel.schema).field(name, type).update()
        }
        try await database.schema(PanicAlertModel.schema).field("checklist", .string, .required, .sql(.default(""))).update()
        for (name, type) in [(FieldKey("case_id"), DatabaseSchema.DataType.uuid), ("first_action_at", .datetime), ("closed_at", .datetime)] {
            try await database.schema(PublicReportModel.schema).field(name, type).update()
        }
        try await database.schema(PublicReportModel.schema).field("checklist", .string, .required, .sql(.default(""))).update()

        try await database.schema(PanicAlertNoteModel.schema)
            .field(.id, .uuid, .identifier(auto: false))
            .field("alert_id", .uuid, .required, .references(PanicAlertModel.schema, .id, onDelete: .cascade))
            .field("author_id", .uuid, .required, .references(UserModel.schema, .id))
            .field("body_enc", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await Backend.sqlDatabase(database).create(index: "panic_alert_notes_alert_idx").on(PanicAlertNoteModel.schema)
            .column("alert_id").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PanicAlertNoteModel.schema).delete()
        for name in ["checklist", "case_id", "first_action_at", "closed_at"] {
            try await database.schema(PublicReportModel.schema).deleteField(FieldKey(stringLiteral: name)).update()
        }
        for name in ["checklist", "closed_at", "first_action_at", "case_id", "assigned_operator_id", "basic_data_enc"] {
            try await database.schema(PanicAlertModel.schema).deleteField(FieldKey(stringLiteral: name)).update()
        }
    }
}
