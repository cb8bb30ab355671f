import CaseModel
import Foundation
import Localization
import Vapor

/// The coordinator's dashboard of the referral mechanism: aggregates only.
enum ReferralFiguresPage {
    static func register(on routes: any RoutesBuilder) {
        routes.get("referral-figures", use: show)
    }

    static func show(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        var validator = Validator()
        let from = FormValue.date(request.queryValue("from"), field: "from", &validator)
        let to = FormValue.date(request.queryValue("to"), field: "to", &validator)
        try validator.throwIfInvalid()
        let service = ReferralStatisticsService(database: request.db, context: request.libertas)
        let figures = try await service.figures(caller, from: from, to: to)
        return request.page { render($0, figures, from: request.queryValue("from"), to: request.queryValue("to")) }
    }

    static func render(_ context: PageContext, _ figures: ReferralFigures, from: String?, to: String?) -> String {
        let t = context.t
        let services = ServiceType.allCases.filter { figures.counts[$0] != nil }
        return Layout.render(context, title: t(.referralFiguresTitle), section: .referrals) {
            h1 { t(.referralFiguresTitle) }
            p { t(.referralFiguresIntro) }
            form(.class("filters"), .method("get"), .action("/referral-figures")) {
                Components.textField("from", label: t(.casesOpenedFrom), value: from, type: "date", errors: .none)
                Components.textField("to", label: t(.casesOpenedTo), value: to, type: "date", errors: .none)
                div { button(.type("submit"), .class("secondary")) { t(.searchSubmit) } }
            }
            dl(.class("details"), .id("referral-headline")) {
                dt { t(.referralFiguresTotal) }
                dd { String(figures.total) }
                dt { t(.referralFiguresMedianAcceptance) }
                dd { duration(figures.medianToAcceptance, t: t) }
                dt { t(.referralFiguresMedianFirstService) }
                dd { duration(figures.medianToFirstService, t: t) }
                dt { t(.referralFiguresDeclinedShare) }
                dd { figures.declinedShare.map { String(format: "%.0f %%", $0 * 100) } ?? "—" }
            }
            if figures.total == 0 {
                p(.class("empty")) { t(.referralFiguresEmpty) }
            } else {
                h2 { t(.referralFiguresByService) }
                div(.class("table-wrap")) {
                    table(.id("referrals-by-service")) {
                        thead { tr {
                            th(.scope("col")) { t(.fieldServiceType) }
                            for status in ReferralStatus.allCases { th(.scope("col")) { t.text(forKey: status.labelKey) } }
                        } }
                        tbody {
                            for service in services {
                                tr {
                                    th(.scope("row")) { t.text(forKey: service.labelKey) }
                                    for status in ReferralStatus.allCases { td { String(figures.counts[service]?[status] ?? 0) } }
                                }
                            }
                        }
                    }
                }
                h2 { t(.referralFiguresReasons) }
                if figures.declineReasons.isEmpty {
                    p(.class("empty")) { t(.referralFiguresNoDeclines) }
                } else {
                    table(.id("decline-reasons")) {
                        tbody {
                            for reason in DeclineReason.allCases where figures.declineReasons[reason] != nil {
                                tr {
                                    th(.scope("row")) { t.text(forKey: reason.labelKey) }
                                    td { String(figures.declineReasons[reason] ?? 0) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Hours under two days, days beyond.
    static func duration(_ seconds: TimeInterval?, t: Localizer) -> String {
        guard let seconds else { return "—" }
        let hours = seconds / 3600
        return hours < 48 ? t(.durationHours, ["hours": String(format: "%.1f", hours)]) : t(.durationDays, ["days": String(format: "%.1f", hours / 24)])
    }
}
