import AccessControl
import AuditTrail
import Foundation
import Localization
import Storage
import Vapor

/// The audit-log browser and the chain verification report.
enum AuditPages {
    /// The filters of the audit page, as typed in its form.
    struct Filters {
        var actor = ""
        var action = ""
        var recordType = ""
        var from = ""
        var to = ""

        init(request: Request) throws {
            actor = request.queryValue("actor") ?? ""
            action = request.queryValue("action") ?? ""
            recordType = request.queryValue("recordType") ?? ""
            from = request.queryValue("from") ?? ""
            to = request.queryValue("to") ?? ""
            if (!from.isEmpty && Self.day(from) == nil) || (!to.isEmpty && Self.day(to) == nil) {
                throw AppError.badRequest(.errorBadDate)
            }
        }

        var criteria: AuditCriteria {
            AuditCriteria(
                actorLabel: actor.isEmpty ? nil : actor,
                action: action.isEmpty ? nil : action,
                recordType: recordType.isEmpty ? nil : recordType,
                from: Self.day(from),
                until: Self.day(to).map { $0.addingTimeInterval(86_400) }
            )
        }

        var query: [(String, String)] {
            [("actor", actor), ("action", action), ("recordType", recordType), ("from", from), ("to", to)]
        }

        /// A `yyyy-MM-dd` date at midnight UTC.
        static func day(_ text: String) -> Date? {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy-MM-dd"
            return formatter.date(from: text)
        }
    }

    static func index(_ context: PageContext, page: ListPage<AuditEntryModel>, filters: Filters, actions: [String], isFirstPage: Bool, mayVerify: Bool) -> String {
        let t = context.t
        let recordTypes = RecordKind.allCases.map { ($0.rawValue, t.text(forKey: "recordType.\($0.rawValue)")) }
        return Layout.render(context, title: t(.auditTitle), section: .audit) {
            div(.class("page-actions")) {
                h1 { t(.auditTitle) }
                if mayVerify { a(.class("button secondary"), .href("/audit/verify")) { t(.auditVerify) } }
            }
            p(.class("hint")) { t(.auditIntro) }
            form(.class("filters"), .method("get"), .action("/audit"), Attribute("role", "search")) {
                Components.textField("actor", label: t(.auditActor), value: filters.actor, errors: .none)
                Components.selectField("action", label: t(.auditAction), options: actions.map { ($0, $0) }, selected: filters.action, errors: .none, includeBlank: t(.filterAll))
                Components.selectField("recordType", label: t(.auditRecordType), options: recordTypes, selected: filters.recordType, errors: .none, includeBlank: t(.filterAll))
                Components.textField("from", label: t(.auditFrom), value: filters.from, type: "date", errors: .none)
                Components.textField("to", label: t(.auditTo), value: filters.to, type: "date", errors: .none)
                div { button(.type("submit"), .class("secondary")) { t(.searchSubmit) } }
            }
            table(page.items, context: context, caption: t(.auditTitle))
            Components.pagination(nextCursor: page.nextCursor, baseQuery: filters.query, path: "/audit", isFirstPage: isFirstPage, t: t)
        }
    }

    /// The table of entries, also used on the dashboard.
    static func table(_ entries: [AuditEntryModel], context: PageContext, caption text: String) -> HTMLNode {
        let t = context.t
        return div(.class("table-wrap")) {
            element("table", [.id("audit-entries")]) {
                caption(.class("visually-hidden")) { text }
                thead { tr {
                    th(.scope("col")) { "#" }
                    th(.scope("col")) { t(.auditWhen) }
                    th(.scope("col")) { t(.auditActor) }
                    th(.scope("col")) { t(.auditAction) }
                    th(.scope("col")) { t(.auditRecord) }
                    th(.scope("col")) { t(.auditChanges) }
                    th(.scope("col")) { t(.auditAddress) }
                } }
                tbody {
                    for entry in entries {
                        tr {
                            td { String(entry.id ?? 0) }
                            td { Components.dateTime(entry.timestamp, t: t) }
                            td { entry.actorLabel }
                            td(.class("mono")) { entry.action }
                            td {
                                t.text(forKey: "recordType.\(entry.recordType)")
                                if let id = entry.recordID { voidElement("br", []); recordLink(type: entry.recordType, id: id) }
                            }
                            td { summary(entry.summary, t: t) }
                            td(.class("mono")) { entry.ipAddress ?? "—" }
                        }
                    }
                }
            }
            if entries.isEmpty { p(.class("empty")) { t(.auditEmpty) } }
        }
    }

    /// The summary as a short list a person can read: `name: A → B`, and for
    /// personal fields only that they changed.
    static func summary(_ json: String, t: Localizer) -> HTMLNode {
        guard let value = JSONValue(parsing: json), json != "{}" else { return .empty }
        var lines: [String] = []
        if case .object(let changes)? = value["changed"] {
            for (field, change) in changes.sorted(by: { $0.key < $1.key }) {
                switch change {
                case .string("redacted"):
                    lines.append("\(field): \(t(.auditRedacted))")
                case .object(let values):
                    lines.append("\(field): \(display(values["from"])) → \(display(values["to"]))")
                default:
                    lines.append(field)
                }
            }
        }
        if case .object(let notes)? = value["notes"] {
            for (key, note) in notes.sorted(by: { $0.key < $1.key }) { lines.append("\(key): \(display(note))") }
        }
        return ul(.class("changes")) { for line in lines { li { line } } }
    }

    private static func display(_ value: JSONValue?) -> String {
        switch value {
        case .string(let text)?: text
        case .number(let number)?: String(number)
        case .bool(let flag)?: String(flag)
        default: "—"
        }
    }

    /// A short, linked record id: enough to tell records apart, the full id on hover.
    private static func recordLink(type: String, id: String) -> HTMLNode {
        let short = String(id.prefix(8)).lowercased()
        let path: String? = switch type {
        case "user": "/users/\(id)"
        case "organisation": "/organisations/\(id)"
        default: nil
        }
        guard let path else { return span(.class("mono"), Attribute("title", id)) { short } }
        return a(.class("mono"), .href(path), Attribute("title", id)) { short }
    }

    static func describe(_ problem: AuditChainVerifier.Problem, t: Localizer) -> String {
        switch problem {
        case .altered(let sequence, _, _): t(.auditProblemAltered, ["sequence": String(sequence)])
        case .brokenLink(let sequence, _, _): t(.auditProblemBrokenLink, ["sequence": String(sequence)])
        case .missing(let from, let to): t(.auditProblemMissing, ["from": String(from), "to": String(to)])
        }
    }

    static func verification(_ context: PageContext, _ report: AuditVerificationReport) -> String {
        let t = context.t
        return Layout.render(context, title: t(.auditVerifyTitle), section: .audit) {
            h1 { t(.auditVerifyTitle) }
            if report.isIntact {
                Components.notice(t(.auditVerifyIntact, ["count": t.number(Int(report.checkedCount))]), kind: "success")
            } else {
                Components.notice(t(.auditVerifyBroken, ["count": String(report.problems.count)]), kind: "error")
                ul { for problem in report.problems { li { describe(problem, t: t) } } }
            }
            dl(.class("details card")) {
                dt { t(.auditVerifyHead) }
                dd(.class("mono")) { report.headSequence.map { "#\($0) " } ?? ""; report.headHash }
            }
            p(.class("hint")) { t(.auditVerifyHeadHint) }
            p { a(.href("/audit")) { t(.auditTitle) } }
        }
    }
}
