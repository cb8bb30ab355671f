import FluentKit
import Foundation

/// Where an organisation's systems hear about its events.
public final class WebhookEndpointModel: Model, @unchecked Sendable {
    public static let schema = "webhook_endpoints"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "url") public var url: String
    /// The signing secret, encrypted with `FieldCipher` (it would let anyone forge deliveries).
    @Field(key: "secret_enc") public var secretCipher: String
    /// The first characters of the secret, to tell endpoints apart without revealing it.
    @Field(key: "secret_prefix") public var secretPrefix: String
    /// The event kinds subscribed to, `;`-separated.
    @Field(key: "kinds") public var kinds: String
    @Field(key: "active") public var active: Bool
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "deactivated_at") public var deactivatedAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), organisationID: UUID, url: String, secretCipher: String, secretPrefix: String, kinds: String, at: Date) {
        self.id = id
        self.organisationID = organisationID
        self.url = url
        self.secretCipher = secretCipher
        self.secretPrefix = secretPrefix
        self.kinds = kinds
        self.active = true
        self.createdAt = at
    }

    public enum EncryptedField {
        public static let secret = "webhook_endpoints.secret"
    }

    /// The subscribed kinds as a set.
    public var kindSet: Set<String> { Set(kinds.split(separator: ";").map(String.init)) }
}
