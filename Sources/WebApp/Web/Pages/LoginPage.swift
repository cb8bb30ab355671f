/// The sign-in form.
enum LoginPage {
    static func render(_ context: PageContext, username: String, next: String, errors: FormErrors, message: String? = nil) -> String {
        let t = context.t
        return Layout.render(context, title: t(.loginTitle)) {
            section(.class("card narrow")) {
                h1 { t(.loginTitle) }
                p(.class("hint")) { t(.loginIntro) }
                if let message { Components.notice(message, kind: "error") }
                Components.errorSummary(errors, t: t)
                form(.class("stacked"), .method("post"), .action("/login")) {
                    Components.csrfField(context.csrfToken)
                    input(.type("hidden"), .name("next"), .value(next))
                    Components.textField("username", label: t(.fieldUsername), value: username, errors: errors, required: true, autocomplete: "username", maxLength: 64, autofocus: true)
                    Components.textField("password", label: t(.fieldPassword), type: "password", errors: .none, required: true, autocomplete: "current-password")
                    div { button(.type("submit")) { t(.loginSubmit) } }
                }
            }
        }
    }
}
