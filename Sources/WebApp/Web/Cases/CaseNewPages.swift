import CaseModel
import Foundation
import Localization
import Vapor

/// The search typed before registering someone.
struct PersonSearchForm: Content {
    var name: String?
    var birthYear: String?
    var citizenship: String?
    var phone: String?
}

/// Opening a case: first search for the person, then fill in the case.
enum CaseNewPages {
    /// Step 1: search before create, with results when a search was made.
    static func search(_ context: PageContext, values: PersonSearchForm, result: PersonSearchResult?, errors: FormErrors, action: String = "/cases/new/search", next: String = "/cases/new/details") -> String {
        let t = context.t
        return Layout.render(context, title: t(.casesNew), section: .cases) {
            h1 { t(.casesNew) }
            p { t(.searchFirstIntro) }
            Components.errorSummary(errors, t: t)
            form(.class("stacked card"), .method("post"), .action(action), Attribute("role", "search")) {
                Components.csrfField(context.csrfToken)
                Components.textField("name", label: t(.searchPersonName), value: values.name, hint: t(.searchPersonNameHint), errors: errors, required: true, autocomplete: "off", maxLength: 200, autofocus: result == nil)
                Components.textField("birthYear", label: t(.fieldBirthYear), value: values.birthYear, type: "number", errors: errors)
                CaseComponents.countrySelect("citizenship", label: t(.fieldCitizenship), selected: values.citizenship, t: t, errors: errors)
                Components.textField("phone", label: t(.fieldPhone), value: values.phone, type: "tel", hint: t(.hintPhone), errors: errors)
                div { button(.type("submit")) { t(.searchPersonSubmit) } }
            }
            if let result {
                section(.aria("labelledby", "matches-heading")) {
                    h2(.id("matches-heading")) { t(.searchMatchesTitle) }
                    if result.elsewhere > 0 {
                        Components.notice(t(.searchElsewhere, ["count": String(result.elsewhere)]))
                    }
                    if result.matches.isEmpty {
                        p(.class("empty")) { t(.searchNoMatches) }
                    }
                    for match in result.matches {
                        div(.class("card match")) {
                            h2 { match.record.fullName.isEmpty ? "—" : match.record.fullName }
                            personFacts(match.record, t: t)
                            p(.class("hint")) {
                                t(.searchMatchBecause, ["reasons": match.reasons.map { t.text(forKey: "matchReason.\($0.rawValue)") }.joined(separator: ", ")])
                                if !match.cases.isEmpty { " " + t(.searchMatchCases, ["cases": match.cases.map(\.reference).joined(separator: ", ")]) }
                            }
                            form(.method("post"), .action(next)) {
                                Components.csrfField(context.csrfToken)
                                input(.type("hidden"), .name("personId"), .value(match.personID.uuidString))
                                button(.type("submit"), .class("secondary")) { t(.searchUsePerson) }
                            }
                        }
                    }
                    form(.method("post"), .action(next)) {
                        Components.csrfField(context.csrfToken)
                        input(.type("hidden"), .name("searchedName"), .value(values.name))
                        input(.type("hidden"), .name("birthDate"), .value(values.birthYear))
                        input(.type("hidden"), .name("citizenship"), .value(values.citizenship))
                        input(.type("hidden"), .name("phone"), .value(values.phone))
                        button(.type("submit"), .id("register-new-person")) { t(.searchRegisterNew) }
                    }
                }
            }
        }
    }

    /// Step 2: the case, the victim and what happened to them.
    static func details(_ context: PageContext, record: CaseRecordForm, person: PersonForm, existing: (UUID, PersonRecord)?, victim: VictimForm, errors: FormErrors) -> String {
        let t = context.t
        return Layout.render(context, title: t(.casesNew), section: .cases) {
            h1 { t(.casesNew) }
            Components.errorSummary(errors, t: t)
            form(.class("stacked"), .method("post"), .action("/cases")) {
                Components.csrfField(context.csrfToken)
                fieldset(.class("card")) {
                    legend { t(.casesSectionCase) }
                    Components.textField("openedOn", label: t(.fieldOpenedOn), value: record.openedOn, type: "date", errors: errors, required: true)
                    CaseComponents.textArea("summary", label: t(.fieldSummary), value: record.summary, hint: t(.hintSummary), errors: errors)
                }
                fieldset(.class("card")) {
                    legend { t(.casesSectionVictim) }
                    if let (id, known) = existing {
                        input(.type("hidden"), .name("personId"), .value(id.uuidString))
                        p { strong { known.fullName.isEmpty ? "—" : known.fullName } }
                        personFacts(known, t: t)
                    } else {
                        PersonFields.render(person, t: t, errors: errors)
                    }
                }
                VictimFields.render(victim, t: t, errors: errors)
                div { button(.type("submit")) { t(.casesCreateSubmit) } }
            }
        }
    }

    /// Birth date, gender and citizenship of a person, as a short line.
    static func personFacts(_ record: PersonRecord, t: Localizer) -> HTMLNode {
        dl(.class("details")) {
            dt { t(.fieldBirthDate) }
            dd { record.birthDate?.description ?? "—" }
            dt { t(.fieldGender) }
            dd { CaseComponents.labelOf(record.gender, t: t) }
            dt { t(.fieldCitizenship) }
            dd { record.citizenships.isEmpty ? "—" : record.citizenships.map(t.countryName).joined(separator: ", ") }
        }
    }
}

