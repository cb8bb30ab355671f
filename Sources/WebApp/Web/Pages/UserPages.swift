import AccessControl
import Foundation
import Localization
import Storage

/// The user list, detail, form and one-time-password pages.
enum UserPages {
    struct ListFilter {
        var organisationID: UUID?
        var search: String
        var isFirstPage: Bool
    }

    struct Rights {
        var mayEdit: Bool
        var mayAdminister: Bool
    }

    struct FormOptions {
        var organisations: [(value: String, label: String)]
        var assignableRoles: [Role]
        var mayAdminister: Bool
    }

    static func index(_ context: PageContext, page: ListPage<UserView>, organisations: [UUID: String], filter: ListFilter, mayCreate: Bool) -> String {
        let t = context.t
        let organisationOptions = organisations.sorted { $0.value.localizedCaseInsensitiveCompare($1.value) == .orderedAscending }
            .map { (value: $0.key.uuidString, label: $0.value) }
        return Layout.render(context, title: t(.usersTitle), section: .users) {
            div(.class("page-actions")) {
                h1 { t(.usersTitle) }
                if mayCreate {
                    a(.class("button"), .href("/users/new" + (filter.organisationID.map { "?organisation=\($0)" } ?? ""))) { t(.usersNew) }
                }
            }
            form(.class("filters"), .method("get"), .action("/users"), Attribute("role", "search")) {
                if organisationOptions.count > 1 {
                    Components.selectField("organisation", label: t(.fieldOrganisation), options: organisationOptions, selected: filter.organisationID?.uuidString, errors: .none, includeBlank: t(.filterAll))
                }
                Components.textField("q", label: t(.searchByUsername), value: filter.search, type: "search", errors: .none)
                div { button(.type("submit"), .class("secondary")) { t(.searchSubmit) } }
            }
            div(.class("table-wrap")) {
                table {
                    caption(.class("visually-hidden")) { t(.usersTitle) }
                    thead { tr {
                        th(.scope("col")) { t(.fieldUsername) }
                        th(.scope("col")) { t(.fieldDisplayName) }
                        th(.scope("col")) { t(.fieldOrganisation) }
                        th(.scope("col")) { t(.fieldRoles) }
                        th(.scope("col")) { t(.fieldStatus) }
                    } }
                    tbody {
                        for user in page.items {
                            tr {
                                td { a(.href("/users/\(user.id)")) { user.username } }
                                td { user.displayName }
                                td { organisations[user.organisationID] ?? "—" }
                                td { roleBadges(user.roles, t: t) }
                                td { Components.activeBadge(user.active, t: t) }
                            }
                        }
                    }
                }
                if page.items.isEmpty {
                    p(.class("empty")) { filter.search.isEmpty ? t(.usersEmpty) : t(.searchNoResults) }
                }
            }
            Components.pagination(
                nextCursor: page.nextCursor,
                baseQuery: [("organisation", filter.organisationID?.uuidString ?? ""), ("q", filter.search)],
                path: "/users", isFirstPage: filter.isFirstPage, t: t
            )
        }
    }

    static func show(_ context: PageContext, _ user: UserView, organisationName: String, rights: Rights, now: Date) -> String {
        let t = context.t
        return Layout.render(context, title: user.displayName, section: .users) {
            div(.class("page-actions")) {
                h1 { user.displayName }
                if rights.mayEdit { a(.class("button"), .href("/users/\(user.id)/edit")) { t(.actionEdit) } }
            }
            section(.class("card")) {
                dl(.class("details")) {
                    dt { t(.fieldUsername) }
                    dd { user.username }
                    dt { t(.fieldEmail) }
                    dd { user.email ?? "—" }
                    dt { t(.fieldOrganisation) }
                    dd { a(.href("/organisations/\(user.organisationID)")) { organisationName } }
                    dt { t(.fieldRoles) }
                    dd { roleBadges(user.roles, t: t) }
                    dt { t(.fieldStatus) }
                    dd {
                        Components.activeBadge(user.active, t: t)
                        if user.isLocked(at: now) { Components.badge(t(.statusLocked), kind: "inactive") }
                        if user.mustChangePassword { Components.badge(t(.statusOneTimePassword)) }
                    }
                    dt { t(.fieldLastSignIn) }
                    dd { Components.dateTime(user.lastLoginAt, t: t) }
                    dt { t(.fieldCreated) }
                    dd { Components.dateTime(user.createdAt, t: t) }
                }
            }
            if rights.mayAdminister {
                section(.class("card")) {
                    h2 { t(.usersResetTitle) }
                    p(.class("hint")) { t(.usersResetExplanation) }
                    form(.method("post"), .action("/users/\(user.id)/reset-password")) {
                        Components.csrfField(context.csrfToken)
                        button(.type("submit"), .class("danger")) { t(.usersResetSubmit) }
                    }
                }
            }
        }
    }

