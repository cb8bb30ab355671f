import CaseModel
import Foundation
import Localization
import Storage

/// The service directory: search with eligibility filters, and one provider.
enum ServiceDirectoryPages {
    struct SearchModel {
        var form: ProviderSearchForm
        /// `nil` when the filters had errors and no search ran.
        var page: ListPage<ProviderListing>?
        var errors: FormErrors
        var isFirstPage: Bool
        /// The filters were filled in from a victim's record.
        var prefilled: Bool
        var mayCreate: Bool
    }

    static func index(_ context: PageContext, _ model: SearchModel) -> String {
        let t = context.t
        return Layout.render(context, title: t(.directoryTitle), section: .directory) {
            div(.class("page-actions")) {
                h1 { t(.directoryTitle) }
                if model.mayCreate { a(.class("button"), .href("/providers/new")) { t(.directoryNew) } }
            }
            if model.prefilled { Components.notice(t(.directoryPrefilled)) }
            Components.errorSummary(model.errors, t: t)
            filters(context, model.form, errors: model.errors)
            if let page = model.page {
                section(.aria("label", t(.directoryResults))) {
                    if page.items.isEmpty { p(.class("empty")) { t(.directoryEmpty) } }
                    for listing in page.items { resultCard(t, listing) }
                }
                Components.pagination(nextCursor: page.nextCursor, baseQuery: ProviderSearchForm.names.map { ($0, model.form[$0]) },
                                      path: "/providers", isFirstPage: model.isFirstPage, t: t)
            }
        }
    }

    static func filters(_ context: PageContext, _ values: ProviderSearchForm, errors: FormErrors) -> HTMLNode {
        let t = context.t
        return form(.class("filters card"), .method("get"), .action("/providers"), Attribute("role", "search")) {
            Components.selectField("service", label: t(.directoryService), options: options(ServiceType.self, t), selected: values["service"], errors: errors, includeBlank: t(.directoryAny))
            Components.textField("age", label: t(.directoryAge), value: values["age"], type: "number", hint: t(.directoryUnknownMatches), errors: errors, maxLength: 3)
            Components.selectField("gender", label: t(.fieldGender), options: options(Gender.self, t), selected: values["gender"], errors: errors, includeBlank: t(.directoryAny))
            Components.textField("citizenship", label: t(.fieldCitizenship), value: values["citizenship"], hint: t(.directoryCountriesHint), errors: errors, maxLength: 200)
            Components.selectField("status", label: t(.fieldTraffickingStatus), options: options(TraffickingStatus.self, t), selected: values["status"], errors: errors, includeBlank: t(.directoryAny))
            Components.textField("language", label: t(.directoryLanguage), value: values["language"], hint: t(.directoryLanguageHint), errors: errors, maxLength: 3)
            Components.textField("latitude", label: t(.directoryLatitude), value: values["latitude"], hint: t(.directoryNearHint), errors: errors, maxLength: 20)
            Components.textField("longitude", label: t(.directoryLongitude), value: values["longitude"], errors: errors, maxLength: 20)
            Components.textField("radiusKm", label: t(.directoryRadius), value: values["radiusKm"], type: "number", errors: errors, maxLength: 6)
            flag("withChildren", t(.directoryWithChildren), values)
            flag("disabilityAccess", t(.directoryNeedsAccess), values)
            flag("available", t(.directoryOnlyAvailable), values)
            div { button(.type("submit")) { t(.directorySearch) } }
        }
    }

    /// A filter checkbox; unticked sends nothing, so the query stays short.
    static func flag(_ name: String, _ text: String, _ values: ProviderSearchForm) -> HTMLNode {
        div(.class("checkbox")) {
            input(.type("checkbox"), .id("field-\(name)"), .name(name), .value("true"), .checked(values[name] == "true"))
            label(.for("field-\(name)")) { text }
        }
    }

    static func resultCard(_ t: Localizer, _ listing: ProviderListing) -> HTMLNode {
        let provider = listing.provider
        return article(.class("card provider")) {
            h2 { a(.href("/providers/\(listing.id)")) { provider.name } }
            dl(.class("details")) {
                dt { t(.fieldOrganisation) }
                dd { listing.organisationName }
                dt { t(.directoryServices) }
                dd { CaseComponents.labels(provider.services, t: t) }
                if let distance = listing.distanceKm {
                    dt { t(.directoryDistance) }
                    dd { t(.directoryKilometres, ["km": String(format: "%.1f", distance)]) }
                }
                dt { t(.directoryPlaces) }
                dd { places(t, provider) }
                dt { t(.directoryLanguages) }
                dd { languages(provider) }
                dt { t(.directoryLocation) }
                dd { location(t, provider) }
                dt { t(.directoryContact) }
                dd { contact(provider) }
                dt { t(.directoryHours) }
                dd { provider.hours ?? "—" }
            }
        }
    }

