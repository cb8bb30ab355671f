import CaseModel
import Foundation
import Localization

/// The sections of the case page.
enum CaseSections {
    typealias Model = CaseShowPage.Model

    static func victimOptions(_ view: CaseFileView) -> [(value: String, label: String)] {
        view.victims.map { ($0.id.uuidString, $0.person.fullName.isEmpty ? "—" : $0.person.fullName) }
    }

    static func victims(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let view = model.view
        return section(.id("victims"), .aria("labelledby", "victims-heading")) {
            div(.class("page-actions")) {
                h2(.id("victims-heading")) { t(.casesSectionVictims) }
                if model.mayEdit { a(.class("button secondary"), .href("/cases/\(view.id)/victims/new")) { t(.casesAddVictim) } }
            }
            if view.victims.isEmpty { p(.class("empty")) { t(.casesNoVictims) } }
            for victim in view.victims {
                article(.class("card victim")) {
                    h2 { victim.person.fullName.isEmpty ? "—" : victim.person.fullName }
                    dl(.class("details")) {
                        dt { t(.fieldBirthDate) }
                        dd { victim.person.birthDate?.description ?? "—" }
                        dt { t(.fieldGender) }
                        dd { CaseComponents.labelOf(victim.person.gender, t: t) }
                        dt { t(.fieldCitizenship) }
                        dd { victim.person.citizenships.isEmpty ? "—" : victim.person.citizenships.map(t.countryName).joined(separator: ", ") }
                        dt { t(.fieldPhone) }
                        dd { victim.person.phone?.e164 ?? "—" }
                        dt { t(.fieldTraffickingStatus) }
                        dd { CaseComponents.labelOf(victim.context.traffickingStatus, t: t) + (victim.context.statusDecidedBy.map { " (\(t.text(forKey: $0.labelKey)))" } ?? "") }
                        dt { t(.fieldIdentifiedOn) }
                        dd { victim.context.identifiedOn?.toMonth.description ?? "—" }
                        dt { t(.fieldAgeWhenTrafficked) }
                        dd { victim.context.ageWhenTrafficked.map(String.init) ?? "—" }
                        dt { t(.fieldExploitationTypes) }
                        dd { CaseComponents.labels(victim.context.exploitationTypes, t: t) }
                        if !victim.context.sexualExploitationTypes.isEmpty {
                            dt { t(.fieldSexualExploitationTypes) }
                            dd { CaseComponents.labels(victim.context.sexualExploitationTypes, t: t) }
                        }
                        if let industry = victim.context.forcedLabourIndustry {
                            dt { t(.fieldForcedLabourIndustry) }
                            dd { t.text(forKey: industry.labelKey) }
                        }
                        dt { t(.fieldControlMethods) }
                        dd { CaseComponents.labels(victim.context.controlMethods, t: t) }
                        dt { t(.fieldRecruitmentMethods) }
                        dd { CaseComponents.labels(victim.context.recruitmentMethods, t: t) }
                        dt { t(.fieldExploitationCountry) }
                        dd { victim.context.exploitationCountry.map(t.countryName) ?? "—" }
                        if let country = victim.context.repatriatedTo {
                            dt { t(.fieldRepatriatedTo) }
                            dd { t.countryName(country) + (victim.context.repatriatedOn.map { " (\($0.toMonth))" } ?? "") }
                        }
                    }
                    ServiceDirectoryPages.findProviderLink(context, caseID: view.id, victimID: victim.id)
                    if model.mayEdit {
                        p(.class("actions")) {
                            a(.href("/cases/\(view.id)/persons/\(victim.personID)/edit")) { t(.casesEditPerson) }
                            " · "
                            a(.href("/cases/\(view.id)/victims/\(victim.id)/edit")) { t(.casesEditVictim) }
                        }
                        removeButton(context, caseID: view.id, participantID: victim.id)
                    }
                }
            }
        }
    }

