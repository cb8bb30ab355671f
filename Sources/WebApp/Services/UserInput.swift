import AccessControl
import Foundation

/// What an administrator may set on a user account. `nil` leaves a field as it is.
struct UserInput: Sendable {
    var username: String?
    var displayName: String?
    var email: String?
    var organisationID: UUID?
    var roles: [String]?
    var active: Bool?
}

/// The checked values of a ``UserInput``.
struct UserValues: Sendable {
    var username: String?
    var displayName: String?
    /// `.some(nil)` clears the email.
    var email: String??
    var roles: Set<Role>?

    static let usernamePattern = "3 to 64 lower-case letters, digits, dots, hyphens or underscores"

    static func validate(_ input: UserInput, partial: Bool) throws -> UserValues {
        var validator = Validator()
        var values = UserValues()
        if !partial {
            let username = (input.username ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            if username.isEmpty {
                validator.add("username", .validationRequired)
            } else if !isValidUsername(username) {
                validator.add("username", .validationUsername)
            }
            values.username = username
            if input.organisationID == nil { validator.add("organisationId", .validationRequired) }
        }
        if !partial || input.displayName != nil {
            values.displayName = validator.requireText(input.displayName, field: "displayName", maxLength: 200)
        }
        if let email = input.email {
            let trimmed = email.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                values.email = .some(nil)
            } else if isPlausibleEmail(trimmed), trimmed.count <= 254 {
                values.email = .some(trimmed)
            } else {
                validator.add("email", .validationEmail)
            }
        }
        if let names = input.roles {
            let roles = names.compactMap(Role.init(rawValue:))
            if roles.count != names.count {
                validator.add("roles", .validationChoice)
            } else if roles.isEmpty {
                validator.add("roles", .validationRoleRequired)
            }
            values.roles = Set(roles)
        } else if !partial {
            validator.add("roles", .validationRoleRequired)
        }
        try validator.throwIfInvalid()
        return values
    }

    static func isValidUsername(_ name: String) -> Bool {
        (3...64).contains(name.count) && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "._-".contains($0)) }
    }

    /// One `@`, something before it, a dot after it, no spaces. Deliverability
    /// is the mail server's to decide; this only catches typing slips.
    static func isPlausibleEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }
}
