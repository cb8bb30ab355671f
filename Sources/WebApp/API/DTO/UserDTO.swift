import AccessControl
import Foundation
import Vapor

struct UserDTO: Content {
    var id: UUID
    var username: String
    var displayName: String
    var email: String?
    var organisationId: UUID
    var roles: [String]
    var active: Bool
    var mustChangePassword: Bool
    var lockedUntil: Date?
    var lastLoginAt: Date?
    var createdAt: Date?

    init(_ view: UserView) {
        id = view.id
        username = view.username
        displayName = view.displayName
        email = view.email
        organisationId = view.organisationID
        roles = view.roles.map(\.rawValue)
        active = view.active
        mustChangePassword = view.mustChangePassword
        lockedUntil = view.lockedUntil
        lastLoginAt = view.lastLoginAt
        createdAt = view.createdAt
    }

    static let schema = JSONSchema.object([
        ("id", .uuid),
        ("username", .string()),
        ("displayName", .string()),
        ("email", .nullable(.string(format: "email"))),
        ("organisationId", .uuid),
        ("roles", .array(.string(values: Role.allCases.map(\.rawValue)))),
        ("active", .boolean),
        ("mustChangePassword", .boolean),
        ("lockedUntil", .nullable(.dateTime)),
        ("lastLoginAt", .nullable(.dateTime)),
        ("createdAt", .nullable(.dateTime)),
    ], required: ["id", "username", "displayName", "organisationId", "roles", "active", "mustChangePassword"])
}

/// The body of `POST /users` and `PATCH /users/{id}`.
struct UserRequest: Content {
    var username: String?
    var displayName: String?
    var email: String?
    var organisationId: UUID?
    var roles: [String]?
    var active: Bool?

    var input: UserInput {
        UserInput(username: username, displayName: displayName, email: email, organisationID: organisationId, roles: roles, active: active)
    }

    static func schema(creating: Bool) -> JSONSchema {
        let roles = JSONSchema.array(.string(values: Role.allCases.map(\.rawValue)))
        if creating {
            return .object([
                ("username", .string(description: UserValues.usernamePattern)),
                ("displayName", .string()),
                ("email", .string(format: "email")),
                ("organisationId", .uuid),
                ("roles", roles),
            ], required: ["username", "displayName", "organisationId", "roles"])
        }
        return .object([
            ("displayName", .string()),
            ("email", .string(description: "An empty string removes the email.")),
            ("roles", roles),
            ("active", .boolean),
        ], required: [])
    }
}

/// A new account, or a reset password: the one-time password is in this response only.
struct UserWithPasswordDTO: Content {
    var user: UserDTO
    var oneTimePassword: String

    static let schema = JSONSchema.object([
        ("user", .ref("User")),
        ("oneTimePassword", .string(description: "Shown once. The user must replace it at first sign-in.")),
    ], required: ["user", "oneTimePassword"])
}

struct PasswordChangeRequest: Content {
    var currentPassword: String
    var newPassword: String

    static let schema = JSONSchema.object([
        ("currentPassword", .string()),
        ("newPassword", .string(description: "At least 12 characters.")),
    ], required: ["currentPassword", "newPassword"])
}
