import PublicReporting

/// The answer to a report: its code and secret, shown once, never put in the
/// address or a cookie, with the advice to write them down.
enum ReportReceivedPage {
    static func render(_ context: PageContext, credentials: ReportCredentials) -> String {
        let t = context.t
        return Layout.render(context, title: t(.reportReceivedTitle), section: .report) {
            section(.class("card report-received")) {
                h1 { t(.reportReceivedTitle) }
                p { t(.reportReceivedIntro) }
                dl(.class("credentials")) {
                    dt { t(.reportCodeLabel) }
                    dd { element("code", [.id("report-code")]) { credentials.code } }
                    dt { t(.reportSecretLabel) }
                    dd { element("code", [.id("report-secret")]) { credentials.secret } }
                }
                Components.notice(t(.reportReceivedSafety), kind: "warning")
                p { a(.href("/report/status")) { t(.reportCheckLink) } }
            }
        }
    }
}
