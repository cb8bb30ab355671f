import FluentKit
import SQLKit

/// Referral from the operator console (issue 10): which alert or report each
/// referral came from; and the queue's paging, which reads the newest items by
/// arrival alone for the response-time figures (the M020/M022 indexes lead with
/// the status, which the figures do not filter on).
struct M025_AddOperatorReferrals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OperatorReferralModel.schema)
            .field(.id, .uuid, .identifier(auto: false), .references(ReferralModel.schema, .id, onDelete: .cascade))
            .field("item_kind", .string, .required)
            .field("item_id", .uuid, .required)
            .create()
        let sql = Backend.sqlDatabase(database)
        try await sql.create(index: "operator_referrals_item_idx").on(OperatorReferralModel.schema).column("item_id").run()
        try await sql.create(index: "panic_alerts_received_idx").on(PanicAlertModel.schema).column("received_at").run()
        try await sql.create(index: "public_reports_received_idx").on(PublicReportModel.schema).column("received_at").run()
    }

    func revert(on database: any Database) async throws {
        let sql = Backend.sqlDatabase(database)
        try await sql.drop(index: "public_reports_received_idx").run()
        try await sql.drop(index: "panic_alerts_received_idx").run()
        try await database.schema(OperatorReferralModel.schema).delete()
    }
}
