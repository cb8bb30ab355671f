import Foundation

/// The JSON body of a webhook request: an event's id, type, time and the ids
/// it concerns, never personal data. The receiver fetches what it needs
/// through the API, with its own token, under the access policy.
public struct WebhookPayload: Codable, Sendable, Equatable {
    /// The event's id: the same on every retry, so receivers deduplicate by it.
    public var id: UUID
    /// The event kind, such as `referral.received`.
    public var type: String
    public var occurredAt: Date
    public var organisationId: UUID
    public var subjectId: UUID
    public var caseId: UUID?

    public init(id: UUID, type: String, occurredAt: Date, organisationId: UUID, subjectId: UUID, caseId: UUID?) {
        self.id = id
        self.type = type
        self.occurredAt = occurredAt
        self.organisationId = organisationId
        self.subjectId = subjectId
        self.caseId = caseId
    }

    /// The bytes sent: keys sorted, ISO 8601 time, `caseId` as `null` when there is none.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encode(occurredAt, forKey: .occurredAt)
        try container.encode(organisationId, forKey: .organisationId)
        try container.encode(subjectId, forKey: .subjectId)
        try container.encode(caseId, forKey: .caseId)
    }
}
