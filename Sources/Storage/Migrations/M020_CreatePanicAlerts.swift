import FluentKit
import SQLKit

/// Panic alerts from the public channel (issue 10).
struct M020_CreatePanicAlerts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PanicAlertModel.schema)
            .field(.id, .uuid, .identifier(auto: false))
            .field("latitude", .double)
            .field("longitude", .double)
            .field("accuracy_m", .double)
            .field("sent_at", .datetime, .required)
            .field("received_at", .datetime, .required)
            .field("status", .string, .required)
            .create()
        // The operators' queue: open alerts, oldest first.
        try await Backend.sqlDatabase(database).create(index: "panic_alerts_queue_idx").on(PanicAlertModel.schema).column("status").column("received_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PanicAlertModel.schema).delete()
    }
}
