import Vapor

/// Makes sure every browser has a CSRF cookie, makes the matching form token
/// available to pages, and refuses any form post without a valid token.
struct CSRFMiddleware: AsyncMiddleware {
    /// Bodies of form posts are small; a larger one is refused before it is read.
    static let maximumFormBytes = 1 << 20

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let csrf = request.libertas.csrf
        let cookie = request.cookies[CSRFTokens.cookieName]?.string
        let existing = cookie?.isEmpty == false ? cookie : nil
        let cookieValue = existing ?? SecretGenerator.token()
        request.storage[CSRFTokenKey.self] = csrf.token(for: cookieValue)

        if ![.GET, .HEAD, .OPTIONS].contains(request.method) {
            // File uploads are the one kind of form allowed to be large.
            // The public report form and its additions may carry one attachment.
            let path = request.url.path
            let limit = path.hasSuffix("/attachments") || path == "/report" || path == "/report/status/add" ? AttachmentPolicy.maximumBytes + 64 * 1024
                : request.url.path == "/cases/import" ? ImportPolicy.maximumUploadBytes + 64 * 1024
                : Self.maximumFormBytes
            _ = try await request.body.collect(max: limit).get()
            let submitted = try? request.content.get(String.self, at: CSRFTokens.fieldName)
            guard csrf.isValid(submitted, for: existing) else {
                request.logger.notice("Form post refused: missing or stale CSRF token")
                throw AppError.csrfRejected
            }
        }

        let response = try await next.respond(to: request)
        if existing == nil {
            response.cookies[CSRFTokens.cookieName] = Cookies.make(cookieValue, for: request, sameSite: .strict)
        }
        return response
    }
}

struct CSRFTokenKey: StorageKey {
    typealias Value = String
}

extension Request {
    /// The token to put in this page's forms.
    var csrfToken: String { storage[CSRFTokenKey.self] ?? "" }
}
