import Foundation
import Storage

/// The token list with its creation form, and the page that shows a new token once.
enum TokenPages {
    static func index(_ context: PageContext, tokens: [AccessTokenModel], form values: TokenPagesController.Form, errors: FormErrors, now: Date) -> String {
        let t = context.t
        return Layout.render(context, title: t(.tokensTitle), section: .tokens) {
            h1 { t(.tokensTitle) }
            p { t(.tokensIntro) }
            div(.class("table-wrap")) {
                table {
                    caption(.class("visually-hidden")) { t(.tokensTitle) }
                    thead { tr {
                        th(.scope("col")) { t(.fieldName) }
                        th(.scope("col")) { t(.tokensPrefix) }
                        th(.scope("col")) { t(.fieldCreated) }
                        th(.scope("col")) { t(.tokensExpires) }
                        th(.scope("col")) { t(.tokensLastUsed) }
                        th(.scope("col")) { t(.fieldStatus) }
                        th(.scope("col")) { span(.class("visually-hidden")) { t(.tokensActions) } }
                    } }
                    tbody {
                        for token in tokens {
                            let live = token.revokedAt == nil && (token.expiresAt.map { $0 > now } ?? true)
                            tr {
                                td { token.name }
                                td(.class("mono")) { token.displayPrefix + "…" }
                                td { Components.dateTime(token.createdAt, t: t) }
                                td { Components.dateTime(token.expiresAt, t: t) }
                                td { Components.dateTime(token.lastUsedAt, t: t) }
                                td {
                                    if token.revokedAt != nil {
                                        Components.badge(t(.tokensRevoked), kind: "inactive")
                                    } else if !live {
                                        Components.badge(t(.tokensExpired), kind: "inactive")
                                    } else {
                                        Components.badge(t(.statusActive), kind: "active")
                                    }
                                }
                                td {
                                    if live {
                                        form(.class("inline-form"), .method("post"), .action("/account/tokens/\(token.id?.uuidString ?? "")/revoke")) {
                                            Components.csrfField(context.csrfToken)
                                            button(.type("submit"), .class("secondary"), .aria("label", t(.tokensRevokeNamed, ["name": token.name]))) { t(.tokensRevoke) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                if tokens.isEmpty { p(.class("empty")) { t(.tokensEmpty) } }
            }
            h2 { t(.tokensNew) }
            Components.errorSummary(errors, t: t)
            form(.class("stacked card"), .method("post"), .action("/account/tokens")) {
                Components.csrfField(context.csrfToken)
                Components.textField("name", label: t(.fieldName), value: values.name, hint: t(.tokensNameHint), errors: errors, required: true, maxLength: 100)
                Components.textField("lifetimeDays", label: t(.tokensLifetime), value: values.lifetimeDays.map(String.init), type: "number", hint: t(.tokensLifetimeHint), errors: errors, required: true)
                div { button(.type("submit")) { t(.tokensCreateSubmit) } }
            }
        }
    }

    static func created(_ context: PageContext, token: AccessTokenModel, secret: String) -> String {
        let t = context.t
        return Layout.render(context, title: t(.tokensCreatedTitle), section: .tokens) {
            section(.class("card narrow")) {
                h1 { t(.tokensCreatedTitle) }
                Components.notice(t(.tokensCreated, ["name": token.name]), kind: "success")
                p { t(.tokensCopyNow) }
                p(.class("secret"), .id("new-token")) { secret }
                p(.class("hint")) { t(.tokensUsage) }
                p { a(.class("button"), .href("/account/tokens")) { t(.oneTimePasswordDone) } }
            }
        }
    }
}
