import Foundation
import Storage
import Vapor

struct WebhookEndpointDTO: Content {
    var id: UUID
    var organisationId: UUID
    var url: String
    var kinds: [String]
    var secretPrefix: String
    var active: Bool
    var createdAt: Date
    var deactivatedAt: Date?

    init(_ model: WebhookEndpointModel) throws {
        id = try model.requireID()
        organisationId = model.organisationID
        url = model.url
        kinds = model.kinds.split(separator: ";").map(String.init)
        secretPrefix = model.secretPrefix
        active = model.active
        createdAt = model.createdAt
        deactivatedAt = model.deactivatedAt
    }

    static let kindSchema = JSONSchema.string(values: DomainEvent.Kind.subscribable.map(\.rawValue))

    static let schema = JSONSchema.object([
        ("id", .uuid),
        ("organisationId", .uuid),
        ("url", .string(format: "uri")),
        ("kinds", .array(kindSchema)),
        ("secretPrefix", .string(description: "The first characters of the signing secret, to tell secrets apart.")),
        ("active", .boolean),
        ("createdAt", .dateTime),
        ("deactivatedAt", .nullable(.dateTime)),
    ], required: ["id", "organisationId", "url", "kinds", "secretPrefix", "active", "createdAt"])
}

struct WebhookEndpointRequest: Content {
    var url: String?
    var kinds: [String]?

    static let schema = JSONSchema.object([
        ("url", .string(format: "uri", description: "HTTPS, or HTTP to this machine (localhost) only.")),
        ("kinds", .array(WebhookEndpointDTO.kindSchema)),
    ], required: ["url", "kinds"])
}

struct CreatedWebhookEndpointDTO: Content {
    var endpoint: WebhookEndpointDTO
    var secret: String

    static let schema = JSONSchema.object([
        ("endpoint", .ref("WebhookEndpoint")),
        ("secret", .string(description: "The signing secret (HMAC-SHA256 key). Shown once; store it now.")),
    ], required: ["endpoint", "secret"])
}

struct WebhookTestDTO: Content {
    var eventId: UUID

    static let schema = JSONSchema.object([("eventId", .uuid)], required: ["eventId"])
}

/// A line of the delivery log: ids, statuses and times, no payloads or response bodies.
struct WebhookDeliveryDTO: Content {
    var id: UUID
    var eventId: UUID
    var type: String
    var endpointId: UUID
    var url: String
    var status: String
    var attempts: Int
    var lastStatusCode: Int?
    var lastError: String?
    var createdAt: Date
    var lastAttemptAt: Date?
    var nextAttemptAt: Date?
    var deliveredAt: Date?

    init(_ line: WebhookService.Delivery) {
        id = line.id
        eventId = line.eventID
        type = line.kind
        endpointId = line.endpointID
        url = line.url
        status = line.status.rawValue
        attempts = line.attempts
        lastStatusCode = line.lastStatusCode
        lastError = line.lastError
        createdAt = line.createdAt
        lastAttemptAt = line.lastAttemptAt
        nextAttemptAt = line.nextAttemptAt
        deliveredAt = line.deliveredAt
    }

    static let schema = JSONSchema.object([
        ("id", .uuid),
        ("eventId", .uuid),
        ("type", .string()),
        ("endpointId", .uuid),
        ("url", .string()),
        ("status", .string(values: WebhookDeliveryModel.Status.allCases.map(\.rawValue))),
        ("attempts", .integer(minimum: 0)),
        ("lastStatusCode", .nullable(.integer())),
        ("lastError", .nullable(.string())),
        ("createdAt", .dateTime),
        ("lastAttemptAt", .nullable(.dateTime)),
        ("nextAttemptAt", .nullable(.dateTime)),
        ("deliveredAt", .nullable(.dateTime)),
    ], required: ["id", "eventId", "type", "endpointId", "url", "status", "attempts", "createdAt"])
}
