import Localization
import Vapor

/// The errors the web layer knows how to show. Services throw these; the one
/// ``ErrorMapping`` middleware turns them into an HTML page or a JSON body.
public enum AppError: Error, Sendable {
    /// 401: no valid session or token.
    case unauthenticated
    /// 403: signed in, but not allowed. Used when the record may be known to exist.
    case forbidden
    /// 404: no such record, or one the user may not know exists.
    case notFound
    /// 404 with a message saying why, where the reader may be told (a report code and secret that do not match).
    case notFoundExplained(TextKey)
    /// 400: the request is malformed (a bad cursor, a bad query value).
    case badRequest(TextKey, [String: String] = [:])
    /// 422: the input was understood but is not valid; one entry per field.
    case invalid([FieldError])
    /// 409: the change conflicts with existing data, e.g. a name already taken.
    case conflict(FieldError)
    /// 429: too many attempts; try again after this many seconds.
    case tooManyAttempts(retryAfter: Int)
    /// 403 on a form post whose CSRF token is missing or stale.
    case csrfRejected
    /// 503: this installation lacks something the request needs (a tool not installed); the
    /// message says what.
    case unavailable(TextKey)

    public var status: HTTPResponseStatus {
        switch self {
        case .unauthenticated: .unauthorized
        case .forbidden, .csrfRejected: .forbidden
        case .notFound, .notFoundExplained: .notFound
        case .badRequest: .badRequest
        case .invalid: .unprocessableEntity
        case .conflict: .conflict
        case .tooManyAttempts: .tooManyRequests
        case .unavailable: .serviceUnavailable
        }
    }

    /// A stable, machine-readable code for API clients.
    public var code: String {
        switch self {
        case .unauthenticated: "unauthenticated"
        case .forbidden: "forbidden"
        case .notFound, .notFoundExplained: "not_found"
        case .badRequest: "bad_request"
        case .invalid: "invalid"
        case .conflict: "conflict"
        case .tooManyAttempts: "too_many_attempts"
        case .csrfRejected: "csrf_rejected"
        case .unavailable: "unavailable"
        }
    }

    /// The headline message, in the reader's language.
    public func message(_ t: Localizer) -> String {
        switch self {
        case .unauthenticated: t(.errorUnauthenticated)
        case .forbidden: t(.errorForbidden)
        case .notFound: t(.errorNotFound)
        case .notFoundExplained(let key): t(key)
        case .badRequest(let key, let arguments): t(key, arguments)
        case .invalid: t(.errorInvalid)
        case .conflict(let field): field.message(t)
        case .tooManyAttempts(let seconds): t(.errorTooManyAttempts, ["minutes": String(max(1, (seconds + 59) / 60))])
        case .csrfRejected: t(.errorCSRF)
        case .unavailable(let key): t(key)
        }
    }

    public var fieldErrors: [FieldError] {
        switch self {
        case .invalid(let fields): fields
        case .conflict(let field): [field]
        default: []
        }
    }
}

/// What is wrong with one input field.
public struct FieldError: Sendable, Hashable {
    /// The field's name as the form and the JSON body spell it.
    public var field: String
    public var key: TextKey
    public var arguments: [String: String]

    public init(_ field: String, _ key: TextKey, _ arguments: [String: String] = [:]) {
        self.field = field
        self.key = key
        self.arguments = arguments
    }

    public func message(_ t: Localizer) -> String { t(key, arguments) }
}

/// Collects field errors while checking an input, then throws them all at once.
public struct Validator {
    public private(set) var errors: [FieldError] = []

    public init() {}

    public mutating func add(_ field: String, _ key: TextKey, _ arguments: [String: String] = [:]) {
        errors.append(FieldError(field, key, arguments))
    }

    /// Checks that `value` is non-empty and at most `maxLength` characters; returns it trimmed.
    public mutating func requireText(_ value: String?, field: String, maxLength: Int) -> String {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty {
            add(field, .validationRequired)
        } else if trimmed.count > maxLength {
            add(field, .validationTooLong, ["max": String(maxLength)])
        }
        return trimmed
    }

    /// Checks an optional text; returns `nil` for an empty one.
    public mutating func optionalText(_ value: String?, field: String, maxLength: Int) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.count > maxLength { add(field, .validationTooLong, ["max": String(maxLength)]) }
        return trimmed.isEmpty ? nil : trimmed
    }

    public func throwIfInvalid() throws {
        if !errors.isEmpty { throw AppError.invalid(errors) }
    }
}
