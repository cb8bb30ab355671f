import FluentKit
import Foundation

/// A personal access token for the API. Only its SHA-256 is stored; the token
/// itself is shown once, when it is created.
public final class AccessTokenModel: Model, @unchecked Sendable {
    public static let schema = "access_tokens"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: UserModel
    @Field(key: "name") public var name: String
    @Field(key: "token_hash") public var tokenHash: String
    /// The first characters of the token, shown so its owner can tell tokens apart.
    @Field(key: "display_prefix") public var displayPrefix: String
    @OptionalField(key: "expires_at") public var expiresAt: Date?
    @OptionalField(key: "last_used_at") public var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") public var revokedAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(userID: UUID, name: String, tokenHash: String, displayPrefix: String, expiresAt: Date?) {
        self.id = UUID()
        self.$user.id = userID
        self.name = name
        self.tokenHash = tokenHash
        self.displayPrefix = displayPrefix
        self.expiresAt = expiresAt
    }
}
