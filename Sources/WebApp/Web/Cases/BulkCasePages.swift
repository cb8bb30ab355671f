import CaseModel
import Foundation
import Localization

/// Actions on several cases chosen in the case list: the referral form for
/// all their victims, and the outcome of each item, since one case may be
/// refused (no consent, no right) while the others go through.
enum BulkCasePages {
    struct Outcome {
        var caseID: UUID
        var reference: String
        var victim: String?
        /// `nil` when it was done; otherwise why not, in the reader's language.
        var problem: String?
    }

    static func results(_ context: PageContext, title: String, outcomes: [Outcome]) -> String {
        let t = context.t
        let done = outcomes.filter { $0.problem == nil }.count
        return Layout.render(context, title: title, section: .cases) {
            h1 { title }
            p(.class("notice"), .id("bulk-summary")) { t(.bulkSummary, ["done": String(done), "refused": String(outcomes.count - done)]) }
            div(.class("table-wrap")) {
                table(.id("bulk-results")) {
                    thead { tr {
                        th(.scope("col")) { t(.fieldReference) }
                        if outcomes.contains(where: { $0.victim != nil }) { th(.scope("col")) { t(.fieldVictim) } }
                        th(.scope("col")) { t(.bulkOutcome) }
                    } }
                    tbody {
                        for outcome in outcomes {
                            tr {
                                td { a(.class("mono"), .href("/cases/\(outcome.caseID)")) { outcome.reference } }
                                if outcomes.contains(where: { $0.victim != nil }) { td { outcome.victim ?? "—" } }
                                td {
                                    if let problem = outcome.problem { Components.badge(problem, kind: "inactive") } else { Components.badge(t(.bulkDone), kind: "active") }
                                }
                            }
                        }
                    }
                }
            }
            p { a(.href("/cases")) { t(.bulkBackToList) } }
        }
    }

    struct ReferModel {
        var cases: [CaseFileView]
        var readiness: [UUID: ReferralService.Readiness]
        var organisations: [(value: String, label: String)]
    }

    static func referForm(_ context: PageContext, _ model: ReferModel) -> String {
        let t = context.t
        return Layout.render(context, title: t(.bulkReferTitle), section: .cases) {
            h1 { t(.bulkReferTitle) }
            p { t(.bulkReferIntro) }
            ul(.id("bulk-victims")) {
                for file in model.cases {
                    for victim in file.victims {
                        li {
                            strong { file.reference }
                            " — "
                            victim.person.fullName.isEmpty ? "—" : victim.person.fullName
                            ": "
                            CaseSections.readinessSentence(t, model.readiness[victim.id], name: victim.person.fullName)
                        }
                    }
                }
            }
            form(.class("stacked"), .id("bulk-refer-form"), .method("post"), .action("/cases/bulk/referrals")) {
                Components.csrfField(context.csrfToken)
                for file in model.cases { input(.type("hidden"), .name("caseIds[]"), .value(file.id.uuidString)) }
                Components.selectField("toOrganisationId", label: t(.fieldReferredTo), options: model.organisations, selected: nil, errors: .none, required: true, includeBlank: t(.selectChoose))
                CaseComponents.codeSelect("serviceType", label: t(.fieldServiceType), ServiceType.self, selected: nil, t: t, errors: .none, required: true)
                Components.checkboxes("shares", legend: t(.referralSharesLegend),
                                      options: DisclosureGroup.allCases.map { ($0.rawValue, t.text(forKey: $0.labelKey), nil) }, checked: [], errors: .none)
                p(.class("hint")) { t(.referralSharesHint) }
                CaseComponents.textArea("note", label: t(.fieldReferralNote), value: nil, hint: t(.hintEncryptedNotes), errors: .none, rows: 3)
                div { button(.type("submit")) { t(.referralSend) } }
            }
        }
    }
}
