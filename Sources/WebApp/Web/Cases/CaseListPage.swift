import CaseModel
import Foundation
import Localization
import Storage

/// The case list with its filters.
enum CaseListPage {
    struct Model {
        var page: ListPage<CaseSummaryView>
        var filters: CaseFilterForm
        var isFirstPage: Bool
        var mayCreate: Bool
        /// Whether the caller may refer (case workers) or assign (supervisors) cases of the list, and so choose several at once.
        var mayRefer: Bool
        var mayAssign: Bool
        var mayAct: Bool { mayRefer || mayAssign }
        var workers: [(value: String, label: String)]
    }

    static func render(_ context: PageContext, _ model: Model) -> String {
        let t = context.t
        let f = model.filters
        return Layout.render(context, title: t(.casesTitle), section: .cases) {
            div(.class("page-actions")) {
                h1 { t(.casesTitle) }
                div {
                    if model.mayCreate {
                        a(.class("button"), .href("/cases/new")) { t(.casesNew) }
                        " "
                        a(.class("button secondary"), .href("/cases/import")) { t(.importTitle) }
                    }
                    " "
                    a(.class("button secondary"), .href("/cases/export.csv")) { t(.exportCSV) }
                }
            }
            form(.class("filters"), .method("get"), .action("/cases"), Attribute("role", "search")) {
                CaseComponents.codeSelect("status", label: t(.fieldCaseStatus), CaseStatus.self, selected: f.status, t: t, errors: .none)
                CaseComponents.codeSelect("exploitationType", label: t(.fieldExploitationTypes), ExploitationType.self, selected: f.exploitationType, t: t, errors: .none)
                CaseComponents.countrySelect("citizenship", label: t(.fieldCitizenship), selected: f.citizenship, t: t, errors: .none)
                Components.textField("openedFrom", label: t(.casesOpenedFrom), value: f.openedFrom, type: "date", errors: .none)
                Components.textField("openedTo", label: t(.casesOpenedTo), value: f.openedTo, type: "date", errors: .none)
                if !model.workers.isEmpty {
                    Components.selectField("assignedTo", label: t(.fieldAssignedTo), options: model.workers, selected: f.assignedTo, errors: .none, includeBlank: t(.filterAll))
                }
                Components.selectField("sort", label: t(.casesSort), options: [
                    (CaseCriteria.Sort.newest.rawValue, t(.casesSortNewest)), (CaseCriteria.Sort.oldest.rawValue, t(.casesSortOldest)),
                    (CaseCriteria.Sort.reference.rawValue, t(.casesSortReference)),
                ], selected: f.sort ?? CaseCriteria.Sort.newest.rawValue, errors: .none)
                div { button(.type("submit"), .class("secondary")) { t(.searchSubmit) } }
            }
            div(.class("table-wrap")) {
                table(.id("case-list")) {
                    caption(.class("visually-hidden")) { t(.casesTitle) }
                    thead { tr {
                        if model.mayAct { th(.scope("col")) { span(.class("visually-hidden")) { t(.bulkSelect) } } }
                        th(.scope("col")) { t(.fieldReference) }
                        th(.scope("col")) { t(.fieldOpenedOn) }
                        th(.scope("col")) { t(.fieldCaseStatus) }
                        th(.scope("col")) { t(.casesVictims) }
                        th(.scope("col")) { t(.fieldExploitationTypes) }
                    } }
                    tbody {
                        for item in model.page.items {
                            tr {
                                if model.mayAct {
                                    td {
                                        input(.type("checkbox"), .id("select-\(item.id)"), .name("caseIds[]"), .value(item.id.uuidString), Attribute("form", "bulk-form"),
                                              .aria("label", t(.bulkSelectCase, ["reference": item.reference])))
                                    }
                                }
                                td { a(.class("mono"), .href("/cases/\(item.id)")) { item.reference } }
                                td { item.openedOn }
                                td { Components.badge(t.text(forKey: item.status.labelKey)) }
                                td { item.victimNames.isEmpty ? "—" : item.victimNames.joined(separator: ", ") }
                                td { CaseComponents.labels(item.exploitationTypes, t: t) }
                            }
                        }
                    }
                }
                if model.page.items.isEmpty {
                    p(.class("empty")) { f.isEmpty ? t(.casesEmpty) : t(.searchNoResults) }
                }
            }
            if model.mayAct && !model.page.items.isEmpty {
                form(.class("bulk-actions"), .id("bulk-form"), .method("post"), .action("/cases/bulk")) {
                    Components.csrfField(context.csrfToken)
                    fieldset {
                        legend { t(.bulkLegend) }
                        if model.mayAssign && !model.workers.isEmpty {
                            Components.selectField("assignedTo", label: t(.casesAssignTo), options: model.workers, selected: nil, errors: .none, includeBlank: t(.casesUnassigned))
                            button(.type("submit"), .name("action"), .value("assign"), .class("secondary")) { t(.bulkAssign) }
                            " "
                        }
                        if model.mayRefer { button(.type("submit"), .name("action"), .value("refer"), .class("secondary")) { t(.bulkRefer) } }
                    }
                }
            }
            Components.pagination(nextCursor: model.page.nextCursor, baseQuery: f.query, path: "/cases", isFirstPage: model.isFirstPage, t: t)
        }
    }
}

/// The case-list filters as the form sends them.
struct CaseFilterForm {
    var status: String?
    var exploitationType: String?
    var citizenship: String?
    var openedFrom: String?
    var openedTo: String?
    var assignedTo: String?
    var sort: String?

    var isEmpty: Bool { [status, exploitationType, citizenship, openedFrom, openedTo, assignedTo].allSatisfy { $0 == nil } }

    var query: [(String, String)] {
        [("status", status), ("exploitationType", exploitationType), ("citizenship", citizenship), ("openedFrom", openedFrom),
         ("openedTo", openedTo), ("assignedTo", assignedTo), ("sort", sort)].compactMap { name, value in value.map { (name, $0) } }
    }
}
