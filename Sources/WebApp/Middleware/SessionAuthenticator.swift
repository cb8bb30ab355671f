import Vapor

/// Signs in the browser whose session cookie is live. Runs on every page
/// request (not on `/static`, `/healthz`, `/readyz` or the API), so that error
/// pages can show the right navigation too.
struct SessionAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[Cookies.session]?.string, !token.isEmpty, Self.appliesTo(request.url.path) {
            let store = SessionStore(database: request.db, context: request.libertas)
            if let (session, user) = try await store.find(token: token) {
                request.auth.login(try SignedInUser(user: user, credential: .session(id: try session.requireID()), cipher: request.libertas.cipher))
            }
        }
        return try await next.respond(to: request)
    }

    static func appliesTo(_ path: String) -> Bool {
        !(path.hasPrefix("/static/") || path.hasPrefix("/api/") || path == "/healthz" || path == "/readyz")
    }
}
