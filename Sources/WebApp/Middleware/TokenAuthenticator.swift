import Fluent
import Storage
import Vapor

/// Signs in an API client by its personal access token (`Authorization: Bearer …`).
///
/// The API accepts tokens only, never session cookies, so a web page on another
/// site cannot make a signed-in browser call it (no CSRF on the API).
struct TokenAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let bearer = request.headers.bearerAuthorization?.token else {
            throw AppError.unauthenticated
        }
        let context = request.libertas
        guard bearer.hasPrefix(AccessTokenFormat.prefix) else { throw AppError.unauthenticated }
        let hash = SecretGenerator.sha256(bearer)
        if let user = context.acceptedTokens.user(forTokenHash: hash) {
            request.auth.login(user)
            return try await next.respond(to: request)
        }
        let found = try await AccessTokenModel.query(on: request.db)
            .filter(\.$tokenHash == hash)
            .with(\.$user) { $0.with(\.$roleRows) }
            .first()
        guard let token = found,
              token.revokedAt == nil,
              token.expiresAt.map({ $0 > context.now() }) ?? true,
              token.user.active
        else {
            throw AppError.unauthenticated
        }
        let now = context.now()
        if token.lastUsedAt.map({ now.timeIntervalSince($0) > 60 }) ?? true {
            token.lastUsedAt = now
            let database = request.db
            try await context.audit.bookkeeping { try await token.update(on: database) }
        }
        let user = try SignedInUser(user: token.user, credential: .token(id: try token.requireID()), cipher: context.cipher)
        context.acceptedTokens.remember(user, tokenHash: hash, expiresAt: token.expiresAt)
        request.auth.login(user)
        return try await next.respond(to: request)
    }
}

/// How personal access tokens look: a fixed prefix, so that secret scanners and
/// people recognise a leaked one, then 256 random bits.
enum AccessTokenFormat {
    static let prefix = "lbt_"

    static func generate() -> String { prefix + SecretGenerator.token() }

    /// What is shown in lists: enough to tell tokens apart, too little to use.
    static func displayPrefix(of token: String) -> String { String(token.prefix(prefix.count + 6)) }
}
