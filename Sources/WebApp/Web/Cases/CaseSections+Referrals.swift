import CaseModel
import Foundation
import Localization
import Storage

/// Referrals on the case page: the history, what each victim's consent lets a
/// referral share today, the refer form and the anonymous path.
extension CaseSections {
    static func referrals(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let view = model.view
        let names = Dictionary(view.victims.map { ($0.id, displayName($0, t: t)) }, uniquingKeysWith: { a, _ in a })
        let organisationNames = Dictionary(model.organisations.map { ($0.value, $0.label) }, uniquingKeysWith: { a, _ in a })
        return section(.id("referrals"), .aria("labelledby", "referrals-heading")) {
            h2(.id("referrals-heading")) { t(.casesSectionReferrals) }
            if model.referrals.isEmpty {
                p(.class("empty")) { t(.referralsNoneOnCase) }
            } else {
                div(.class("table-wrap")) {
                    table(.id("case-referrals")) {
                        thead { tr {
                            th(.scope("col")) { t(.fieldReferredOn) }
                            th(.scope("col")) { t(.fieldVictim) }
                            th(.scope("col")) { t(.fieldReferredTo) }
                            th(.scope("col")) { t(.fieldServiceType) }
                            th(.scope("col")) { t(.fieldStatus) }
                        } }
                        tbody {
                            for line in model.referrals {
                                tr {
                                    td { a(.href("/referrals/\(line.id)")) { ReferralPages.day(line.referredAt) } }
                                    td { line.victimID.flatMap { names[$0] } ?? "—" }
                                    td { organisationNames[line.toOrganisationID.uuidString] ?? "—" }
                                    td { t.text(forKey: line.serviceType.labelKey) }
                                    td { ReferralPages.statusBadge(line.status, t: t) }
                                }
                            }
                        }
                    }
                }
            }
            if model.mayEdit, !view.victims.isEmpty {
                ul(.class("referral-readiness")) {
                    for victim in view.victims {
                        li { readiness(context, model, victim, name: names[victim.id] ?? "—") }
                    }
                }
                details(summary: t(.referralRefer), open: model.errors.message(for: "shares") != nil) {
                    referForm(context, model)
                }
            }
            if model.mayAssign { transfer(context, model) }
        }
    }

    /// One victim's line: what a referral could share now, and the way forward when it is nothing.
    private static func readiness(_ context: PageContext, _ model: Model, _ victim: CaseFileView.Victim, name: String) -> HTMLNode {
        let t = context.t
        let state = model.referralReadiness[victim.id]
        let sentence = readinessSentence(t, state, name: name)
        return div(.class("readiness")) {
            p { sentence }
            p(.class("actions")) {
                if state?.shareable.isEmpty ?? true {
                    a(.href("#consent"), .class("consent-link")) { t(.referralRecordConsent) }
                    " · "
                }
                a(.href("/cases/\(model.view.id)/victims/\(victim.id)/notify")) { t(.referralNotifyAnonymously) }
            }
        }
    }

    /// Moving the whole case to another organisation: the request form, or the request waiting for an answer.
    private static func transfer(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let view = model.view
        let names = Dictionary(model.organisations.map { ($0.value, $0.label) }, uniquingKeysWith: { a, _ in a })
        if let pending = model.pendingTransfer, let id = pending.id {
            return div(.class("card"), .id("pending-transfer")) {
                p { t(.transferPendingOnCase, ["organisation": names[pending.toOrganisationID.uuidString] ?? "—"]) }
                form(.class("inline-form"), .method("post"), .action("/transfers/\(id)/cancel")) {
                    Components.csrfField(context.csrfToken)
                    button(.type("submit"), .class("secondary")) { t(.transferCancel) }
                }
            }
        }
        let others = model.organisations.filter { $0.value != view.organisationID.uuidString }
        return details(summary: t(.transferRequest), open: model.errors.message(for: "consent") != nil || model.errors.message(for: "toOrganisationId") != nil) {
            p(.class("hint")) { t(.transferExplanation) }
            form(.class("stacked"), .id("transfer-form"), .method("post"), .action("/cases/\(view.id)/transfers")) {
                Components.csrfField(context.csrfToken)
                Components.selectField("toOrganisationId", label: t(.transferTo), options: others, selected: nil, errors: model.errors, required: true, includeBlank: t(.selectChoose))
                CaseComponents.textArea("comment", label: t(.fieldComment), value: nil, hint: t(.hintEncryptedNotes), errors: .none, rows: 2)
                div { button(.type("submit"), .class("secondary")) { t(.transferRequest) } }
            }
        }
    }

    /// What a referral of one victim could share today, in a sentence.
    static func readinessSentence(_ t: Localizer, _ state: ReferralService.Readiness?, name: String) -> String {
        let name = name.isEmpty ? "—" : name
        return switch (state?.isChild ?? false, state?.childPolicy ?? .guardian, state?.shareable.isEmpty ?? true) {
        case (true, .notRequired, _): t(.referralReadinessChildPolicyFree, ["name": name])
        case (true, .guardian, true): t(.referralReadinessChildNeedsGuardian, ["name": name])
        case (_, _, true): t(.referralReadinessNone, ["name": name])
        case (_, _, false): t(.referralReadinessCovers, ["name": name, "groups": groupNames(state?.shareable ?? [], t: t)])
        }
    }

    private static func referForm(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let view = model.view
        let others = model.organisations.filter { $0.value != view.organisationID.uuidString }
        return form(.class("stacked"), .id("refer-form"), .method("post"), .action("/cases/\(view.id)/referrals")) {
            Components.csrfField(context.csrfToken)
            Components.selectField("victimId", label: t(.fieldVictim), options: victimOptions(view), selected: nil, errors: model.errors, required: true)
            Components.selectField("toOrganisationId", label: t(.fieldReferredTo), options: others, selected: nil, errors: model.errors, required: true, includeBlank: t(.selectChoose))
            CaseComponents.codeSelect("serviceType", label: t(.fieldServiceType), ServiceType.self, selected: nil, t: t, errors: model.errors, required: true)
            Components.checkboxes("shares", legend: t(.referralSharesLegend),
                                  options: DisclosureGroup.allCases.map { ($0.rawValue, t.text(forKey: $0.labelKey), nil) }, checked: [], errors: model.errors)
            p(.class("hint")) { t(.referralSharesHint) }
            CaseComponents.textArea("note", label: t(.fieldReferralNote), value: nil, hint: t(.hintEncryptedNotes), errors: model.errors, rows: 3)
            div { button(.type("submit")) { t(.referralSend) } }
        }
    }

    static func groupNames(_ groups: Set<DisclosureGroup>, t: Localizer) -> String {
        groups.inListOrder.map { t($0.shortLabelKey) }.joined(separator: ", ")
    }

    private static func displayName(_ victim: CaseFileView.Victim, t: Localizer) -> String {
        victim.person.fullName.isEmpty ? "—" : victim.person.fullName
    }
}

extension DisclosureGroup {
    /// A one-word name, for sentences; `labelKey` lists what the group holds.
    var shortLabelKey: TextKey {
        switch self {
        case .identity: .disclosureIdentityShort
        case .contact: .disclosureContactShort
        case .caseDetails: .disclosureCaseDetailsShort
        }
    }
}
