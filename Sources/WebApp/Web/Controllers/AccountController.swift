import Vapor

/// `/account/password`: a user changes their own password. A user with a
/// one-time password is sent here until they do.
enum AccountController {
    struct PasswordForm: Content {
        var currentPassword: String?
        var newPassword: String?
        var confirmPassword: String?
    }

    static func register(on routes: any RoutesBuilder) {
        routes.get("account", "password") { request in
            let forced = try request.caller().user.mustChangePassword
            return request.page { ChangePasswordPage.render($0, forced: forced, errors: .none) }
        }
        routes.post("account", "password") { request -> Response in
            let caller = try request.caller()
            let form = try request.content.decode(PasswordForm.self)
            do {
                try await request.userService.changeOwnPassword(
                    caller, current: form.currentPassword ?? "", new: form.newPassword ?? "", confirmation: form.confirmPassword ?? ""
                )
                return request.redirect(to: "/", flash: .passwordChanged)
            } catch let error as AppError where !error.fieldErrors.isEmpty {
                let errors = FormErrors(error.fieldErrors, t: request.localizer)
                return request.page({ ChangePasswordPage.render($0, forced: caller.user.mustChangePassword, errors: errors) }, status: .unprocessableEntity)
            }
        }
    }
}
