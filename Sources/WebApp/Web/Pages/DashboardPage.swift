import AccessControl
import Localization
import Storage

/// The home page after signing in.
enum DashboardPage {
    struct Model {
        var organisationName: String
        var roles: [Role]
        var organisationCount: Int?
        var userCount: Int?
        var tokenCount = 0
        var recentActivity: [AuditEntryModel] = []
    }

    static func render(_ context: PageContext, _ model: Model) -> String {
        let t = context.t
        let user = context.user
        return Layout.render(context, title: t(.dashboardTitle), section: .dashboard) {
            h1 { t(.dashboardWelcome, ["name": user?.displayName ?? ""]) }
            section(.class("card")) {
                dl(.class("details")) {
                    dt { t(.fieldUsername) }
                    dd { user?.username ?? "" }
                    dt { t(.fieldOrganisation) }
                    dd { model.organisationName }
                    dt { t(.fieldRoles) }
                    dd { for role in model.roles { Components.badge(t.text(forKey: "role.\(role.rawValue)")) } }
                }
            }
            section(.class("stats"), .aria("label", t(.dashboardFigures))) {
                if let count = model.organisationCount {
                    stat(t(.navOrganisations), count, href: "/organisations", t: t)
                }
                if let count = model.userCount {
                    stat(t(.navUsers), count, href: "/users", t: t)
                }
                stat(t(.dashboardActiveTokens), model.tokenCount, href: "/account/tokens", t: t)
            }
            if context.mayListOthers(.auditEntry) {
                h2 { t(.dashboardRecentActivity) }
                AuditPages.table(model.recentActivity, context: context, caption: t(.dashboardRecentActivity))
                p { a(.href("/audit")) { t(.dashboardSeeAudit) } }
            }
        }
    }

    private static func stat(_ label: String, _ value: Int, href: String, t: Localizer) -> HTMLNode {
        a(.class("stat"), .href(href)) {
            span(.class("value")) { t.number(value) }
            span { label }
        }
    }
}
