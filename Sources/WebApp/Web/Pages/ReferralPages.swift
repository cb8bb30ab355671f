import CaseModel
import Foundation
import Localization
import Storage

/// The referral list (incoming and outgoing) and one referral as its end sees it.
enum ReferralPages {
    struct ListModel {
        var page: ListPage<ReferralService.Line>
        var direction: ReferralService.Direction
        var status: ReferralStatus?
        var isFirstPage: Bool
        var organisationNames: [UUID: String]
    }

    static func list(_ context: PageContext, _ model: ListModel) -> String {
        let t = context.t
        let query = [("direction", model.direction.rawValue)] + (model.status.map { [("status", $0.rawValue)] } ?? [])
        return Layout.render(context, title: t(.referralsTitle), section: .referrals) {
            div(.class("page-actions")) {
                h1 { t(.referralsTitle) }
                a(.class("button secondary"), .href("/transfers")) { t(.transfersTitle) }
            }
            nav(.class("tabs"), .aria("label", t(.referralsDirectionLabel))) {
                ul {
                    for (direction, key) in [(ReferralService.Direction.incoming, TextKey.referralsIncoming), (.outgoing, .referralsOutgoing)] {
                        li {
                            a(.href("/referrals?direction=\(direction.rawValue)"), direction == model.direction ? .aria("current", "page") : nil) { t(key) }
                        }
                    }
                }
            }
            form(.class("filters"), .method("get"), .action("/referrals"), Attribute("role", "search")) {
                input(.type("hidden"), .name("direction"), .value(model.direction.rawValue))
                CaseComponents.codeSelect("status", label: t(.fieldStatus), ReferralStatus.self, selected: model.status?.rawValue, t: t, errors: .none)
                div { button(.type("submit"), .class("secondary")) { t(.searchSubmit) } }
            }
            div(.class("table-wrap")) {
                table(.id("referral-list")) {
                    caption(.class("visually-hidden")) { t(model.direction == .incoming ? .referralsIncoming : .referralsOutgoing) }
                    thead { tr {
                        th(.scope("col")) { t(.fieldReferredOn) }
                        th(.scope("col")) { t(model.direction == .incoming ? .fieldReferredFrom : .fieldReferredTo) }
                        th(.scope("col")) { t(.fieldServiceType) }
                        th(.scope("col")) { t(.fieldStatus) }
                        th(.scope("col")) { t(.fieldDecidedAt) }
                    } }
                    tbody {
                        for line in model.page.items {
                            tr {
                                td { a(.href("/referrals/\(line.id)")) { day(line.referredAt) } }
                                td { model.organisationNames[model.direction == .incoming ? line.fromOrganisationID : line.toOrganisationID] ?? "—" }
                                td { t.text(forKey: line.serviceType.labelKey) }
                                td { statusBadge(line.status, t: t) }
                                td { Components.dateTime(line.decidedAt, t: t) }
                            }
                        }
                    }
                }
                if model.page.items.isEmpty {
                    p(.class("empty")) {
                        model.status != nil ? t(.searchNoResults) : t(model.direction == .incoming ? .referralsEmptyIncoming : .referralsEmptyOutgoing)
                    }
                }
            }
            Components.pagination(nextCursor: model.page.nextCursor, baseQuery: query, path: "/referrals", isFirstPage: model.isFirstPage, t: t)
        }
    }

    struct DetailModel {
        var referral: ReferralView
        /// Whether the viewer is the sending organisation.
        var isSender: Bool
        var organisationNames: [UUID: String]
        var errors: FormErrors = .none
    }

