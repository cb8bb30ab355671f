import FluentKit
import Foundation

/// A person who signs in to Libertas.
///
/// The display name and email are personal data and are stored encrypted
/// (see ``FieldCipher``); the username is the sign-in identifier and stays plain
/// so it can be unique and looked up.
public final class UserModel: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?

    /// Lower-case, unique.
    @Field(key: "username") public var username: String
    @Parent(key: "organisation_id") public var organisation: OrganisationModel
    @Field(key: "display_name_enc") public var displayNameCipher: String
    @OptionalField(key: "email_enc") public var emailCipher: String?
    @Field(key: "password_hash") public var passwordHash: String
    /// Set for a one-time password: the user must choose their own at next sign-in.
    @Field(key: "must_change_password") public var mustChangePassword: Bool
    @Field(key: "active") public var active: Bool
    @Field(key: "failed_login_count") public var failedLoginCount: Int
    @OptionalField(key: "locked_until") public var lockedUntil: Date?
    @OptionalField(key: "last_login_at") public var lastLoginAt: Date?

    @Children(for: \.$user) public var roleRows: [UserRoleModel]

    /// The role names, when the roles were loaded with the user (`with(\.$roleRows)`);
    /// none otherwise, so a forgotten eager load denies access rather than crashing.
    public var roleNames: [String] { ($roleRows.value ?? []).map(\.role) }

    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(
        id: UUID = UUID(),
        username: String,
        organisationID: UUID,
        displayNameCipher: String,
        emailCipher: String?,
        passwordHash: String,
        mustChangePassword: Bool
    ) {
        self.id = id
        self.username = username
        self.$organisation.id = organisationID
        self.displayNameCipher = displayNameCipher
        self.emailCipher = emailCipher
        self.passwordHash = passwordHash
        self.mustChangePassword = mustChangePassword
        self.active = true
        self.failedLoginCount = 0
    }

    /// Field names used as authenticated data for the encrypted columns.
    public enum EncryptedField {
        public static let displayName = "users.display_name"
        public static let email = "users.email"
    }
}
