import Foundation
import Linkage
import Localization
import Storage

/// The coordinator's list of likely duplicates across organisations.
enum DuplicatePages {
    /// `""` for every status.
    static func index(_ context: PageContext, page: ListPage<DuplicateFlagView>, status: DuplicateFlagModel.Status?, source: DuplicateFlagModel.Source?,
                      isFirstPage: Bool) -> String {
        let t = context.t
        let statusValue = status?.rawValue ?? "all"
        let statuses = DuplicateFlagModel.Status.allCases.map { ($0.rawValue, t.text(forKey: "duplicateStatus.\($0.rawValue)")) } + [("all", t(.filterAll))]
        let sources = [("", t(.filterAll))] + DuplicateFlagModel.Source.allCases.map { ($0.rawValue, t.text(forKey: "duplicateSource.\($0.rawValue)")) }
        let filters = ListFilters(status: statusValue, source: source?.rawValue ?? "")
        return Layout.render(context, title: t(.duplicatesTitle), section: .duplicates) {
            h1 { t(.duplicatesTitle) }
            p(.class("hint")) { t(.duplicatesIntro) }
            form(.class("filters"), .method("get"), .action("/duplicates"), Attribute("role", "search")) {
                Components.selectField("status", label: t(.duplicatesStatus), options: statuses, selected: statusValue, errors: .none)
                Components.selectField("source", label: t(.duplicatesSource), options: sources, selected: filters.source, errors: .none)
                div { button(.type("submit"), .class("secondary")) { t(.searchSubmit) } }
            }
            if page.items.isEmpty {
                p(.class("empty")) { t(.duplicatesEmpty) }
            } else {
                div(.class("table-wrap")) {
                    element("table", [.id("duplicate-flags")]) {
                        caption(.class("visually-hidden")) { t(.duplicatesTitle) }
                        thead { tr {
                            th(.scope("col")) { t(.duplicatesFlaggedOn) }
                            th(.scope("col")) { t(.duplicatesRegistered) }
                            th(.scope("col")) { t(.duplicatesMatched) }
                            th(.scope("col")) { t(.duplicatesLikeness) }
                            th(.scope("col")) { t(.duplicatesStatus) }
                        } }
                        tbody {
                            for flag in page.items { row(context, flag, filters) }
                        }
                    }
                }
            }
            Components.pagination(nextCursor: page.nextCursor, baseQuery: [("status", statusValue), ("source", filters.source)].filter { !$0.1.isEmpty },
                                  path: "/duplicates", isFirstPage: isFirstPage, t: t)
        }
    }

    /// The list's filters, carried through a decision so that the coordinator comes back to the same list.
    struct ListFilters {
        var status: String
        var source: String
    }

    /// A flag's row and, for a linkage flag, a full-width row of evidence under it.
    private static func row(_ context: PageContext, _ flag: DuplicateFlagView, _ filters: ListFilters) -> HTMLNode {
        let t = context.t
        let reasons = flag.reasons.map { t.text(forKey: "matchReason.\($0.rawValue)") }.joined(separator: ", ")
        return .group([tr {
            td { Components.dateTime(flag.flaggedAt, t: t) }
            td { side(flag.registered, t: t) }
            td { side(flag.matched, t: t) }
            td {
                "\(Int((flag.score * 100).rounded())) %"
                if !reasons.isEmpty { p(.class("hint")) { "\(t(.duplicatesAgreeOn)): \(reasons)" } }
                if flag.source == .linkage { p(.class("hint")) { t(.duplicatesSourceLinkage) } }
            }
            td {
                Components.badge(t.text(forKey: "duplicateStatus.\(flag.status.rawValue)"), kind: flag.status == .open ? "warning" : "")
                div(.class("row-actions")) {
                    if flag.status == .open {
                        statusButton(context, flag, .samePerson, t(.duplicatesMarkSame), filters)
                        statusButton(context, flag, .differentPeople, t(.duplicatesMarkDifferent), filters)
                    } else {
                        statusButton(context, flag, .open, t(.duplicatesReopen), filters)
                    }
                }
            }
        }] + (flag.evidence.isEmpty ? [] : [tr(.class("evidence-row")) {
            td(Attribute("colspan", "5")) { evidence(flag.evidence, t: t) }
        }]))
    }

    /// The model's comparison of the two records, field by field, for the
    /// reviewer to judge. Levels and weights only, never the values.
    private static func evidence(_ evidence: [ReviewCandidate.Evidence], t: Localizer) -> HTMLNode {
        element("details", [.class("evidence")]) {
            element("summary", []) { t(.duplicatesEvidence) }
            element("table", [.class("evidence-table")]) {
                thead { tr {
                    th(.scope("col")) { t(.duplicatesEvidenceField) }
                    th(.scope("col")) { t(.duplicatesEvidenceLevel) }
                    th(.scope("col")) { t(.duplicatesEvidenceWeight) }
                } }
                tbody {
                    for item in evidence {
                        tr(.class(item.weight > 0 ? "for" : item.weight < 0 ? "against" : "neutral")) {
                            th(.scope("row")) { t.text(forKey: "linkageField.\(item.field)") }
                            td { LinkageEvidenceText.level(item.level, t: t) }
                            td(.class("number")) { (item.weight > 0 ? "+" : "") + String(format: "%.1f", item.weight) }
                        }
                    }
                }
            }
            p(.class("hint")) { t(.duplicatesEvidenceNote) }
        }
    }

    private static func side(_ side: DuplicateFlagView.Side, t: Localizer) -> HTMLNode {
        .group([
            strong { side.organisationName },
            p(.class("mono")) { side.caseReferences.isEmpty ? t(.duplicatesNoCases) : side.caseReferences.joined(separator: ", ") },
        ])
    }

    private static func statusButton(_ context: PageContext, _ flag: DuplicateFlagView, _ status: DuplicateFlagModel.Status, _ title: String,
                                     _ filters: ListFilters) -> HTMLNode {
        form(.class("inline-form"), .method("post"), .action("/duplicates/\(flag.id)")) {
            Components.csrfField(context.csrfToken)
            input(.type("hidden"), .name("status"), .value(status.rawValue))
            input(.type("hidden"), .name("listStatus"), .value(filters.status))
            input(.type("hidden"), .name("listSource"), .value(filters.source))
            button(.type("submit"), .class("secondary small")) { title }
        }
    }
}
