import CaseModel
import Foundation
import Localization
import Storage

/// `/learn/help`: the public directory of help contacts and consulates, with
/// filters by kind, country and language, an empty state that still says what
/// to do in danger, and a listen button.
enum HelpDirectoryPage {
    struct Model {
        var filter: HelpDirectoryFilter
        /// `nil` when the filters had errors and nothing was looked up.
        var page: ListPage<HelpContactListing>?
        var errors: FormErrors
        var isFirstPage: Bool
        /// Countries and languages that active contacts have, for the filter menus.
        var countries: Set<String>
        var languages: Set<String>
        /// Whether the directory has any active contact at all (for the empty state's wording).
        var directoryIsEmpty: Bool
        /// The reader may edit the directory (the system administrator): a link to the editing pages.
        var mayManage: Bool
    }

    static func render(_ context: PageContext, _ model: Model) -> String {
        let t = context.t
        return Layout.render(context, title: t(.helpTitle), section: .learn, description: t(.helpIntro)) {
            article(.class("awareness"), .id("listen-text"), .aria("labelledby", "page-title")) {
                nav(.class("breadcrumbs"), .aria("label", t(.awarenessAllTopics)), Attribute("data-listen", "skip")) {
                    a(.href("/learn")) { t(.awarenessAllTopics) }
                }
                div(.class("page-actions")) {
                    h1(.id("page-title")) { t(.helpTitle) }
                    if model.mayManage { a(.class("button secondary"), .href("/admin/help-contacts"), Attribute("data-listen", "skip")) { t(.helpManage) } }
                }
                AwarenessComponents.languageSwitch(context)
                p(.class("lead")) { t(.helpIntro) }
                AwarenessComponents.dangerBox(t)
                AwarenessComponents.listenButton(t)
                Components.errorSummary(model.errors, t: t)
                filters(context, model)
                if let page = model.page {
                    section(.aria("label", t(.helpResults)), .id("help-results")) {
                        if page.items.isEmpty {
                            p(.class("empty")) { t(model.directoryIsEmpty ? .helpNoneYet : .helpEmpty) }
                            if !model.filter.isEmpty { p(.class("empty"), Attribute("data-listen", "skip")) { a(.href("/learn/help")) { t(.helpFilterClear) } } }
                        }
                        for listing in page.items { card(t, listing) }
                    }
                    div(Attribute("data-listen", "skip")) {
                        Components.pagination(nextCursor: page.nextCursor, baseQuery: HelpDirectoryFilter.names.map { ($0, model.filter[$0]) },
                                              path: "/learn/help", isFirstPage: model.isFirstPage, t: t)
                    }
                }
                section(.aria("labelledby", "topics-title"), Attribute("data-listen", "skip")) {
                    h2(.id("topics-title")) { t(.awarenessMoreTopics) }
                    AwarenessComponents.topicList(t, except: "help")
                }
            }
            AwarenessComponents.listenScript
        }
    }

    /// Kind, country and language; the menus offer what the directory holds (and keep a value given in the address).
    static func filters(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let filter = model.filter
        let kinds = HelpContactKind.allCases.map { (value: $0.rawValue, label: t($0.label)) }
        var countries = model.countries
        if let given = FilterCodes.country(filter["country"]) { countries.insert(given) }
        var languages = model.languages
        if let given = FilterCodes.language(filter["language"]) { languages.insert(given) }
        return form(.class("filters card"), .method("get"), .action("/learn/help"), Attribute("role", "search"), Attribute("data-listen", "skip")) {
            Components.selectField("kind", label: t(.helpFilterKind), options: kinds, selected: filter["kind"], errors: model.errors, includeBlank: t(.helpFilterAny))
            Components.selectField("country", label: t(.helpFilterCountry), options: sortedByLabel(countries.map { ($0, t.countryName($0)) }, t),
                                   selected: FilterCodes.country(filter["country"]) ?? filter["country"], hint: t(.helpFilterCountryHint), errors: model.errors,
                                   includeBlank: t(.helpFilterAny))
            Components.selectField("language", label: t(.helpFilterLanguage),
                                   options: sortedByLabel(languages.map { ($0, KnowledgeLabels.languageName($0, t: t)) }, t),
                                   selected: FilterCodes.language(filter["language"]) ?? filter["language"], errors: model.errors, includeBlank: t(.helpFilterAny))
            div { button(.type("submit")) { t(.helpFilterSubmit) } }
        }
    }

    /// One contact: what it is, for whom, and every way to reach it as a link a phone can follow.
    static func card(_ t: Localizer, _ listing: HelpContactListing) -> HTMLNode {
        let contact = listing.contact
        return article(.class("card help-contact"), .id("contact-\(listing.id)")) {
            h2 { contact.name }
            p(.class("kind")) {
                Components.badge(t(contact.kind.label))
                if let represents = contact.represents { " " + t(.helpConsulateOf, ["country": t.countryName(represents)]) }
            }
            dl(.class("details")) {
                if let country = contact.country {
                    dt { t(.helpFieldCountry) }
                    dd { t.countryName(country) }
                }
                if !contact.languages.isEmpty {
                    dt { t(.helpFieldLanguages) }
                    dd { contact.languages.map { KnowledgeLabels.languageName($0, t: t) }.joined(separator: ", ") }
                }
                if let phone = contact.phone {
                    dt { t(.helpFieldPhone) }
                    dd { a(.href("tel:\(phone)")) { phone } }
                }
                if let email = contact.email {
                    dt { t(.helpFieldEmail) }
                    dd { a(.href("mailto:\(email)")) { email } }
                }
                if let website = contact.website {
                    dt { t(.helpFieldWebsite) }
                    // Validated as http(s) only; no referrer, and no hold on this page.
                    dd { a(.href(website), .rel("noopener noreferrer external")) { website } }
                }
                if let address = contact.address {
                    dt { t(.helpFieldAddress) }
                    dd { element("address", []) { address } }
                }
                if let hours = contact.hours {
                    dt { t(.helpFieldHours) }
                    dd { hours }
                }
            }
            if let note = contact.note { p(.class("note")) { note } }
        }
    }

    static func sortedByLabel(_ options: [(String, String)], _ t: Localizer) -> [(value: String, label: String)] {
        let locale = Locale(identifier: t.language == .simplifiedChinese ? "zh-Hans" : "en")
        return options.sorted { $0.1.compare($1.1, locale: locale) == .orderedAscending }.map { (value: $0.0, label: $0.1) }
    }
}

/// Filter values as typed, read as codes when they are (to keep a value given in the address in its menu).
private enum FilterCodes {
    static func country(_ text: String) -> String? {
        var ignored = Validator()
        return HelpContactInput.countryCode(text, field: "country", validator: &ignored)
    }

    static func language(_ text: String) -> String? {
        text.isEmpty ? nil : LanguageCode(text)?.alpha3
    }
}