    static func show(_ context: PageContext, _ listing: ProviderListing, mayEdit: Bool, errors: FormErrors = .none) -> String {
        let t = context.t
        let provider = listing.provider
        let limits = provider.eligibility
        return Layout.render(context, title: provider.name, section: .directory) {
            div(.class("page-actions")) {
                h1 { provider.name }
                if mayEdit { a(.class("button"), .href("/providers/\(listing.id)/edit")) { t(.actionEdit) } }
            }
            Components.errorSummary(errors, t: t)
            section(.class("card")) {
                dl(.class("details")) {
                    dt { t(.fieldOrganisation) }
                    dd { a(.href("/organisations/\(listing.organisationID)")) { listing.organisationName } }
                    dt { t(.fieldStatus) }
                    dd { Components.activeBadge(provider.active, t: t) }
                    dt { t(.directoryServices) }
                    dd { CaseComponents.labels(provider.services, t: t) }
                    dt { t(.directoryAgeRange) }
                    dd { ageRange(t, limits) }
                    dt { t(.directoryGenders) }
                    dd { limits.genders.isEmpty ? t(.directoryEveryone) : CaseComponents.labels(limits.genders, t: t) }
                    dt { t(.directoryNationalities) }
                    dd { limits.nationalities.isEmpty ? t(.directoryEveryone) : limits.nationalities.sorted().map(t.countryName).joined(separator: ", ") }
                    dt { t(.directoryExcludedNationalities) }
                    dd { limits.excludedNationalities.isEmpty ? "—" : limits.excludedNationalities.sorted().map(t.countryName).joined(separator: ", ") }
                    dt { t(.directoryStatuses) }
                    dd { limits.statuses.isEmpty ? t(.directoryEveryone) : CaseComponents.labels(limits.statuses, t: t) }
                    dt { t(.directoryMothersWithChildren) }
                    dd { limits.acceptsMothersWithChildren ? t(.directoryYes) : t(.directoryNo) }
                    dt { t(.directoryDisabilityAccess) }
                    dd { limits.disabilityAccess ? t(.directoryYes) : t(.directoryNo) }
                    dt { t(.directoryLanguages) }
                    dd { languages(provider) }
                    dt { t(.directoryPlaces) }
                    dd { places(t, provider) }
                    dt { t(.directoryAvailabilityUpdated) }
                    dd { Components.dateTime(listing.availabilityUpdatedAt, t: t) }
                    dt { t(.directoryLocation) }
                    dd { location(t, provider) }
                    dt { t(.directoryContact) }
                    dd { contact(provider) }
                    dt { t(.directoryHours) }
                    dd { provider.hours ?? "—" }
                }
            }
            if mayEdit {
                form(.class("stacked card"), .method("post"), .action("/providers/\(listing.id)/availability")) {
                    h2 { t(.directoryUpdateAvailability) }
                    Components.csrfField(context.csrfToken)
                    Components.textField("availablePlaces", label: t(.directoryAvailablePlaces), value: provider.availablePlaces.map(String.init),
                                         type: "number", errors: errors, required: true, maxLength: 6)
                    div { button(.type("submit")) { t(.actionSave) } }
                }
            }
        }
    }

    static func options<L: CodeList>(_ list: L.Type, _ t: Localizer) -> [(value: String, label: String)] {
        L.allCases.map { ($0.rawValue, t.text(forKey: $0.labelKey)) }
    }

    static func places(_ t: Localizer, _ provider: ServiceProvider) -> String {
        switch (provider.availablePlaces, provider.capacity) {
        case (let free?, let capacity?): t(.directoryPlacesOf, ["free": String(free), "capacity": String(capacity)])
        case (let free?, nil): t(.directoryPlacesFree, ["free": String(free)])
        case (nil, _): t(.directoryPlacesUnknown)
        }
    }

    static func ageRange(_ t: Localizer, _ limits: ProviderEligibility) -> String {
        switch (limits.minimumAge, limits.maximumAge) {
        case (nil, nil): t(.directoryEveryone)
        case (let low?, nil): t(.directoryAgeFrom, ["min": String(low)])
        case (nil, let high?): t(.directoryAgeUpTo, ["max": String(high)])
        case (let low?, let high?): t(.directoryAgeBetween, ["min": String(low), "max": String(high)])
        }
    }

    static func languages(_ provider: ServiceProvider) -> String {
        provider.languages.isEmpty ? "—" : provider.languages.map(\.alpha3).sorted().joined(separator: ", ")
    }

    static func location(_ t: Localizer, _ provider: ServiceProvider) -> String {
        let place = provider.location
        let parts = [place.address, place.city, place.adminArea, place.country.map(t.countryName)].compactMap { $0 }
        return parts.isEmpty ? "—" : parts.joined(separator: ", ")
    }

    static func contact(_ provider: ServiceProvider) -> String {
        let parts = [provider.phone?.e164, provider.email].compactMap { $0 }
        return parts.isEmpty ? "—" : parts.joined(separator: " · ")
    }

    /// "Find a provider" for one victim, on the case page: opens the directory
    /// with the filters filled in from the victim's record.
    static func findProviderLink(_ context: PageContext, caseID: UUID, victimID: UUID) -> HTMLNode {
        guard context.mayList(.serviceProvider) else { return .empty }
        return p(.class("actions")) {
            a(.href("/providers" + Components.queryString([("case", caseID.uuidString), ("fromVictim", victimID.uuidString)]))) { context.t(.directoryFindProvider) }
        }
    }
}
