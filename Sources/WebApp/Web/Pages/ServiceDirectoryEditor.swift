import CaseModel
import Foundation
import Localization
import Vapor

/// The provider form as posted: texts as typed, so a refused form comes back
/// with everything still in it.
struct ProviderForm: Content {
    var organisationId: String?
    var name: String?
    var services: [String]?
    var minimumAge: String?
    var maximumAge: String?
    var genders: [String]?
    var nationalities: String?
    var excludedNationalities: String?
    var statuses: [String]?
    var acceptsMothersWithChildren: Bool?
    var disabilityAccess: Bool?
    var languages: String?
    var capacity: String?
    var availablePlaces: String?
    var country: String?
    var adminArea: String?
    var city: String?
    var address: String?
    var latitude: String?
    var longitude: String?
    var phone: String?
    var email: String?
    var hours: String?
    var active: Bool?

    init(_ listing: ProviderListing? = nil) {
        guard let listing else { return }
        let provider = listing.provider
        let limits = provider.eligibility
        organisationId = listing.organisationID.uuidString
        name = provider.name
        services = provider.services.inListOrder.map(\.rawValue)
        minimumAge = limits.minimumAge.map(String.init)
        maximumAge = limits.maximumAge.map(String.init)
        genders = limits.genders.inListOrder.map(\.rawValue)
        nationalities = limits.nationalities.sorted().joined(separator: ", ")
        excludedNationalities = limits.excludedNationalities.sorted().joined(separator: ", ")
        statuses = limits.statuses.inListOrder.map(\.rawValue)
        acceptsMothersWithChildren = limits.acceptsMothersWithChildren
        disabilityAccess = limits.disabilityAccess
        languages = provider.languages.map(\.alpha3).sorted().joined(separator: ", ")
        capacity = provider.capacity.map(String.init)
        availablePlaces = provider.availablePlaces.map(String.init)
        country = provider.location.country
        adminArea = provider.location.adminArea
        city = provider.location.city
        address = provider.location.address
        latitude = provider.location.point.map { String($0.latitude) }
        longitude = provider.location.point.map { String($0.longitude) }
        phone = provider.phone?.e164
        email = provider.email
        hours = provider.hours
        active = provider.active
    }

    var input: ProviderInput {
        var unreadable: [String] = []
        func number<N: LosslessStringConvertible>(_ text: String?, _ field: String) -> N? {
            guard let text = FormValue.text(text) else { return nil }
            guard let value = N(text) else { unreadable.append(field); return nil }
            return value
        }
        func list(_ text: String?) -> [String] {
            (text ?? "").split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var input = ProviderInput(
            organisationID: organisationId.flatMap(UUID.init(uuidString:)), name: name, services: services ?? [],
            minimumAge: number(minimumAge, "minimumAge"), maximumAge: number(maximumAge, "maximumAge"),
            genders: genders ?? [], nationalities: list(nationalities), excludedNationalities: list(excludedNationalities), statuses: statuses ?? [],
            acceptsMothersWithChildren: acceptsMothersWithChildren ?? false, disabilityAccess: disabilityAccess ?? false, languages: list(languages),
            capacity: number(capacity, "capacity"), availablePlaces: number(availablePlaces, "availablePlaces"),
            country: FormValue.text(country), adminArea: adminArea, city: city, address: address,
            latitude: number(latitude, "latitude"), longitude: number(longitude, "longitude"),
            phone: phone, email: email, hours: hours, active: active
        )
        input.unreadableNumbers = unreadable
        return input
    }
}

extension ServiceDirectoryPages {
    struct EditorModel {
        var values: ProviderForm
        var id: UUID?
        var errors: FormErrors
        /// Organisations a new provider may belong to; empty when it can only be the caller's own.
        var organisations: [(value: String, label: String)]
        var mayAdminister: Bool
    }

