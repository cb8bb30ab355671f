import Fluent
import SQLKit
import Storage
import Vapor

/// `/healthz`: the process is up. `/readyz`: it can reach its database.
/// Load balancers and orchestrators poll these; neither needs signing in.
enum HealthController {
    struct Status: Content {
        var status: String
        var database: String?
    }

    static func register(on app: Application) {
        app.get("healthz") { _ in Status(status: "ok") }
        app.get("readyz") { request async -> Response in
            do {
                try await Backend.sqlDatabase(request.db).raw("SELECT 1").run()
                return try await Status(status: "ok", database: "reachable").encodeResponse(for: request)
            } catch {
                request.logger.warning("Readiness check failed", metadata: ["error": "\(error)"])
                let response = Response(status: .serviceUnavailable)
                try? response.content.encode(Status(status: "unavailable", database: "unreachable"))
                return response
            }
        }
    }
}
