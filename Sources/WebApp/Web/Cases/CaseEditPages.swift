import CaseModel
import Foundation
import Localization

/// The edit forms of a case and of the people on it.
enum CaseEditPages {
    static func record(_ context: PageContext, caseID: UUID, reference: String, values: CaseRecordForm, errors: FormErrors) -> String {
        let t = context.t
        return Layout.render(context, title: t(.casesEditCase), section: .cases) {
            h1 { t(.casesEditCase) + " " + reference }
            Components.errorSummary(errors, t: t)
            form(.class("stacked card"), .method("post"), .action("/cases/\(caseID)")) {
                Components.csrfField(context.csrfToken)
                Components.textField("openedOn", label: t(.fieldOpenedOn), value: values.openedOn, type: "date", errors: errors, required: true)
                CaseComponents.codeSelect("status", label: t(.fieldCaseStatus), CaseStatus.self, selected: values.status, t: t, errors: errors, required: true)
                Components.textField("closedOn", label: t(.fieldClosedOn), value: values.closedOn, type: "date", hint: t(.hintClosedOn), errors: errors)
                CaseComponents.textArea("closureReason", label: t(.fieldClosureReason), value: values.closureReason, hint: t(.hintClosureReason), errors: errors, rows: 3)
                CaseComponents.textArea("summary", label: t(.fieldSummary), value: values.summary, hint: t(.hintSummary), errors: errors)
                buttons(t, cancel: "/cases/\(caseID)")
            }
        }
    }

    static func person(_ context: PageContext, caseID: UUID, personID: UUID, values: PersonForm, errors: FormErrors) -> String {
        let t = context.t
        return Layout.render(context, title: t(.casesEditPerson), section: .cases) {
            h1 { t(.casesEditPerson) }
            Components.errorSummary(errors, t: t)
            form(.class("stacked card"), .method("post"), .action("/cases/\(caseID)/persons/\(personID)")) {
                Components.csrfField(context.csrfToken)
                PersonFields.render(values, t: t, errors: errors)
                buttons(t, cancel: "/cases/\(caseID)")
            }
        }
    }

    static func victim(_ context: PageContext, caseID: UUID, victimID: UUID, name: String, values: VictimForm, errors: FormErrors) -> String {
        let t = context.t
        return Layout.render(context, title: t(.casesEditVictim), section: .cases) {
            h1 { t(.casesEditVictim) + " — " + name }
            Components.errorSummary(errors, t: t)
            form(.class("stacked"), .method("post"), .action("/cases/\(caseID)/victims/\(victimID)")) {
                Components.csrfField(context.csrfToken)
                VictimFields.render(values, t: t, errors: errors)
                buttons(t, cancel: "/cases/\(caseID)")
            }
        }
    }

    /// Adding someone to an existing case, after the search: a victim or a perpetrator.
    static func participant(
        _ context: PageContext, caseID: UUID, role: ParticipantRole, person: PersonForm, existing: (UUID, PersonRecord)?,
        victim: VictimForm, perpetrator: PerpetratorForm, errors: FormErrors
    ) -> String {
        let t = context.t
        let title = role == .victim ? t(.casesAddVictim) : t(.casesAddPerpetrator)
        return Layout.render(context, title: title, section: .cases) {
            h1 { title }
            Components.errorSummary(errors, t: t)
            form(.class("stacked"), .method("post"), .action("/cases/\(caseID)/\(role.rawValue)")) {
                Components.csrfField(context.csrfToken)
                fieldset(.class("card")) {
                    legend { t(.casesSectionPerson) }
                    if let (id, known) = existing {
                        input(.type("hidden"), .name("personId"), .value(id.uuidString))
                        p { strong { known.fullName.isEmpty ? "—" : known.fullName } }
                        CaseNewPages.personFacts(known, t: t)
                    } else {
                        PersonFields.render(person, t: t, errors: errors)
                    }
                }
                if role == .victim {
                    VictimFields.render(victim, t: t, errors: errors)
                } else {
                    fieldset(.class("card")) {
                        legend { t(.casesSectionPerpetratorRole) }
                        CaseComponents.codeCheckboxes("roles", legend: t(.fieldPerpetratorRoles), PerpetratorRole.self, checked: perpetrator.roles, t: t, errors: errors)
                        CaseComponents.codeSelect("relationship", label: t(.fieldRelationshipToTrafficker), RelationshipToTrafficker.self, selected: perpetrator.relationship, t: t, errors: errors)
                        CaseComponents.textArea("roleDetails", label: t(.fieldRoleDetails), value: perpetrator.roleDetails, hint: t(.hintEncryptedNotes), errors: errors, rows: 3)
                    }
                }
                buttons(t, cancel: "/cases/\(caseID)")
            }
        }
    }

    enum ParticipantRole: String {
        case victim = "victims"
        case perpetrator = "perpetrators"
    }

    static func buttons(_ t: Localizer, cancel: String) -> HTMLNode {
        div {
            button(.type("submit")) { t(.actionSave) }
            " "
            a(.class("button secondary"), .href(cancel)) { t(.actionCancel) }
        }
    }
}
