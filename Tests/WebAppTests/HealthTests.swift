import InMemoryLogging
import Logging
import Testing
import VaporTesting
@testable import WebApp

@Suite("Health endpoints")
struct HealthTests {
    @Test("/healthz and /readyz answer without signing in")
    func health() async throws {
        try await TestApp.run { world in
            let live = try await world.app.testing().sendRequest(.GET, "/healthz")
            #expect(live.status == .ok)
            #expect(try live.json()["status"]?.string == "ok")
            let ready = try await world.app.testing().sendRequest(.GET, "/readyz")
            #expect(ready.status == .ok)
            #expect(try ready.json()["database"]?.string == "reachable")
        }
    }

    @Test("Every response carries a request id and the security headers")
    func headers() async throws {
        try await TestApp.run { world in
            let response = try await world.app.testing().sendRequest(.GET, "/login")
            #expect(response.headers.first(name: .xRequestId)?.isEmpty == false)
            #expect(response.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
            #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(response.headers.first(name: .cacheControl) == "no-store")
            let echoed = try await world.app.testing().sendRequest(.GET, "/healthz", headers: ["X-Request-ID": "abc-123"])
            #expect(echoed.headers.first(name: .xRequestId) == "abc-123")
            let forged = try await world.app.testing().sendRequest(.GET, "/healthz", headers: ["X-Request-ID": "bad\nid value"])
            #expect(forged.headers.first(name: .xRequestId) != "bad\nid value")
        }
    }

    @Test("Each request is logged once, with its request id, status and no query string")
    func accessLog() async throws {
        try await TestApp.run { world in
            let handler = InMemoryLogHandler()
            world.app.logger = Logger(label: "test") { _ in handler }
            let response = try await world.app.testing().sendRequest(.GET, "/login?next=/users%3Fq%3DAmara")
            let id = try #require(response.headers.first(name: .xRequestId))
            let lines = handler.entries.filter { "\($0.message)".hasPrefix("GET /login") }
            #expect(lines.count == 1)
            #expect(lines.first?.metadata["request-id"] == .string(id))
            #expect(lines.first?.metadata["status"] == .string("200"))
            #expect(!handler.entries.contains { "\($0.message)".contains("Amara") })
        }
    }
}