    static func editor(_ context: PageContext, values: UserRequest, id: UUID?, options: FormOptions, errors: FormErrors) -> String {
        let t = context.t
        let title = id == nil ? t(.usersNew) : t(.usersEdit)
        let checkedRoles = Set(values.roles ?? [])
        return Layout.render(context, title: title, section: .users) {
            h1 { title }
            Components.errorSummary(errors, t: t)
            form(.class("stacked card"), .method("post"), .action(id.map { "/users/\($0)" } ?? "/users")) {
                Components.csrfField(context.csrfToken)
                if id == nil {
                    Components.textField("username", label: t(.fieldUsername), value: values.username, hint: t(.hintUsername), errors: errors, required: true, autocomplete: "off", maxLength: 64, autofocus: true)
                } else {
                    p { strong { t(.fieldUsername) }; " "; values.username ?? "" }
                }
                Components.textField("displayName", label: t(.fieldDisplayName), value: values.displayName, errors: errors, required: true, autocomplete: "off", maxLength: 200)
                Components.textField("email", label: t(.fieldEmail), value: values.email, type: "email", hint: t(.hintOptional), errors: errors, autocomplete: "off", maxLength: 254)
                if id == nil {
                    Components.selectField("organisationId", label: t(.fieldOrganisation), options: options.organisations, selected: values.organisationId?.uuidString, errors: errors, required: true)
                }
                if options.mayAdminister {
                    Components.checkboxes(
                        "roles", legend: t(.fieldRoles),
                        options: options.assignableRoles.map { ($0.rawValue, t.text(forKey: "role.\($0.rawValue)"), t.text(forKey: "roleHint.\($0.rawValue)")) },
                        checked: checkedRoles, errors: errors
                    )
                    if id != nil {
                        Components.checkbox("active", label: t(.fieldActive), checked: values.active ?? true, hint: t(.hintUserActive))
                    }
                }
                div {
                    button(.type("submit")) { id == nil ? t(.usersCreateSubmit) : t(.actionSave) }
                    " "
                    a(.class("button secondary"), .href(id.map { "/users/\($0)" } ?? "/users")) { t(.actionCancel) }
                }
            }
        }
    }

    /// Shown once after creating an account or resetting its password.
    static func oneTimePassword(_ context: PageContext, user: UserView, password: String, isNewAccount: Bool) -> String {
        let t = context.t
        return Layout.render(context, title: t(.oneTimePasswordTitle), section: .users) {
            section(.class("card narrow")) {
                h1 { t(.oneTimePasswordTitle) }
                Components.notice(isNewAccount ? t(.usersCreated, ["username": user.username]) : t(.usersPasswordReset, ["username": user.username]), kind: "success")
                p { t(.oneTimePasswordExplanation) }
                p(.class("secret"), .id("one-time-password")) { password }
                p(.class("hint")) { t(.oneTimePasswordOnce) }
                p { a(.class("button"), .href("/users/\(user.id)")) { t(.oneTimePasswordDone) } }
            }
        }
    }

    static func roleBadges(_ roles: [Role], t: Localizer) -> HTMLNode {
        fragment { for role in roles { Components.badge(t.text(forKey: "role.\(role.rawValue)")) } }
    }
}
