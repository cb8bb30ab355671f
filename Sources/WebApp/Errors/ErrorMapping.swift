import Localization
import Storage
import Vapor

/// The one place where errors become responses.
///
/// API requests get a JSON body, browsers get a page in their language. A
/// server error is logged in full and shown to the client only as a generic
/// message with the request id, never with internals.
struct ErrorMapping: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return Self.response(for: error, to: request)
        }
    }

    static func response(for error: any Error, to request: Request) -> Response {
        let t = request.localizer
        let mapped = map(error, t: t)
        if mapped.status.code >= 500 {
            request.logger.error("Request failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.url.path)"])
        } else {
            request.logger.debug("Request refused", metadata: ["status": "\(mapped.status.code)", "error": "\(error)"])
        }
        let response = request.wantsJSON
            ? APIErrorBody(mapped: mapped, requestID: request.requestID).response(status: mapped.status)
            : ErrorPage.response(mapped: mapped, request: request)
        if let seconds = mapped.retryAfter {
            response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
        }
        if mapped.status == .unauthorized, request.wantsJSON {
            response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer realm=\"libertas\"")
        }
        return response
    }

    /// What the client is told about an error.
    struct Mapped {
        var status: HTTPResponseStatus
        var code: String
        var message: String
        var fields: [(field: String, message: String)]
        /// Seconds after which the client may try again (`Retry-After`), when it is worth saying.
        var retryAfter: Int? = nil
    }

    static func map(_ error: any Error, t: Localizer) -> Mapped {
        switch error {
        case let error as AppError:
            var mapped = Mapped(status: error.status, code: error.code, message: error.message(t), fields: error.fieldErrors.map { ($0.field, $0.message(t)) })
            if case .tooManyAttempts(let seconds) = error { mapped.retryAfter = seconds }
            return mapped
        case is ConnectionPoolTimeoutError:
            // Every database connection stayed busy past the pool's timeout: an
            // overload that passes, so the client is told to retry, not that it failed.
            var mapped = map(AppError.unavailable(.errorBusy), t: t)
            mapped.retryAfter = 5
            return mapped
        case is CursorError:
            return Mapped(status: .badRequest, code: "bad_request", message: t(.errorBadCursor), fields: [])
        case let error as DecodingError:
            return Mapped(status: .badRequest, code: "bad_request", message: t(.errorBadBody), fields: decodingField(error).map { [($0, t(.errorBadBody))] } ?? [])
        case let abort as any AbortError where abort.status.code < 500:
            return Mapped(status: abort.status, code: code(for: abort.status), message: message(for: abort.status, t: t), fields: [])
        default:
            return Mapped(status: .internalServerError, code: "internal", message: t(.errorInternal), fields: [])
        }
    }

    static func decodingField(_ error: DecodingError) -> String? {
        let path: [any CodingKey]
        switch error {
        case .keyNotFound(let key, let context): path = context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): path = context.codingPath
        @unknown default: return nil
        }
        let name = path.map(\.stringValue).joined(separator: ".")
        return name.isEmpty ? nil : name
    }

    static func code(for status: HTTPResponseStatus) -> String {
        switch status {
        case .notFound: "not_found"
        case .unauthorized: "unauthenticated"
        case .forbidden: "forbidden"
        case .methodNotAllowed: "method_not_allowed"
        case .payloadTooLarge: "payload_too_large"
        case .unsupportedMediaType: "unsupported_media_type"
        default: "bad_request"
        }
    }

    static func message(for status: HTTPResponseStatus, t: Localizer) -> String {
        switch status {
        case .notFound: t(.errorNotFound)
        case .unauthorized: t(.errorUnauthenticated)
        case .forbidden: t(.errorForbidden)
        case .payloadTooLarge: t(.errorTooLarge)
        default: t(.errorBadRequest)
        }
    }
}

extension Request {
    /// Whether to answer in JSON: always for the API, and for clients that ask for JSON over HTML.
    var wantsJSON: Bool {
        if url.path.hasPrefix("/api/") { return true }
        let accept = headers.first(name: .accept) ?? ""
        return accept.contains("application/json") && !accept.contains("text/html")
    }
}
