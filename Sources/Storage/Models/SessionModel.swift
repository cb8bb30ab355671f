import FluentKit
import Foundation

/// A signed-in browser. The cookie holds a random token; only its SHA-256 is
/// stored, so a copy of the database cannot be used to take over a session.
public final class SessionModel: Model, @unchecked Sendable {
    public static let schema = "sessions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "token_hash") public var tokenHash: String
    @Parent(key: "user_id") public var user: UserModel
    @Field(key: "expires_at") public var expiresAt: Date
    @Field(key: "last_seen_at") public var lastSeenAt: Date
    @OptionalField(key: "ip_address") public var ipAddress: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(tokenHash: String, userID: UUID, expiresAt: Date, lastSeenAt: Date, ipAddress: String?) {
        self.id = UUID()
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.expiresAt = expiresAt
        self.lastSeenAt = lastSeenAt
        self.ipAddress = ipAddress
    }
}
