import Localization

/// What a password must be. Length matters most (NIST SP 800-63B); we refuse
/// the few passwords every attacker tries first and ones built from the username.
enum PasswordPolicy {
    static let minimumLength = 12

    private static let common: Set<String> = [
        "password1234", "123456789012", "qwertyuiopas", "passwordpassword", "letmein12345",
        "administrator", "welcome12345", "iloveyou1234", "changeme1234", "libertas1234",
    ]

    /// The problems with `password` for the user `username`, as field errors on `field`.
    static func check(_ password: String, username: String, field: String) -> [FieldError] {
        var errors: [FieldError] = []
        if password.count < minimumLength {
            errors.append(FieldError(field, .passwordTooShort, ["min": String(minimumLength)]))
        }
        if password.utf8.count > PasswordHasher.maximumBytes {
            errors.append(FieldError(field, .passwordTooLong, ["max": String(PasswordHasher.maximumBytes)]))
        }
        let lower = password.lowercased()
        if common.contains(lower) || Set(password).count < 4 {
            errors.append(FieldError(field, .passwordTooCommon))
        } else if !username.isEmpty, lower.contains(username.lowercased()) {
            errors.append(FieldError(field, .passwordContainsUsername))
        }
        return errors
    }
}
