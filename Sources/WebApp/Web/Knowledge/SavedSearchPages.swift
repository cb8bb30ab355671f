import Foundation
import Localization
import Storage

/// A user's saved searches: run one, or delete it.
enum SavedSearchPages {
    static func list(_ context: PageContext, _ searches: [KnowledgeSavedSearchModel]) -> String {
        let t = context.t
        return Layout.render(context, title: t(.knowledgeSavedTitle), section: .knowledge) {
            h1 { t(.knowledgeSavedTitle) }
            if searches.isEmpty { p(.class("empty")) { t(.knowledgeSavedEmpty) } }
            if !searches.isEmpty {
                table(.class("list")) {
                    thead { tr { th { t(.knowledgeSaveName) }; th { t(.knowledgeSavedQuery) }; th { "" } } }
                    tbody {
                        for search in searches {
                            tr {
                                td { a(.href("/knowledge" + Components.queryString([("q", search.query)]))) { search.name } }
                                td { element("code", []) { search.query.isEmpty ? "—" : search.query } }
                                td {
                                    form(.class("inline-form"), .method("post"), .action("/knowledge/saved-searches/\(search.id!)/delete")) {
                                        Components.csrfField(context.csrfToken)
                                        button(.type("submit"), .class("link")) { t(.knowledgeSavedDelete) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
