import AccessControl
import Foundation
import Storage

/// A user account with its personal fields decrypted, ready for a page or the API.
struct UserView: Sendable {
    let id: UUID
    let username: String
    let displayName: String
    let email: String?
    let organisationID: UUID
    let roles: [Role]
    let active: Bool
    let mustChangePassword: Bool
    let lockedUntil: Date?
    let lastLoginAt: Date?
    let createdAt: Date?

    init(_ user: UserModel, cipher: FieldCipher) throws {
        let id = try user.requireID()
        self.id = id
        username = user.username
        displayName = try cipher.open(user.displayNameCipher, field: UserModel.EncryptedField.displayName, rowID: id)
        email = try cipher.openOptional(user.emailCipher, field: UserModel.EncryptedField.email, rowID: id)
        organisationID = user.$organisation.id
        roles = Role.allCases.filter { user.roleNames.contains($0.rawValue) }
        active = user.active
        mustChangePassword = user.mustChangePassword
        lockedUntil = user.lockedUntil
        lastLoginAt = user.lastLoginAt
        createdAt = user.createdAt
    }

    func isLocked(at now: Date) -> Bool {
        lockedUntil.map { $0 > now } ?? false
    }
}