    static func editor(_ context: PageContext, _ model: EditorModel) -> String {
        let t = context.t
        let values = model.values
        let title = model.id == nil ? t(.directoryNew) : t(.directoryEdit)
        let back = model.id.map { "/providers/\($0)" } ?? "/providers"
        func codes<L: CodeList>(_ list: L.Type) -> [(value: String, label: String, hint: String?)] {
            L.allCases.map { ($0.rawValue, t.text(forKey: $0.labelKey), nil) }
        }
        return Layout.render(context, title: title, section: .directory) {
            h1 { title }
            Components.errorSummary(model.errors, t: t)
            form(.class("stacked card"), .method("post"), .action(model.id.map { "/providers/\($0)" } ?? "/providers")) {
                Components.csrfField(context.csrfToken)
                if model.id == nil, !model.organisations.isEmpty {
                    Components.selectField("organisationId", label: t(.fieldOrganisation), options: model.organisations, selected: values.organisationId,
                                           errors: model.errors, required: true)
                }
                Components.textField("name", label: t(.fieldName), value: values.name, errors: model.errors, required: true, maxLength: 200, autofocus: model.id == nil)
                Components.checkboxes("services", legend: t(.directoryServices), options: codes(ServiceType.self), checked: Set(values.services ?? []), errors: model.errors)
                h2 { t(.directoryEligibility) }
                Components.textField("minimumAge", label: t(.directoryMinimumAge), value: values.minimumAge, type: "number", hint: t(.hintOptional), errors: model.errors, maxLength: 3)
                Components.textField("maximumAge", label: t(.directoryMaximumAge), value: values.maximumAge, type: "number", hint: t(.hintOptional), errors: model.errors, maxLength: 3)
                Components.checkboxes("genders", legend: t(.directoryGenders), options: codes(Gender.self), checked: Set(values.genders ?? []), errors: model.errors)
                Components.textField("nationalities", label: t(.directoryNationalities), value: values.nationalities, hint: t(.directoryCountriesHint), errors: model.errors, maxLength: 500)
                Components.textField("excludedNationalities", label: t(.directoryExcludedNationalities), value: values.excludedNationalities,
                                     hint: t(.directoryCountriesHint), errors: model.errors, maxLength: 500)
                Components.checkboxes("statuses", legend: t(.directoryStatuses), options: codes(TraffickingStatus.self), checked: Set(values.statuses ?? []), errors: model.errors)
                Components.checkbox("acceptsMothersWithChildren", label: t(.directoryMothersWithChildren), checked: values.acceptsMothersWithChildren ?? false)
                Components.checkbox("disabilityAccess", label: t(.directoryDisabilityAccess), checked: values.disabilityAccess ?? false)
                Components.textField("languages", label: t(.directoryLanguages), value: values.languages, hint: t(.directoryLanguagesHint), errors: model.errors, maxLength: 200)
                h2 { t(.directoryPlaces) }
                Components.textField("capacity", label: t(.directoryCapacity), value: values.capacity, type: "number", hint: t(.hintOptional), errors: model.errors, maxLength: 6)
                Components.textField("availablePlaces", label: t(.directoryAvailablePlaces), value: values.availablePlaces, type: "number", hint: t(.hintOptional), errors: model.errors, maxLength: 6)
                h2 { t(.directoryLocation) }
                Components.textField("country", label: t(.directoryCountry), value: values.country, hint: t(.directoryCountryHint), errors: model.errors, maxLength: 60)
                Components.textField("adminArea", label: t(.directoryAdminArea), value: values.adminArea, errors: model.errors, maxLength: 100)
                Components.textField("city", label: t(.directoryCity), value: values.city, errors: model.errors, maxLength: 100)
                Components.textField("address", label: t(.directoryAddress), value: values.address, errors: model.errors, maxLength: 300)
                Components.textField("latitude", label: t(.directoryLatitude), value: values.latitude, hint: t(.directoryCoordinatesHint), errors: model.errors, maxLength: 20)
                Components.textField("longitude", label: t(.directoryLongitude), value: values.longitude, errors: model.errors, maxLength: 20)
                h2 { t(.directoryContact) }
                Components.textField("phone", label: t(.fieldPhone), value: values.phone, type: "tel", hint: t(.hintPhone), errors: model.errors, maxLength: 32)
                Components.textField("email", label: t(.directoryEmail), value: values.email, type: "email", errors: model.errors, maxLength: 254)
                Components.textField("hours", label: t(.directoryHours), value: values.hours, hint: t(.directoryHoursHint), errors: model.errors, maxLength: 500)
                if model.id != nil, model.mayAdminister {
                    Components.checkbox("active", label: t(.fieldActive), checked: values.active ?? true, hint: t(.directoryActiveHint))
                }
                div {
                    button(.type("submit")) { t(.actionSave) }
                    " "
                    a(.class("button secondary"), .href(back)) { t(.actionCancel) }
                }
            }
        }
    }
}
