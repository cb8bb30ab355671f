import Foundation
import Storage
import Vapor

/// Gives every request an id that appears on each of its log lines, in its
/// audit entries and in the `X-Request-ID` response header, so a user's error
/// report can be matched to the server's log.
///
/// An incoming `X-Request-ID` from a proxy is kept if it is short and plain;
/// anything else is replaced, so a client cannot inject text into the log.
struct RequestIDMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let incoming = request.headers.first(name: .xRequestId)
        let id = incoming.flatMap { Self.isAcceptable($0) ? $0 : nil } ?? UUID.random().lowercaseText
        request.logger[metadataKey: "request-id"] = .string(id)
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: .xRequestId, value: id)
        return response
    }

    static func isAcceptable(_ id: String) -> Bool {
        (1...64).contains(id.count) && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
    }
}
