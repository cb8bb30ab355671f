import CaseModel
import Foundation
import KnowledgeBase
import KnowledgeSearch
import Localization
import Storage

/// The public search page: the query box, facets with counts that narrow the
/// query, results with highlighted snippets, and a cursor to the next page.
enum KnowledgeSearchPage {
    struct Model {
        var input: KnowledgeQueryInput
        /// `nil` when the query could not be read; `error` then says why.
        var page: KnowledgePortal.Page?
        var error: String?
        var language: LanguageCode?
        var mayEdit: Bool
    }

    /// Facet values shown before "more" would be needed; the rest stay reachable by query.
    static let valuesPerFacet = 12

    static func render(_ context: PageContext, _ model: Model) -> String {
        let t = context.t
        let q = model.input.q ?? ""
        return Layout.render(context, title: q.isEmpty ? t(.knowledgeTitle) : "\(q) · \(t(.knowledgeTitle))", section: .knowledge,
                             description: t(.knowledgeIntro)) {
            div(.class("page-actions")) {
                h1 { t(.knowledgeTitle) }
                a(.class("button secondary"), .href("/knowledge/digest")) { t(.navKnowledgeDigest) }
                if context.user != nil { a(.class("button secondary"), .href("/knowledge/saved-searches")) { t(.navSavedSearches) } }
                if model.mayEdit { a(.class("button secondary"), .href("/knowledge/desk")) { t(.navKnowledgeDesk) } }
            }
            p { t(.knowledgeIntro) }
            searchForm(t, model.input)
            if let error = model.error { Components.notice(error, kind: "error") }
            if let page = model.page {
                div(.class("knowledge-layout")) {
                    facets(t, page, q: q, sort: model.input.sort)
                    // English says "1 record"; the count key says "{count} records".
                    let count = page.total == 1 ? t(.knowledgeResultsOne) : t(.knowledgeResults, ["count": t.number(page.total)])
                    section(.class("knowledge-results"), .aria("label", count)) {
                        p(.class("result-count"), Attribute("role", "status")) { count }
                        if page.hits.isEmpty { p(.class("empty")) { t(.knowledgeEmpty) } }
                        for hit in page.hits { result(t, hit) }
                        Components.pagination(nextCursor: page.nextCursor, baseQuery: [("q", q), ("sort", model.input.sort ?? "")],
                                              path: "/knowledge", isFirstPage: model.input.cursor == nil, t: t)
                        if context.user != nil { saveForm(context, q: q) }
                    }
                }
            }
        }
    }

    static func searchForm(_ t: Localizer, _ input: KnowledgeQueryInput) -> HTMLNode {
        form(.class("knowledge-search card"), .method("get"), .action("/knowledge"), Attribute("role", "search")) {
            Components.textField("q", label: t(.knowledgeSearchLabel), value: input.q, type: "search", hint: t(.knowledgeSearchHint), errors: .none, maxLength: QueryLimits.maxLength)
            Components.selectField("sort", label: t(.knowledgeSort), options: [
                ("relevance", t(.knowledgeSortRelevance)), ("newest", t(.knowledgeSortNewest)), ("oldest", t(.knowledgeSortOldest)),
            ], selected: input.sort ?? "relevance", errors: .none)
            div { button(.type("submit")) { t(.knowledgeSearchButton) } }
        }
    }

    /// Each facet lists its values with counts; a value links to the query
    /// with `field:value` added, or removed when it is already there.
    static func facets(_ t: Localizer, _ page: KnowledgePortal.Page, q: String, sort: String?) -> HTMLNode {
        let tokens = q.split(separator: " ").map(String.init)
        return element("aside", [.class("knowledge-facets"), .aria("label", t(.knowledgeFacets))]) {
            h2 { t(.knowledgeFacets) }
            for field in KnowledgeField.counted {
                if let values = page.facets[field], !values.isEmpty {
                    section(.class("facet"), .id("facet-\(field.rawValue)")) {
                        h3 { t(KnowledgeLabels.facetTitle(field)) }
                        ul {
                            for value in values.prefix(valuesPerFacet) {
                                let token = "\(field.rawValue):\(value.value)"
                                let selected = tokens.contains(token)
                                let next = selected ? tokens.filter { $0 != token }.joined(separator: " ") : (tokens + [token]).joined(separator: " ")
                                li {
                                    a(.href("/knowledge" + Components.queryString([("q", next), ("sort", sort ?? "")])),
                                      Attribute("data-facet", token), selected ? .aria("current", "true") : nil,
                                      selected ? .aria("label", t(.knowledgeRemoveFilter, ["filter": KnowledgeLabels.facetValue(field, value.value, t: t)])) : nil) {
                                        span(.class("facet-label")) { KnowledgeLabels.facetValue(field, value.value, t: t) }
                                        span(.class("facet-count")) { t.number(value.count) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func result(_ t: Localizer, _ hit: KnowledgePortal.Hit) -> HTMLNode {
        article(.class("card knowledge-result")) {
            h2 { a(.href(KnowledgeRecordPage.path(hit.id))) { hit.title } }
            p(.class("meta")) {
                Components.badge(KnowledgeLabels.vocabulary(hit.type, t: t), kind: "type-\(hit.type.rawValue)")
                " " + [hit.countries.map(t.countryName).joined(separator: ", "), hit.date ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
            }
            if !hit.snippet.segments.isEmpty { p(.class("snippet")) { snippet(hit.snippet) } }
        }
    }

    /// The excerpt with matches in `<mark>`; every segment is escaped text.
    static func snippet(_ snippet: Snippet) -> HTMLNode {
        span {
            for segment in snippet.segments {
                if segment.isMatch { element("mark", []) { segment.text } } else { segment.text }
            }
        }
    }

    static func saveForm(_ context: PageContext, q: String) -> HTMLNode {
        let t = context.t
        return form(.class("card save-search"), .method("post"), .action("/knowledge/saved-searches")) {
            h2 { t(.knowledgeSave) }
            Components.csrfField(context.csrfToken)
            input(.type("hidden"), .name("query"), .value(q))
            Components.textField("name", label: t(.knowledgeSaveName), value: q, hint: t(.knowledgeSaveHint), errors: .none, required: true, maxLength: SavedSearches.maximumNameLength)
            div { button(.type("submit")) { t(.knowledgeSave) } }
        }
    }
}
