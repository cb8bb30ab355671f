import Foundation
import Synchronization
import Testing
import Vapor

/// A webhook receiver on a local port, for the delivery tests: it can be down
/// (nothing listening), answer 503 a number of times, then accept. It records
/// every request and, like a real receiver, deduplicates by `Libertas-Event-Id`.
final class WebhookReceiver: Sendable {
    struct Request: Sendable {
        let eventID: String?
        let timestamp: String?
        let signature: String?
        let body: String
        let answered: UInt
    }

    private struct State {
        var requests: [Request] = []
        var failuresLeft = 0
    }

    let port: Int
    private let state = Mutex(State())
    private let app = Mutex<Application?>(nil)

    /// Reserves a free port by listening on port 0 once; nothing listens on it until ``start(failing:)``.
    static func make() async throws -> WebhookReceiver {
        let probe = try await Application.make(.testing)
        probe.http.server.configuration.hostname = "127.0.0.1"
        probe.http.server.configuration.port = 0
        probe.logger.logLevel = .critical
        try await probe.server.start()
        let port = try #require(probe.http.server.shared.localAddress?.port)
        await probe.server.shutdown()
        try await probe.asyncShutdown()
        return WebhookReceiver(port: port)
    }

    private init(port: Int) { self.port = port }

    var url: String { "http://127.0.0.1:\(port)/hook" }

    /// Starts listening; the first `failing` requests get 503.
    func start(failing: Int = 0) async throws {
        state.withLock { $0.failuresLeft = failing }
        let server = try await Application.make(.testing)
        server.http.server.configuration.hostname = "127.0.0.1"
        server.http.server.configuration.port = port
        server.logger.logLevel = .critical
        server.post("hook") { [self] request -> HTTPStatus in
            let status: HTTPStatus = self.state.withLock { current in
                let answer: HTTPStatus = current.failuresLeft > 0 ? .serviceUnavailable : .ok
                if current.failuresLeft > 0 { current.failuresLeft -= 1 }
                current.requests.append(Request(
                    eventID: request.headers.first(name: "Libertas-Event-Id"), timestamp: request.headers.first(name: "Libertas-Timestamp"),
                    signature: request.headers.first(name: "Libertas-Signature"), body: request.body.string ?? "", answered: answer.code
                ))
                return answer
            }
            return status
        }
        try await server.server.start()
        app.withLock { $0 = server }
    }

    func stop() async throws {
        guard let server = app.withLock({ current -> Application? in defer { current = nil }; return current }) else { return }
        await server.server.shutdown()
        try await server.asyncShutdown()
    }

    var requests: [Request] { state.withLock { $0.requests } }

    /// The requests answered 2xx: what the receiver processed.
    var accepted: [Request] { requests.filter { (200..<300).contains($0.answered) } }
}
