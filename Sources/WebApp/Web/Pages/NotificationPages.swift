import CaseModel
import Foundation
import Localization
import Vapor

/// The anonymous notification form: the duty-to-notify path for an adult who
/// does not consent to a referral. It is filled from the victim, and holds
/// only fields that cannot identify them; the worker can still change each one.
enum NotificationPages {
    static func page(_ context: PageContext, caseID: UUID, victimID: UUID, reference: String, values: NotificationForm, errors: FormErrors) -> String {
        let t = context.t
        return Layout.render(context, title: t(.notificationTitle), section: .cases) {
            h1 { t(.notificationTitle) }
            p { t(.notificationIntro) }
            p(.class("notice")) { t(.notificationNoLink, ["reference": reference]) }
            Components.errorSummary(errors, t: t)
            form(.class("stacked"), .id("notification-form"), .method("post"), .action("/cases/\(caseID)/victims/\(victimID)/notify")) {
                Components.csrfField(context.csrfToken)
                CaseComponents.codeSelect("sex", label: t(.fieldGender), Gender.self, selected: values.sex, t: t, errors: errors)
                Components.selectField("ageGroup", label: t(.fieldAgeGroup), options: AgeGroup.allCases.map { ($0.rawValue, ReferralVictimSections.ageGroupLabel($0, t: t)) },
                                       selected: values.ageGroup ?? AgeGroup.unknown.rawValue, errors: errors, required: true)
                CaseComponents.countrySelect("citizenship", label: t(.fieldCitizenship), selected: values.citizenship, t: t, errors: errors)
                CaseComponents.codeCheckboxes("exploitationTypes", legend: t(.fieldExploitationTypes), ExploitationType.self, checked: values.exploitationTypes, t: t, errors: errors)
                CaseComponents.countrySelect("exploitationCountry", label: t(.fieldExploitationCountry), selected: values.exploitationCountry, t: t, errors: errors)
                Components.textField("exploitationMonth", label: t(.fieldExploitationMonth), value: values.exploitationMonth, type: "month",
                                     hint: t(.hintExploitationMonth), errors: errors)
                div {
                    button(.type("submit")) { t(.notificationSend) }
                    " "
                    a(.class("button secondary"), .href("/cases/\(caseID)#referrals")) { t(.actionCancel) }
                }
            }
        }
    }
}

/// The notification form as posted; filled from the victim the first time.
struct NotificationForm: Content {
    var sex: String?
    var ageGroup: String?
    var citizenship: String?
    var exploitationTypes: [String]?
    var exploitationCountry: String?
    /// `YYYY-MM`, as the month input sends it.
    var exploitationMonth: String?

    init(prefilledFrom victim: CaseFileView.Victim, file: CaseFileView, today: PartialDate) {
        let person = victim.person
        sex = person.gender?.rawValue
        ageGroup = (person.birthDate.map { AgeGroup(ages: $0.ages(on: today)) } ?? person.ageGroup ?? .unknown).rawValue
        citizenship = person.citizenships.first
        exploitationTypes = victim.context.exploitationTypes.inListOrder.map(\.rawValue)
        let exploitation = file.events.map(\.event).filter { $0.type == .exploitation && ($0.country != nil || $0.dateFrom != nil) }
        exploitationCountry = victim.context.exploitationCountry ?? exploitation.compactMap(\.country).first
        exploitationMonth = exploitation.compactMap(\.dateFrom).first.flatMap { $0.month == nil ? nil : $0.toMonth.description }
    }

    func notification(_ validator: inout Validator) -> AnonymousNotification {
        var month: PartialDate?
        if let text = FormValue.text(exploitationMonth) {
            if let parsed = PartialDate(parsing: text), parsed.month != nil { month = parsed.toMonth } else { validator.add("exploitationMonth", .validationDate) }
        }
        return AnonymousNotification(
            sex: FormValue.code(sex, Gender.self, field: "sex", &validator),
            ageGroup: FormValue.text(ageGroup).flatMap(AgeGroup.init(rawValue:)) ?? .unknown,
            citizenship: FormValue.country(citizenship, field: "citizenship", &validator),
            exploitationTypes: FormValue.codes(exploitationTypes, ExploitationType.self, field: "exploitationTypes", &validator),
            exploitationCountry: FormValue.country(exploitationCountry, field: "exploitationCountry", &validator),
            exploitationMonth: month
        )
    }
}
