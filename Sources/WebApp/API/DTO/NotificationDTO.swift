import Foundation
import Storage
import Vapor

/// One in-app notification: an event's kind and ids, never personal data.
struct NotificationDTO: Content {
    var id: UUID
    var eventId: UUID
    var type: String
    var subjectId: UUID
    var caseId: UUID?
    var organisationId: UUID
    var occurredAt: Date
    var readAt: Date?
    /// The page the event is about, when there is one.
    var link: String?

    init(_ item: InboxService.Item) {
        id = item.id
        eventId = item.eventID
        type = item.kind?.rawValue ?? "unknown"
        subjectId = item.subjectID
        caseId = item.caseID
        organisationId = item.organisationID
        occurredAt = item.at
        readAt = item.readAt
        link = item.link
    }

    static let schema = JSONSchema.object([
        ("id", .uuid),
        ("eventId", .uuid),
        ("type", .string(values: DomainEvent.Kind.allCases.map(\.rawValue) + ["unknown"])),
        ("subjectId", .uuid),
        ("caseId", .nullable(.uuid)),
        ("organisationId", .uuid),
        ("occurredAt", .dateTime),
        ("readAt", .nullable(.dateTime)),
        ("link", .nullable(.string(description: "The page of the referral or case the event is about."))),
    ], required: ["id", "eventId", "type", "subjectId", "organisationId", "occurredAt"])
}

struct UnreadCountDTO: Content {
    var unread: Int

    static let schema = JSONSchema.object([("unread", .integer(minimum: 0))], required: ["unread"])
}

/// Every named schema of notifications and webhooks.
enum NotificationSchemas {
    static let components: [String: JSONSchema] = [
        "Notification": NotificationDTO.schema,
        "UnreadCount": UnreadCountDTO.schema,
        "WebhookEndpoint": WebhookEndpointDTO.schema,
        "NewWebhookEndpoint": WebhookEndpointRequest.schema,
        "CreatedWebhookEndpoint": CreatedWebhookEndpointDTO.schema,
        "WebhookDelivery": WebhookDeliveryDTO.schema,
        "WebhookTest": WebhookTestDTO.schema,
    ]
}
