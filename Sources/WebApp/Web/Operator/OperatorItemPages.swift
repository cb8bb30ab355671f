import Charts
import Foundation
import Localization
import PublicReporting
import Storage

/// `/operator/alerts/{id}` and `/operator/reports/{id}`: one item with what the
/// operator may see of it, and the forms to work on it.
enum OperatorItemPages {
    struct Model {
        var kind: OperatorItemKind
        var id: UUID
        var status: PanicAlertModel.Status
        var assignedOperatorID: UUID?
        var checklist: Set<OperatorChecklistItem>
        var caseID: UUID?
        var notes: [ReportOperatorDesk.Note]
        var operators: [OperatorConsole.Operator]
        var referral = OperatorReferralSection.Model()
        var errors = FormErrors.none
    }

    static func alert(_ context: PageContext, _ view: OperatorConsole.AlertView, _ model: Model) -> String {
        let t = context.t
        let label = "A-" + view.id.uuidString.prefix(8)
        return Layout.render(context, title: t(.operatorAlertTitle, ["label": label]), section: .operatorConsole) {
            p { a(.href("/operator")) { t(.operatorBack) } }
            h1 { t(.operatorAlertTitle, ["label": label]) }
            Components.errorSummary(model.errors, t: t)
            div(.class("operator-item")) {
                dl(.class("details"), .id("alert-details")) {
                    dt { t(.operatorStatusLabel) }
                    dd { t(OperatorPages.statusKey(view.status)) }
                    dt { t(.operatorSentAt) }
                    dd { Components.dateTime(view.sentAt, t: t) }
                    dt { t(.operatorReceivedAt) }
                    dd { Components.dateTime(view.receivedAt, t: t) }
                    dt { t(.operatorPosition) }
                    dd(.id("alert-position")) { OperatorPages.position(view.location?.latitude, view.location?.longitude, view.location?.accuracyMeters) ?? t(.operatorNoPosition) }
                    if let code = OperatorPages.country(of: view.location) {
                        dt { t(.operatorCountry) }
                        dd(.id("alert-country")) { t.countryName(code) }
                    }
                }
                if let location = view.location { map(t, location) }
                h2 { t(.operatorBasicData) }
                if let basic = view.basicData {
                    dl(.class("details"), .id("alert-basic-data")) {
                        for (key, value) in [(TextKey.panicNameLabel, basic.name), (.panicPhoneLabel, basic.phone), (.panicNoteLabel, basic.note)] {
                            if let value {
                                dt { t(key) }
                                dd { value }
                            }
                        }
                    }
                } else {
                    p(.class("empty")) { t(.operatorNoBasicData) }
                }
                work(context, model)
            }
        }
    }

    static func report(_ context: PageContext, _ view: ReportOperatorDesk.View, _ model: Model) -> String {
        let t = context.t
        return Layout.render(context, title: t(.operatorReportTitle, ["code": view.code]), section: .operatorConsole) {
            p { a(.href("/operator")) { t(.operatorBack) } }
            h1 { t(.operatorReportTitle, ["code": view.code]) }
            Components.errorSummary(model.errors, t: t)
            div(.class("operator-item")) {
                dl(.class("details"), .id("report-details")) {
                    dt { t(.operatorStatusLabel) }
                    dd { t(OperatorPages.statusKey(view.status)) }
                    dt { t(.operatorReceivedAt) }
                    dd { view.dateOnly ? t.day(view.receivedAt) : t.dateTime(view.receivedAt) }
                    dt { t(.operatorPosition) }
                    dd(.id("report-position")) {
                        OperatorPages.position(view.location?.latitude, view.location?.longitude, view.location?.accuracyMeters) ?? t(.operatorNoPosition)
                        if view.location != nil {
                            p(.class("hint")) { t(view.locationIsExact ? .operatorExactPosition : .operatorLocationRounded) }
                        }
                    }
                    dt { t(.operatorContact) }
                    dd(.id("report-contact")) {
                        if let contact = view.contact {
                            [contact.name, contact.phone, contact.email].compactMap { $0 }.joined(separator: " · ") + " (\(contact.preferred.rawValue))"
                        } else {
                            t(view.contactHidden ? .operatorContactHidden : .operatorAnonymous)
                        }
                    }
                }
                if let location = view.location { map(t, location) }
                h2 { t(.operatorDescription) }
                p(.class("followup-text"), .id("report-description")) { view.description }
                if !view.followUps.isEmpty {
                    h2 { t(.operatorFollowUps) }
                    ul(.class("followups")) { for item in view.followUps { li { p(.class("followup-text")) { item.text } } } }
                }
                work(context, model)
            }
        }
    }

