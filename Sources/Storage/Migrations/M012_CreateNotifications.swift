import FluentKit
import SQLKit

/// The event outbox, in-app notifications, and webhooks with their delivery queue.
struct M012_CreateNotifications: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventModel.schema)
            .id()
            .field("kind", .string, .required)
            .field("subject_id", .uuid, .required)
            .field("case_id", .uuid)
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, .id))
            .field("user_id", .uuid)
            .field("created_at", .datetime, .required)
            .create()

        try await database.schema(NotificationModel.schema)
            .id()
            .field("event_id", .uuid, .required, .references(EventModel.schema, .id, onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("read_at", .datetime)
            .unique(on: "event_id", "user_id")
            .create()

        try await database.schema(WebhookEndpointModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, .id))
            .field("url", .string, .required)
            .field("secret_enc", .string, .required)
            .field("secret_prefix", .string, .required)
            .field("kinds", .string, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("deactivated_at", .datetime)
            .create()

        try await database.schema(WebhookDeliveryModel.schema)
            .id()
            .field("event_id", .uuid, .required, .references(EventModel.schema, .id, onDelete: .cascade))
            .field("endpoint_id", .uuid, .required, .references(WebhookEndpointModel.schema, .id, onDelete: .cascade))
            .field("organisation_id", .uuid, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("claimed_until", .datetime)
            .field("claim_token", .uuid)
            .field("last_status_code", .int)
            .field("last_error", .string)
            .field("last_attempt_at", .datetime)
            .field("delivered_at", .datetime)
            .field("created_at", .datetime, .required)
            // An event goes into each endpoint's queue once, whatever happens.
            .unique(on: "event_id", "endpoint_id")
            .create()

        let sql = Backend.sqlDatabase(database)
        try await sql.create(index: "notifications_inbox_idx").on(NotificationModel.schema).column("user_id").column("read_at").run()
        try await sql.create(index: "webhook_endpoints_org_idx").on(WebhookEndpointModel.schema).column("organisation_id").column("active").run()
        try await sql.create(index: "webhook_deliveries_due_idx").on(WebhookDeliveryModel.schema).column("status").column("next_attempt_at").run()
        try await sql.create(index: "webhook_deliveries_org_idx").on(WebhookDeliveryModel.schema).column("organisation_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(WebhookDeliveryModel.schema).delete()
        try await database.schema(WebhookEndpointModel.schema).delete()
        try await database.schema(NotificationModel.schema).delete()
        try await database.schema(EventModel.schema).delete()
    }
}
