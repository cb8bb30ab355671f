import Vapor

/// `/account/tokens`: a user's personal access tokens for the API.
enum TokenPagesController {
    struct Form: Content {
        var name: String?
        var lifetimeDays: Int?
    }

    static func register(on routes: any RoutesBuilder) {
        let tokens = routes.grouped("account", "tokens")
        tokens.get(use: index)
        tokens.post(use: create)
        tokens.post(":id", "revoke", use: revoke)
    }

    static func index(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let tokens = try await request.tokenService.list(caller)
        let defaultDays = request.libertas.config.security.tokenLifetimeDays
        return request.page { TokenPages.index($0, tokens: tokens, form: Form(lifetimeDays: defaultDays), errors: .none, now: request.libertas.now()) }
    }

    static func create(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let form = try request.content.decode(Form.self)
        do {
            let (token, secret) = try await request.tokenService.create(caller, name: form.name, lifetimeDays: form.lifetimeDays)
            return request.page { TokenPages.created($0, token: token, secret: secret) }
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let tokens = try await request.tokenService.list(caller)
            let errors = FormErrors(error.fieldErrors, t: request.localizer)
            return request.page({ TokenPages.index($0, tokens: tokens, form: form, errors: errors, now: request.libertas.now()) }, status: .unprocessableEntity)
        }
    }

    static func revoke(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        _ = try await request.tokenService.revoke(caller, id: try request.uuidParameter("id"))
        return request.redirect(to: "/account/tokens", flash: .tokenRevoked)
    }
}
