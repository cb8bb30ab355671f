import CaseModel
import Foundation
import Localization

/// Consent, support, comments and attachments on the case page.
extension CaseSections {
    static func consent(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let view = model.view
        let names = Dictionary(view.victims.map { ($0.personID, $0.person.fullName) }, uniquingKeysWith: { a, _ in a })
        return section(.id("consent"), .aria("labelledby", "consent-heading")) {
            h2(.id("consent-heading")) { t(.casesSectionConsent) }
            if view.consents.isEmpty {
                p(.class("empty")) { t(.casesNoConsent) }
            } else {
                div(.class("table-wrap")) {
                    table {
                        thead { tr {
                            th(.scope("col")) { t(.fieldVictim) }
                            th(.scope("col")) { t(.fieldConsentPurpose) }
                            th(.scope("col")) { t(.fieldConsentAnswer) }
                            th(.scope("col")) { t(.fieldGivenOn) }
                            th(.scope("col")) { t(.fieldConsentMethod) }
                            th(.scope("col")) { t(.fieldConsentShares) }
                            th(.scope("col")) { t(.fieldStatus) }
                        } }
                        tbody {
                            for consent in view.consents {
                                tr {
                                    td { names[consent.personID] ?? "—" }
                                    td { t.text(forKey: consent.purpose.labelKey) }
                                    td { consent.granted ? t(.consentGranted) : t(.consentRefused) }
                                    td { consent.givenOn }
                                    td { t.text(forKey: consent.method.labelKey) + (consent.givenBy.map { " — \($0)" } ?? "") }
                                    td { consent.purpose == .referral ? (consent.shares.isEmpty ? "—" : groupNames(consent.shares, t: t)) : "" }
                                    td {
                                        if let withdrawn = consent.withdrawnOn {
                                            Components.badge(t(.consentWithdrawnOn, ["date": withdrawn]), kind: "inactive")
                                        } else if consent.granted {
                                            Components.badge(t(.consentInForce), kind: "active")
                                            if model.mayEdit {
                                                form(.class("inline-form"), .method("post"), .action("/cases/\(view.id)/consents/\(consent.id)/withdraw")) {
                                                    Components.csrfField(context.csrfToken)
                                                    button(.type("submit"), .class("link")) { t(.consentWithdraw) }
                                                }
                                            }
                                        } else {
                                            "—"
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if model.mayEdit, !view.victims.isEmpty {
                details(summary: t(.consentRecord), open: model.errors.message(for: "shares") != nil || model.errors.message(for: "consentShares") != nil) {
                    form(.class("stacked"), .method("post"), .action("/cases/\(view.id)/consents")) {
                        Components.csrfField(context.csrfToken)
                        Components.selectField("personId", label: t(.fieldVictim), options: view.victims.map { ($0.personID.uuidString, $0.person.fullName.isEmpty ? "—" : $0.person.fullName) }, selected: nil, errors: .none, required: true)
                        CaseComponents.codeSelect("purpose", label: t(.fieldConsentPurpose), ConsentPurpose.self, selected: nil, t: t, errors: .none, required: true)
                        Components.selectField("granted", label: t(.fieldConsentAnswer), options: [("true", t(.consentGranted)), ("false", t(.consentRefused))], selected: "true", errors: .none, required: true)
                        Components.textField("givenOn", label: t(.fieldGivenOn), type: "date", errors: .none, required: true)
                        CaseComponents.codeSelect("method", label: t(.fieldConsentMethod), ConsentMethod.self, selected: nil, t: t, errors: .none, required: true)
                        Components.textField("givenBy", label: t(.fieldGivenBy), hint: t(.hintGivenBy), errors: .none, maxLength: 200)
                        Components.checkboxes("shares", legend: t(.consentSharesLegend),
                                              options: DisclosureGroup.allCases.map { ($0.rawValue, t.text(forKey: $0.labelKey), nil) }, checked: [], errors: .none)
                        p(.class("hint")) { t(.consentSharesHint) }
                        div { button(.type("submit")) { t(.consentRecord) } }
                    }
                }
            }
        }
    }

    static func support(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let view = model.view
        let names = Dictionary(view.victims.map { ($0.id, $0.person.fullName) }, uniquingKeysWith: { a, _ in a })
        return section(.id("support"), .aria("labelledby", "support-heading")) {
            h2(.id("support-heading")) { t(.casesSectionSupport) }
            if view.plans.isEmpty && view.services.isEmpty { p(.class("empty")) { t(.casesNoSupport) } }
            for plan in view.plans {
                article(.class("card")) {
                    h2 { t.text(forKey: plan.type.labelKey) + " — " + (names[plan.victimID] ?? "—") }
                    dl(.class("details")) {
                        dt { t(.fieldObjectives) }
                        dd { plan.objectives ?? "—" }
                        dt { t(.fieldActionPlan) }
                        dd { plan.actionPlan ?? "—" }
                        dt { t(.fieldPlannedEnd) }
                        dd { plan.plannedEnd ?? "—" }
                    }
                }
            }
            if !view.services.isEmpty {
                div(.class("table-wrap")) {
                    table {
                        thead { tr {
                            th(.scope("col")) { t(.fieldServiceType) }
                            th(.scope("col")) { t(.fieldVictim) }
                            th(.scope("col")) { t(.fieldProvider) }
                            th(.scope("col")) { t(.fieldStatus) }
                            th(.scope("col")) { t(.fieldDates) }
                        } }
                        tbody {
                            for service in view.services {
                                tr {
                                    td { t.text(forKey: service.type.labelKey) }
                                    td { names[service.victimID] ?? "—" }
                                    td { service.providerID.flatMap { id in model.organisations.first { $0.value == id.uuidString }?.label } ?? service.providerName ?? "—" }
                                    td { Components.badge(t.text(forKey: service.status.labelKey)) }
                                    td { [service.startOn, service.endOn].compactMap { $0 }.joined(separator: " – ") }
                                }
                            }
                        }
                    }
                }
            }
            if model.mayEdit, !view.victims.isEmpty {
                details(summary: t(.supportAddPlan)) {
                    form(.class("stacked"), .method("post"), .action("/cases/\(view.id)/support-plans")) {
                        Components.csrfField(context.csrfToken)
                        Components.selectField("victimId", label: t(.fieldVictim), options: victimOptions(view), selected: nil, errors: .none, required: true)
                        CaseComponents.codeSelect("type", label: t(.fieldSupportType), SupportPlanType.self, selected: nil, t: t, errors: .none, required: true)
                        CaseComponents.textArea("objectives", label: t(.fieldObjectives), value: nil, errors: .none, rows: 3)
                        CaseComponents.textArea("actionPlan", label: t(.fieldActionPlan), value: nil, errors: .none, rows: 3)
                        Components.textField("plannedEnd", label: t(.fieldPlannedEnd), type: "date", errors: .none)
                        div { button(.type("submit")) { t(.supportAddPlan) } }
                    }
                }
                details(summary: t(.supportAddService)) {
                    form(.class("stacked"), .method("post"), .action("/cases/\(view.id)/services")) {
                        Components.csrfField(context.csrfToken)
                        Components.selectField("victimId", label: t(.fieldVictim), options: victimOptions(view), selected: nil, errors: .none, required: true)
                        CaseComponents.codeSelect("type", label: t(.fieldServiceType), ServiceType.self, selected: nil, t: t, errors: .none, required: true)
                        Components.textField("need", label: t(.fieldNeed), hint: t(.hintEncryptedNotes), errors: .none, maxLength: 2_000)
                        Components.selectField("providerId", label: t(.fieldProvider), options: model.organisations, selected: nil, errors: .none, includeBlank: t(.selectChoose))
                        Components.textField("providerName", label: t(.fieldProviderName), hint: t(.hintProviderName), errors: .none, maxLength: 200)
                        CaseComponents.codeSelect("status", label: t(.fieldStatus), ServiceStatus.self, selected: ServiceStatus.planned.rawValue, t: t, errors: .none, required: true)
                        Components.textField("startOn", label: t(.fieldStartOn), type: "date", errors: .none)
                        div { button(.type("submit")) { t(.supportAddService) } }
                    }
                }
            }
        }
    }

    static func comments(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let view = model.view
        return section(.id("comments"), .aria("labelledby", "comments-heading")) {
            h2(.id("comments-heading")) { t(.casesSectionComments) }
            if view.comments.isEmpty { p(.class("empty")) { t(.casesNoComments) } }
            for comment in view.comments {
                article(.class("card comment")) {
                    p(.class("hint")) { comment.authorName; " · "; Components.dateTime(comment.createdAt, t: t) }
                    p { comment.body }
                }
            }
            if model.mayEdit {
                form(.class("stacked"), .method("post"), .action("/cases/\(view.id)/comments")) {
                    Components.csrfField(context.csrfToken)
                    CaseComponents.textArea("body", label: t(.casesAddComment), value: nil, hint: t(.hintEncryptedNotes), errors: .none, rows: 3)
                    div { button(.type("submit")) { t(.casesAddComment) } }
                }
            }
        }
    }

    static func attachments(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let view = model.view
        return section(.id("attachments"), .aria("labelledby", "attachments-heading")) {
            h2(.id("attachments-heading")) { t(.casesSectionAttachments) }
            if view.attachments.isEmpty { p(.class("empty")) { t(.casesNoAttachments) } }
            ul {
                for attachment in view.attachments {
                    li {
                        a(.href("/cases/\(view.id)/attachments/\(attachment.id)")) { attachment.fileName }
                        " (\(ByteCountFormatter.string(fromByteCount: Int64(attachment.sizeBytes), countStyle: .file)))"
                    }
                }
            }
            if model.mayEdit {
                form(.class("stacked"), .method("post"), .action("/cases/\(view.id)/attachments"), Attribute("enctype", "multipart/form-data")) {
                    Components.csrfField(context.csrfToken)
                    div(.class("field")) {
                        label(.for("field-file")) { t(.casesAttachFile) }
                        p(.class("hint"), .id("field-file-hint")) { t(.hintAttachment) }
                        input(.type("file"), .id("field-file"), .name("file"), .required(), .aria("describedby", "field-file-hint"))
                    }
                    div { button(.type("submit")) { t(.casesAttachFile) } }
                }
            }
        }
    }
}
