import Foundation
import Vapor

/// One log line per request: method, path, status and duration, carrying the
/// request id like every other line of the request.
///
/// The query string is left out on purpose: searches can hold names, and
/// personal data must not leak into logs that are often shipped elsewhere.
struct AccessLogMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next.respond(to: request)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
        request.logger.info("\(request.method.rawValue) \(request.url.path)", metadata: [
            "status": "\(response.status.code)",
            "duration_ms": "\(String(format: "%.1f", milliseconds))",
        ])
        return response
    }
}