    static func detail(_ context: PageContext, _ model: DetailModel) -> String {
        let t = context.t
        let referral = model.referral
        let title = t(.referralTitle, ["service": t.text(forKey: referral.serviceType.labelKey)])
        return Layout.render(context, title: title, section: .referrals) {
            div(.class("page-actions")) {
                h1 { title }
                if model.isSender { a(.class("button secondary"), .href("/cases/\(referral.caseID)#referrals")) { t(.referralBackToCase) } }
            }
            Components.errorSummary(model.errors, t: t)
            section(.class("card"), .aria("label", t(.referralSummaryLabel))) {
                dl(.class("details")) {
                    dt { t(.fieldStatus) }
                    dd { statusBadge(referral.status, t: t) }
                    dt { t(.fieldReferredFrom) }
                    dd { model.organisationNames[referral.fromOrganisationID] ?? "—" }
                    dt { t(.fieldReferredTo) }
                    dd { model.organisationNames[referral.toOrganisationID] ?? "—" }
                    dt { t(.fieldReferredOn) }
                    dd { Components.dateTime(referral.referredAt, t: t) }
                    if let reason = referral.declineReason {
                        dt { t(.fieldDeclineReason) }
                        dd { t.text(forKey: reason.labelKey) }
                    }
                    if let first = referral.firstServiceAt {
                        dt { t(.fieldFirstServiceAt) }
                        dd { Components.dateTime(first, t: t) }
                    }
                    dt { t(.referralSharesAsked) }
                    dd { referral.requested.isEmpty ? t(.referralMinimalOnly) : CaseSections.groupNames(referral.requested, t: t) }
                    if let note = referral.note {
                        dt { t(.fieldReferralNote) }
                        dd { note }
                    }
                }
            }
            ReferralVictimSections.render(context, referral, isSender: model.isSender)
            actions(context, model)
            history(context, model)
        }
    }

    private static func actions(_ context: PageContext, _ model: DetailModel) -> HTMLNode {
        let t = context.t
        let referral = model.referral
        let base = "/referrals/\(referral.id)"
        return section(.id("referral-actions"), .aria("labelledby", "referral-actions-heading")) {
            if model.isSender && referral.status == .pending {
                h2(.id("referral-actions-heading")) { t(.referralActions) }
                decisionForm(context, action: "\(base)/revoke", button: t(.referralRevoke), commentRequired: false, kind: "secondary")
            } else if !model.isSender && referral.status == .pending {
                h2(.id("referral-actions-heading")) { t(.referralActions) }
                decisionForm(context, action: "\(base)/accept", button: t(.referralAccept), commentRequired: false)
                form(.class("stacked"), .id("decline-form"), .method("post"), .action("\(base)/decline")) {
                    Components.csrfField(context.csrfToken)
                    CaseComponents.codeSelect("reason", label: t(.fieldDeclineReason), DeclineReason.self, selected: nil, t: t, errors: model.errors, required: true)
                    CaseComponents.textArea("comment", label: t(.fieldComment), value: nil, hint: t(.hintEncryptedNotes), errors: model.errors, rows: 2)
                    div { button(.type("submit"), .class("secondary")) { t(.referralDecline) } }
                }
            } else if !model.isSender && referral.status == .accepted {
                h2(.id("referral-actions-heading")) { t(.referralActions) }
                if referral.firstServiceAt == nil {
                    form(.class("inline-form"), .method("post"), .action("\(base)/first-service")) {
                        Components.csrfField(context.csrfToken)
                        button(.type("submit"), .class("secondary")) { t(.referralRecordFirstService) }
                    }
                }
                decisionForm(context, action: "\(base)/complete", button: t(.referralComplete), commentRequired: false, kind: "secondary")
            }
        }
    }

    private static func decisionForm(_ context: PageContext, action: String, button label: String, commentRequired: Bool, kind: String = "") -> HTMLNode {
        form(.class("stacked decision"), .method("post"), .action(action)) {
            Components.csrfField(context.csrfToken)
            CaseComponents.textArea("comment", label: context.t(.fieldComment), value: nil, errors: .none, rows: 2)
            div { button(.type("submit"), kind.isEmpty ? nil : .class(kind)) { label } }
        }
    }

    private static func history(_ context: PageContext, _ model: DetailModel) -> HTMLNode {
        let t = context.t
        return section(.id("referral-history"), .aria("labelledby", "referral-history-heading")) {
            h2(.id("referral-history-heading")) { t(.referralHistory) }
            element("ol", [.class("timeline")]) {
                for step in model.referral.steps {
                    li {
                        strong { t.text(forKey: step.status.labelKey) }
                        " — "
                        model.organisationNames[step.organisationID] ?? "—"
                        ", "
                        Components.dateTime(step.at, t: t)
                        if let comment = step.comment { p { comment } }
                    }
                }
            }
        }
    }

    static func statusBadge(_ status: ReferralStatus, t: Localizer) -> HTMLNode {
        let kind = switch status {
        case .pending: "pending"
        case .accepted, .completed: "active"
        case .declined, .revoked: "inactive"
        }
        return Components.badge(t.text(forKey: status.labelKey), kind: kind)
    }

    /// The calendar day of an instant, in UTC, as lists show it.
    static func day(_ date: Date) -> String {
        PartialDate.today(date).description
    }
}
