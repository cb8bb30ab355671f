import AccessControl
import Localization

/// The frame of every page: header with navigation and language switcher,
/// main content, footer.
enum Layout {
    enum Section {
        case dashboard, cases, referrals, duplicates, directory, organisations, users, audit, tokens, account, approvals, tasks, inbox, webhooks, statistics, estimates, knowledge, report, panic, operatorConsole, learn, helpContacts
    }

    static func render(
        _ context: PageContext,
        title: String,
        section: Section? = nil,
        description: String? = nil,
        manifest: String? = nil,
        @HTMLBuilder content: () -> [HTMLNode]
    ) -> String {
        let t = context.t
        let document = element("html", [.lang(t.language.tag), Attribute("dir", t.language.isRightToLeft ? "rtl" : "ltr")]) {
            element("head", []) {
                voidElement("meta", [Attribute("charset", "utf-8")])
                voidElement("meta", [.name("viewport"), Attribute("content", "width=device-width, initial-scale=1")])
                element("title", []) { "\(title) · \(t(.appName))" }
                // Public pages (the knowledge portal) describe themselves to search engines.
                if let description, !description.isEmpty { voidElement("meta", [.name("description"), Attribute("content", description)]) }
                voidElement("link", [.rel("stylesheet"), .href("/static/app.css")])
                voidElement("link", [.rel("icon"), .href("/static/icon.svg"), .type("image/svg+xml")])
                // The panic page can be installed as a web app.
                if let manifest { voidElement("link", [.rel("manifest"), .href(manifest)]) }
            }
            element("body", []) {
                a(.class("skip-link"), .href("#main")) { t(.layoutSkipToContent) }
                header(context, section: section)
                element("main", [.id("main"), Attribute("tabindex", "-1")]) {
                    if let flash = context.flash {
                        div(.class("notice success"), Attribute("role", "status")) { t(flash) }
                    }
                    content()
                }
                element("footer", [.class("site-footer")]) {
                    // The public's reports are deliberately not audited (docs/public-reporting.md), nor are the
                    // public's reads of the awareness pages: say what holds there.
                    p { t(section == .report || section == .panic ? .reportFooter : section == .learn ? .awarenessFooter : .layoutFooter) }
                }
            }
        }
        return "<!DOCTYPE html>\n" + document.render()
    }

    private static func header(_ context: PageContext, section: Section?) -> HTMLNode {
        let t = context.t
        return element("header", [.class("site-header")]) {
            div(.class("bar")) {
                a(.class("brand"), .href("/")) { t(.appName) }
                if context.user != nil {
                    nav(.class("main-nav"), .aria("label", t(.navLabel))) {
                        ul {
                            navItem(t(.navDashboard), "/", current: section == .dashboard)
                            if context.mayList(.caseFile) {
                                navItem(t(.navCases), "/cases", current: section == .cases)
                            }
                            if context.mayList(.referral) {
                                navItem(t(.navReferrals), "/referrals", current: section == .referrals)
                            }
                            if let user = context.user, context.policy.scope(for: user.principal, action: .read, kind: .referralStatistics) != nil {
                                navItem(t(.navReferralFigures), "/referral-figures", current: section == .referrals)
                            }
                            if let user = context.user, context.policy.scope(for: user.principal, action: .read, kind: .nationalStatistics) != nil {
                                navItem(t(.navStatistics), "/statistics", current: section == .statistics)
                                navItem(t(.navEstimates), "/estimates", current: section == .estimates)
                            }
                            if context.mayList(.task) {
                                navItem(t(.navTasks), "/tasks", current: section == .tasks)
                            }
                            // The queue is for those who decide: supervisors.
                            if let user = context.user, context.policy.scope(for: user.principal, action: .administer, kind: .approval) != nil {
                                navItem(t(.navApprovals), "/approvals", current: section == .approvals)
                            }
                            if context.mayList(.duplicateFlag) {
                                navItem(t(.navDuplicates), "/duplicates", current: section == .duplicates)
                            }
                            if context.mayList(.publicReport) {
                                navItem(t(.navOperator), "/operator", current: section == .operatorConsole)
                            }
                            if context.mayList(.serviceProvider) {
                                navItem(t(.navDirectory), "/providers", current: section == .directory)
                            }
                            if context.mayList(.helpContact) {
                                navItem(t(.navHelpContacts), "/admin/help-contacts", current: section == .helpContacts)
                            }
                            navItem(t(.navKnowledge), "/knowledge", current: section == .knowledge)
                            if context.mayList(.organisation) {
                                navItem(t(.navOrganisations), "/organisations", current: section == .organisations)
                            }
                            if context.mayListOthers(.user) {
                                navItem(t(.navUsers), "/users", current: section == .users)
                            }
                            if context.mayListOthers(.auditEntry) {
                                navItem(t(.navAudit), "/audit", current: section == .audit)
                            }
                            navItem(t(.navTokens), "/account/tokens", current: section == .tokens)
                            if let user = context.user, context.mayList(.webhookEndpoint) {
                                navItem(t(.navWebhooks), "/organisations/\(user.organisationID.uuidString)/webhooks", current: section == .webhooks)
                            }
                        }
                    }
                }
                if context.user == nil {
                    nav(.class("main-nav"), .aria("label", t(.navLabel))) {
                        ul {
                            navItem(t(.navReport), "/report", current: section == .report)
                            navItem(t(.navPanic), "/panic", current: section == .panic)
                            navItem(t(.awarenessNav), "/learn", current: section == .learn)
                            navItem(t(.navKnowledge), "/knowledge", current: section == .knowledge)
                            navItem(t(.knowledgeSignIn), "/login", current: false)
                        }
                    }
                }
                div(.class("header-tools")) {
                    languageSwitcher(context)
                    if let user = context.user {
                        inboxLink(context, current: section == .inbox)
                        span { user.displayName }
                        form(.class("inline-form"), .method("post"), .action("/logout")) {
                            Components.csrfField(context.csrfToken)
                            button(.type("submit"), .class("link")) { t(.navSignOut) }
                        }
                    }
                }
            }
        }
    }

    /// The inbox, with the unread count when there is one, spelled out for screen readers.
    private static func inboxLink(_ context: PageContext, current: Bool) -> HTMLNode {
        let t = context.t
        let unread = context.unreadNotifications ?? 0
        return a(.class("inbox-link"), .href("/inbox"), current ? .aria("current", "page") : nil,
                 unread > 0 ? .aria("label", t(.inboxUnreadLabel, ["count": String(unread)])) : nil) {
            t(.navInbox)
            if unread > 0 { span(.class("badge unread-count")) { String(unread) } }
        }
    }

    private static func navItem(_ title: String, _ href: String, current: Bool) -> HTMLNode {
        li {
            a(.href(href), current ? .aria("current", "page") : nil) { title }
        }
    }

    private static func languageSwitcher(_ context: PageContext) -> HTMLNode {
        nav(.class("language-switcher"), .aria("label", context.t(.languageSwitcherLabel))) {
            for language in Language.allCases {
                a(
                    .href("/language?set=\(language.tag)&next=\(Components.percentEncoded(context.currentURL))"),
                    .lang(language.tag),
                    Attribute("hreflang", language.tag),
                    language == context.t.language ? .aria("current", "true") : nil
                ) { language.nativeName }
            }
        }
    }
}
