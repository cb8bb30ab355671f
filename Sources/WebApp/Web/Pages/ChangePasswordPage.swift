/// Changing one's own password.
enum ChangePasswordPage {
    static func render(_ context: PageContext, forced: Bool, errors: FormErrors) -> String {
        let t = context.t
        return Layout.render(context, title: t(.passwordTitle), section: .account) {
            section(.class("card narrow")) {
                h1 { t(.passwordTitle) }
                if forced { Components.notice(t(.passwordForcedNotice)) }
                Components.errorSummary(errors, t: t)
                form(.class("stacked"), .method("post"), .action("/account/password")) {
                    Components.csrfField(context.csrfToken)
                    Components.textField("currentPassword", label: t(.fieldCurrentPassword), type: "password", errors: errors, required: true, autocomplete: "current-password", autofocus: true)
                    Components.textField("newPassword", label: t(.fieldNewPassword), type: "password", hint: t(.passwordHint, ["min": String(PasswordPolicy.minimumLength)]), errors: errors, required: true, autocomplete: "new-password")
                    Components.textField("confirmPassword", label: t(.fieldConfirmPassword), type: "password", errors: errors, required: true, autocomplete: "new-password")
                    div { button(.type("submit")) { t(.passwordSubmit) } }
                }
            }
        }
    }
}
