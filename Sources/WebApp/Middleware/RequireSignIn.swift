import Vapor

/// Sends a browser that is not signed in to the sign-in page, and one whose
/// password is a one-time password to the page where they choose their own.
struct RequireSignIn: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let user = request.auth.get(SignedInUser.self) else {
            let next = request.method == .GET ? request.url.string : "/"
            return request.redirect(to: "/login?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
        }
        let path = request.url.path
        if user.mustChangePassword, path != "/account/password", path != "/logout" {
            return request.redirect(to: "/account/password")
        }
        return try await next.respond(to: request)
    }
}