    /// The point on a server-drawn map, with its accuracy circle.
    private static func map(_ t: Localizer, _ location: GeoFix) -> HTMLNode {
        let metres = location.accuracyMeters.map { String(Int($0.rounded())) } ?? "?"
        return element("figure", [.class("operator-map")]) {
            HTMLNode.chart(PointMap.svg(
                point: GeoPoint(longitude: location.longitude, latitude: location.latitude), accuracyMeters: location.accuracyMeters,
                title: t(.operatorMapTitle),
                description: t(.operatorMapDescription, ["latitude": String(format: "%.5f", location.latitude), "longitude": String(format: "%.5f", location.longitude), "metres": metres])
            ))
            // Near a coast the simplified outline can put the point "at sea": say so, so no one misreads it.
            element("figcaption", [.class("hint")]) { t(.operatorMapNote) }
        }
    }

    /// Notes, checklist, assignment, status, escalation and referral: the same for both kinds.
    private static func work(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let path = OperatorPages.itemPath(model.kind, model.id)
        let names = Dictionary(uniqueKeysWithValues: model.operators.map { ($0.id, $0.name) })
        return div {
            h2 { t(.operatorNotesTitle) }
            if model.notes.isEmpty {
                p(.class("empty")) { t(.operatorNoNotes) }
            } else {
                ul(.class("followups"), .id("operator-notes")) {
                    for note in model.notes {
                        li {
                            p(.class("hint")) { Components.dateTime(note.createdAt, t: t); " · " + (names[note.authorID] ?? "—") }
                            p(.class("followup-text")) { note.text }
                        }
                    }
                }
            }
            form(.class("stacked"), .id("note-form"), .method("post"), .action(path + "/notes")) {
                Components.csrfField(context.csrfToken)
                ReportFormPage.textArea("text", label: t(.operatorNoteLabel), value: "", hint: "", errors: model.errors, rows: 3, required: true, maxLength: 20_000)
                button(.type("submit")) { t(.operatorNoteSubmit) }
            }
            div(.class("operator-actions")) {
                form(.class("stacked checklist"), .id("checklist-form"), .method("post"), .action(path + "/checklist")) {
                    Components.csrfField(context.csrfToken)
                    Components.checkboxes("items", legend: t(.operatorChecklistTitle),
                                          options: OperatorChecklistItem.allCases.map { ($0.rawValue, t(checkKey($0)), nil) },
                                          checked: Set(model.checklist.map(\.rawValue)), errors: model.errors)
                    button(.type("submit"), .class("secondary")) { t(.operatorChecklistSave) }
                }
                form(.class("stacked"), .id("assign-form"), .method("post"), .action(path + "/assign")) {
                    Components.csrfField(context.csrfToken)
                    Components.selectField("operator", label: t(.operatorAssignLabel), options: model.operators.map { ($0.id.uuidString, $0.name) },
                                           selected: (model.assignedOperatorID ?? context.user?.id)?.uuidString, errors: model.errors,
                                           includeBlank: t(.operatorUnassigned))
                    button(.type("submit"), .class("secondary")) { t(.operatorAssignSubmit) }
                }
                form(.class("stacked"), .id("status-form"), .method("post"), .action(path + "/status")) {
                    Components.csrfField(context.csrfToken)
                    Components.selectField("status", label: t(.operatorStatusLabel),
                                           options: PanicAlertModel.Status.allCases.map { ($0.rawValue, t(OperatorPages.statusKey($0))) },
                                           selected: model.status.rawValue, errors: model.errors)
                    button(.type("submit"), .class("secondary")) { t(.operatorStatusSubmit) }
                }
                section(.id("escalation")) {
                    h2 { t(.operatorEscalateTitle) }
                    if let caseID = model.caseID {
                        p { a(.href("/cases/\(caseID.uuidString)"), .id("escalated-case")) { t(.operatorCaseOpened) } }
                    } else {
                        p(.class("hint")) { t(.operatorEscalateHint) }
                        form(.id("escalate-form"), .method("post"), .action(path + "/escalate")) {
                            Components.csrfField(context.csrfToken)
                            button(.type("submit")) { t(.operatorEscalateSubmit) }
                        }
                    }
                }
            }
            OperatorReferralSection.render(context, path: path, model.referral, errors: model.errors)
        }
    }

    static func checkKey(_ item: OperatorChecklistItem) -> TextKey {
        switch item {
        case .contacted: .operatorCheckContacted
        case .identityConfirmed: .operatorCheckIdentityConfirmed
        case .locationConfirmed: .operatorCheckLocationConfirmed
        case .riskAssessed: .operatorCheckRiskAssessed
        case .responseChosen: .operatorCheckResponseChosen
        }
    }
}