    static func perpetrators(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let view = model.view
        return section(.id("perpetrators"), .aria("labelledby", "perpetrators-heading")) {
            div(.class("page-actions")) {
                h2(.id("perpetrators-heading")) { t(.casesSectionPerpetrators) }
                if model.mayEdit { a(.class("button secondary"), .href("/cases/\(view.id)/perpetrators/new")) { t(.casesAddPerpetrator) } }
            }
            if view.perpetrators.isEmpty { p(.class("empty")) { t(.casesNoPerpetrators) } }
            for perpetrator in view.perpetrators {
                article(.class("card perpetrator")) {
                    h2 { perpetrator.person.fullName.isEmpty ? "—" : perpetrator.person.fullName }
                    dl(.class("details")) {
                        dt { t(.fieldGender) }
                        dd { CaseComponents.labelOf(perpetrator.person.gender, t: t) }
                        dt { t(.fieldCitizenship) }
                        dd { perpetrator.person.citizenships.isEmpty ? "—" : perpetrator.person.citizenships.map(t.countryName).joined(separator: ", ") }
                        dt { t(.fieldPerpetratorRoles) }
                        dd { CaseComponents.labels(perpetrator.context.roles, t: t) }
                        dt { t(.fieldRelationshipToTrafficker) }
                        dd { CaseComponents.labelOf(perpetrator.context.relationship, t: t) }
                    }
                    justiceStages(context, model, perpetratorID: perpetrator.id)
                    if model.mayEdit {
                        p(.class("actions")) { a(.href("/cases/\(view.id)/persons/\(perpetrator.personID)/edit")) { t(.casesEditPerson) } }
                        removeButton(context, caseID: view.id, participantID: perpetrator.id)
                    }
                }
            }
            if model.mayEdit && !view.perpetrators.isEmpty { justiceStageForm(context, model) }
        }
    }

    static func removeButton(_ context: PageContext, caseID: UUID, participantID: UUID) -> HTMLNode {
        form(.class("inline-form"), .method("post"), .action("/cases/\(caseID)/participants/\(participantID)/remove")) {
            Components.csrfField(context.csrfToken)
            button(.type("submit"), .class("link")) { context.t(.casesRemoveFromCase) }
        }
    }

    static func route(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let view = model.view
        return section(.id("route"), .aria("labelledby", "route-heading")) {
            h2(.id("route-heading")) { t(.casesSectionRoute) }
            if let map = model.routeMap { div(.class("route-map card")) { map } }
            if view.events.isEmpty {
                p(.class("empty")) { t(.casesNoEvents) }
            } else {
                element("ol", [.class("timeline")]) {
                    for item in view.events {
                        li(.class("event event-\(item.event.type.rawValue.lowercased())")) {
                            strong { t.text(forKey: item.event.type.labelKey) }
                            " "
                            span(.class("when")) { [item.event.dateFrom?.description, item.event.dateTo?.description].compactMap { $0 }.joined(separator: " – ") }
                            " · "
                            [item.event.city, item.event.adminArea, item.event.country.map(t.countryName)].compactMap { $0 }.joined(separator: ", ")
                            if let description = item.event.description { p { description } }
                            if model.mayEdit {
                                div(.class("row-actions")) {
                                    form(.class("inline-form"), .method("post"), .action("/cases/\(view.id)/events/\(item.id)/delete")) {
                                        Components.csrfField(context.csrfToken)
                                        button(.type("submit"), .class("link")) { t(.casesDeleteEvent) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if model.mayEdit {
                details(summary: t(.casesAddEvent), open: view.events.isEmpty) {
                    form(.class("stacked"), .method("post"), .action("/cases/\(view.id)/events"), .id("event-form")) {
                        Components.csrfField(context.csrfToken)
                        CaseComponents.codeSelect("type", label: t(.fieldEventType), EventType.self, selected: nil, t: t, errors: .none, required: true)
                        if view.victims.count > 1 {
                            Components.selectField("victimId", label: t(.fieldVictim), options: victimOptions(view), selected: nil, errors: .none, includeBlank: t(.casesWholeCase))
                        } else if let only = view.victims.first {
                            input(.type("hidden"), .name("victimId"), .value(only.id.uuidString))
                        }
                        Components.textField("dateFrom", label: t(.fieldDateFrom), hint: t(.hintPartialDate), errors: .none, maxLength: 10)
                        Components.textField("dateTo", label: t(.fieldDateTo), hint: t(.hintOptional), errors: .none, maxLength: 10)
                        CaseComponents.countrySelect("country", label: t(.fieldCountry), selected: nil, t: t, errors: .none)
                        Components.textField("adminArea", label: t(.fieldAdminArea), hint: t(.hintOptional), errors: .none, maxLength: 200)
                        Components.textField("city", label: t(.fieldCity), hint: t(.hintOptional), errors: .none, maxLength: 200)
                        CaseComponents.textArea("description", label: t(.fieldDescription), value: nil, hint: t(.hintEncryptedNotes), errors: .none, rows: 2)
                        div { button(.type("submit")) { t(.casesAddEvent) } }
                    }
                }
            }
        }
    }

    /// A `<details>` disclosure: forms stay out of the way until wanted, without JavaScript.
    static func details(summary text: String, open: Bool = false, @HTMLBuilder content: () -> [HTMLNode]) -> HTMLNode {
        element("details", [.class("card add"), Attribute(flag: "open", open)]) {
            element("summary", []) { text }
            content()
        }
    }
}
