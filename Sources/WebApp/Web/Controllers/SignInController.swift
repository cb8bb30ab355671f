import Vapor

/// `/login` and `/logout`.
enum SignInController {
    struct SignInForm: Content {
        var username: String?
        var password: String?
        var next: String?
    }

    static func register(public routes: any RoutesBuilder) {
        routes.get("login", use: show)
        routes.post("login", use: signIn)
        routes.post("logout", use: signOut)
    }

    static func show(_ request: Request) async throws -> Response {
        if request.auth.has(SignedInUser.self) { return request.redirect(to: "/") }
        let next = safeNext(try? request.query.get(String.self, at: "next"))
        return request.page { LoginPage.render($0, username: "", next: next, errors: .none) }
    }

    static func signIn(_ request: Request) async throws -> Response {
        let form = try request.content.decode(SignInForm.self)
        let next = safeNext(form.next)
        do {
            let result = try await request.authService.signIn(username: form.username ?? "", password: form.password ?? "", origin: request.origin)
            let response = request.redirect(to: result.mustChangePassword ? "/account/password" : next)
            response.cookies[Cookies.session] = Cookies.make(result.sessionToken, for: request, maxAge: Int(request.libertas.config.security.sessionLifetime))
            // A fresh CSRF cookie after signing in, so a token planted before cannot be reused.
            response.cookies[CSRFTokens.cookieName] = Cookies.make(SecretGenerator.token(), for: request, sameSite: .strict)
            return response
        } catch let error as AppError {
            let t = request.localizer
            let status: HTTPResponseStatus = if case .tooManyAttempts = error { .tooManyRequests } else { .unauthorized }
            let errors = FormErrors(error.fieldErrors.isEmpty ? [FieldError("username", .loginFailed)] : error.fieldErrors, t: t)
            let message = error.fieldErrors.isEmpty ? error.message(t) : nil
            let response = request.page({ LoginPage.render($0, username: form.username ?? "", next: next, errors: errors, message: message) }, status: status)
            if case .tooManyAttempts(let seconds) = error { response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds)) }
            return response
        }
    }

    static func signOut(_ request: Request) async throws -> Response {
        if let caller = try? request.caller() {
            try await request.authService.signOut(caller)
        }
        let response = request.redirect(to: "/login")
        response.cookies[Cookies.session] = Cookies.expired(for: request)
        return response
    }

    /// Only a path on this site may follow sign-in, never another host.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), !next.hasPrefix("/login") else { return "/" }
        return next
    }
}