/// The person fields, shared by the new-case and edit-person forms.
enum PersonFields {
    static func render(_ values: PersonForm, t: Localizer, errors: FormErrors) -> HTMLNode {
        fragment {
            Components.textField("givenName", label: t(.fieldGivenName), value: values.givenName, errors: errors, autocomplete: "off", maxLength: 200)
            Components.textField("middleName", label: t(.fieldMiddleName), value: values.middleName, hint: t(.hintOptional), errors: errors, autocomplete: "off", maxLength: 200)
            Components.textField("familyName", label: t(.fieldFamilyName), value: values.familyName, errors: errors, autocomplete: "off", maxLength: 200)
            Components.textField("aliases", label: t(.fieldAliases), value: values.aliases, hint: t(.hintAliases), errors: errors, autocomplete: "off")
            Components.textField("birthDate", label: t(.fieldBirthDate), value: values.birthDate, hint: t(.hintPartialDate), errors: errors, autocomplete: "off", maxLength: 10)
            CaseComponents.codeSelect("gender", label: t(.fieldGender), Gender.self, selected: values.gender, t: t, errors: errors)
            CaseComponents.countrySelect("citizenship", label: t(.fieldCitizenship), selected: values.citizenship, t: t, errors: errors)
            CaseComponents.countrySelect("secondCitizenship", label: t(.fieldSecondCitizenship), selected: values.secondCitizenship, t: t, errors: errors, hint: t(.hintOptional))
            Components.textField("primaryLanguage", label: t(.fieldPrimaryLanguage), value: values.primaryLanguage, hint: t(.hintLanguage), errors: errors, autocomplete: "off", maxLength: 3)
            Components.textField("phone", label: t(.fieldPhone), value: values.phone, type: "tel", hint: t(.hintPhone), errors: errors, autocomplete: "off", maxLength: 32)
            Components.textField("email", label: t(.fieldEmail), value: values.email, type: "email", hint: t(.hintOptional), errors: errors, autocomplete: "off", maxLength: 254)
            CaseComponents.codeSelect("maritalStatus", label: t(.fieldMaritalStatus), MaritalStatus.self, selected: values.maritalStatus, t: t, errors: errors)
            CaseComponents.codeSelect("education", label: t(.fieldEducation), EducationLevel.self, selected: values.education, t: t, errors: errors)
            CaseComponents.textArea("notes", label: t(.fieldNotes), value: values.notes, hint: t(.hintEncryptedNotes), errors: errors, rows: 3)
        }
    }
}

/// The victim-context fields, shared by the new-case and edit-victim forms.
enum VictimFields {
    static func render(_ values: VictimForm, t: Localizer, errors: FormErrors) -> HTMLNode {
        fragment {
            fieldset(.class("card")) {
                legend { t(.casesSectionStatus) }
                Components.textField("identifiedOn", label: t(.fieldIdentifiedOn), value: values.identifiedOn, type: "month", hint: t(.hintIdentifiedOn), errors: errors, required: true)
                CaseComponents.codeSelect("traffickingStatus", label: t(.fieldTraffickingStatus), TraffickingStatus.self, selected: values.traffickingStatus ?? TraffickingStatus.possibleVictimOfTrafficking.rawValue, t: t, errors: errors, required: true)
                CaseComponents.codeSelect("statusDecidedBy", label: t(.fieldStatusDecidedBy), StatusDecisionMaker.self, selected: values.statusDecidedBy, t: t, errors: errors)
                Components.textField("ageWhenTrafficked", label: t(.fieldAgeWhenTrafficked), value: values.ageWhenTrafficked, type: "number", errors: errors)
                CaseComponents.codeSelect("relationshipToTrafficker", label: t(.fieldRelationshipToTrafficker), RelationshipToTrafficker.self, selected: values.relationshipToTrafficker, t: t, errors: errors)
            }
            fieldset(.class("card")) {
                legend { t(.casesSectionExploitation) }
                CaseComponents.codeCheckboxes("exploitationTypes", legend: t(.fieldExploitationTypes), ExploitationType.self, checked: values.exploitationTypes, t: t, errors: errors)
                CaseComponents.codeCheckboxes("sexualExploitationTypes", legend: t(.fieldSexualExploitationTypes), SexualExploitationType.self, checked: values.sexualExploitationTypes, t: t, errors: errors)
                CaseComponents.codeSelect("forcedLabourIndustry", label: t(.fieldForcedLabourIndustry), ForcedLabourIndustry.self, selected: values.forcedLabourIndustry, t: t, errors: errors)
                CaseComponents.countrySelect("exploitationCountry", label: t(.fieldExploitationCountry), selected: values.exploitationCountry, t: t, errors: errors)
                CaseComponents.textArea("exploitationPlace", label: t(.fieldExploitationPlace), value: values.exploitationPlace, hint: t(.hintEncryptedNotes), errors: errors, rows: 2)
                CaseComponents.countrySelect("repatriatedTo", label: t(.fieldRepatriatedTo), selected: values.repatriatedTo, t: t, errors: errors)
                Components.textField("repatriatedOn", label: t(.fieldRepatriatedOn), value: values.repatriatedOn, type: "month", errors: errors)
            }
            fieldset(.class("card")) {
                legend { t(.casesSectionControl) }
                CaseComponents.codeCheckboxes("controlMethods", legend: t(.fieldControlMethods), ControlMethod.self, checked: values.controlMethods, t: t, errors: errors)
                CaseComponents.codeCheckboxes("recruitmentMethods", legend: t(.fieldRecruitmentMethods), RecruitmentMethod.self, checked: values.recruitmentMethods, t: t, errors: errors)
            }
        }
    }
}
