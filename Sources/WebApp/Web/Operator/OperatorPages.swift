import CaseModel
import Charts
import Foundation
import Localization
import PublicReporting
import Storage

/// `/operator`: the hotline operators' queue and response times. The queue is
/// its own fragment (`/operator/queue`) so that `operator.js` can replace it
/// when `/operator/version` says it changed, with the same server-rendered,
/// escaped markup. Open items are all listed; finished ones come a page at a
/// time (`?closed_cursor=`), which the script keeps asking for.
enum OperatorPages {
    struct Model {
        var queue: OperatorConsole.Queue
        /// Operators' names.
        var names: [UUID: String]
        var organisationNames: [UUID: String] = [:]

        /// The query that asks for this page again: what `operator.js` polls with.
        var query: String { queue.closed.cursor.map { "?closed_cursor=\($0)" } ?? "" }
    }

    static func render(_ context: PageContext, _ model: Model) -> String {
        let t = context.t
        return Layout.render(context, title: t(.operatorTitle), section: .operatorConsole) {
            h1 { t(.operatorTitle) }
            p { t(.operatorIntro) }
            figures(t, model.queue)
            p(.class("hint"), .id("operator-live"), Attribute("role", "status")) { t(.operatorLastUpdated) }
            div(.id("operator-queue"), .class("operator-queue"), Attribute("data-version", model.queue.version), Attribute("data-query", model.query)) { queue(t, model) }
            element("script", [Attribute("src", "/static/operator.js"), Attribute(flag: "defer", true)]) { "" }
        }
    }

    /// The queue alone: one table per status, panic alerts first within each; the
    /// finished ones (one page of them) with their counts and the way to older ones.
    static func queue(_ t: Localizer, _ model: Model) -> HTMLNode {
        let grouped = Dictionary(grouping: model.queue.items, by: \.status)
        let closed = model.queue.closed
        let totals: [PanicAlertModel.Status: Int] = [.closed: closed.closedCount, .falseAlarm: closed.falseAlarmCount]
        return div {
            for status in PanicAlertModel.Status.allCases {
                let items = grouped[status] ?? []
                section(.id("queue-\(status.rawValue)")) {
                    h2 {
                        t(statusKey(status))
                        span(.class("badge")) { String(totals[status] ?? items.count) }
                    }
                    if items.isEmpty {
                        p(.class("empty")) { t(.operatorQueueEmpty) }
                    } else {
                        div(.class("table-wrap")) {
                            table {
                                thead { tr {
                                    th(.scope("col")) { t(.operatorColumnItem) }
                                    th(.scope("col")) { t(.operatorColumnReceived) }
                                    th(.scope("col")) { t(.operatorColumnPosition) }
                                    th(.scope("col")) { t(.operatorColumnAssigned) }
                                    th(.scope("col")) { t(.operatorColumnCase) }
                                    th(.scope("col")) { t(.operatorColumnReferred) }
                                } }
                                tbody {
                                    for item in items { row(t, item, model) }
                                }
                            }
                        }
                    }
                }
            }
            pager(t, closed, shown: model.queue.items.filter { OperatorConsole.finishedStatuses.contains($0.status) }.count)
        }
    }

    /// How many finished items this page shows of how many, and the links to older and newest ones.
    private static func pager(_ t: Localizer, _ closed: OperatorConsole.ClosedPage, shown: Int) -> HTMLNode {
        div(.id("closed-pager")) {
            p(.class("hint")) { t(.operatorClosedPageNote, ["shown": String(shown), "total": String(closed.closedCount + closed.falseAlarmCount)]) }
            if closed.cursor != nil || closed.nextCursor != nil {
                nav(.class("pagination"), .aria("label", t(.operatorClosedPagerLabel))) {
                    if closed.cursor != nil {
                        a(.href("/operator#closed-pager"), .id("closed-newest")) { t(.operatorClosedNewest) }
                    }
                    if let next = closed.nextCursor {
                        a(.href("/operator?closed_cursor=\(next)#closed-pager"), .id("closed-older"), .rel("next")) { t(.operatorClosedOlder) }
                    }
                }
            }
        }
    }

    private static func row(_ t: Localizer, _ item: OperatorConsole.QueueItem, _ model: Model) -> HTMLNode {
        let names = model.names
        return tr(.class("kind-\(item.kind.rawValue)"), Attribute("data-id", item.id.uuidString)) {
            th(.scope("row")) {
                a(.href(itemPath(item.kind, item.id))) { "\(t(item.kind == .alert ? .operatorKindAlert : .operatorKindReport)) \(item.label)" }
            }
            td { Components.dateTime(item.receivedAt, t: t) }
            td(.class("position")) { position(item.latitude, item.longitude, item.accuracyMeters) ?? "—" }
            td { item.assignedOperatorID.map { names[$0] ?? $0.uuidString } ?? t(.operatorUnassigned) }
            td { if let caseID = item.caseID { a(.href("/cases/\(caseID.uuidString)")) { t(.operatorOpen) } } else { "—" } }
            td(.class("referred")) { referred(t, item.referrals, model.organisationNames) }
        }
    }

    /// "Safe Harbour Shelter · Accommodation · Pending", one line per referral.
    static func referred(_ t: Localizer, _ lines: [OperatorReferralLine], _ organisations: [UUID: String]) -> HTMLNode {
        guard !lines.isEmpty else { return .text("—") }
        return ul(.class("plain")) {
            for line in lines {
                li {
                    "\(organisations[line.toOrganisationID] ?? "—") · \(t.text(forKey: line.serviceType.labelKey)) · "
                    ReferralPages.statusBadge(line.status, t: t)
                }
            }
        }
    }

    private static func figures(_ t: Localizer, _ queue: OperatorConsole.Queue) -> HTMLNode {
        section(.id("operator-figures")) {
            h2 { t(.operatorFiguresTitle) }
            table {
                thead { tr {
                    td { "" }
                    th(.scope("col")) { t(.operatorFiguresItems) }
                    th(.scope("col")) { t(.operatorFiguresFirstAction) }
                    th(.scope("col")) { t(.operatorFiguresClose) }
                } }
                tbody {
                    for (key, figures) in [(TextKey.operatorKindAlert, queue.alertFigures), (.operatorKindReport, queue.reportFigures)] {
                        tr {
                            th(.scope("row")) { t(key) }
                            td { String(figures.count) }
                            td { duration(figures.medianToFirstAction, t: t) }
                            td { duration(figures.medianToClose, t: t) }
                        }
                    }
                }
            }
            p(.class("hint")) { t(.operatorFiguresNote, ["limit": String(OperatorConsole.figuresWindow)]) }
        }
    }

    static func itemPath(_ kind: OperatorItemKind, _ id: UUID) -> String {
        "/operator/\(kind.rawValue)s/\(id.uuidString)"
    }

    static func statusKey(_ status: PanicAlertModel.Status) -> TextKey {
        switch status {
        case .new: .operatorStatusNew
        case .inProgress: .operatorStatusInProgress
        case .verified: .operatorStatusVerified
        case .closed: .operatorStatusClosed
        case .falseAlarm: .operatorStatusFalseAlarm
        }
    }

    static func position(_ latitude: Double?, _ longitude: Double?, _ accuracy: Double?) -> String? {
        guard let latitude, let longitude else { return nil }
        let plain = String(format: "%.5f, %.5f", latitude, longitude)
        return accuracy.map { plain + " ±\(Int($0.rounded())) m" } ?? plain
    }

    /// Minutes under an hour, then hours, then days: alerts are answered in minutes.
    static func duration(_ seconds: Double?, t: Localizer) -> String {
        guard let seconds else { return "—" }
        if seconds < 3600 { return t(.operatorMinutes, ["minutes": String(Int((seconds / 60).rounded()))]) }
        return ReferralFiguresPage.duration(seconds, t: t)
    }

    /// The country whose outline holds the point, when the outlines can tell.
    static func country(of location: GeoFix?) -> String? {
        location.flatMap { WorldShapes.country(containing: GeoPoint(longitude: $0.longitude, latitude: $0.latitude)) }
    }
}
