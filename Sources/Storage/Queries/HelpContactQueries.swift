import FluentKit
import Foundation

/// Reads of the help directory. The public sees active contacts only; the
/// system administrator's list includes the deactivated ones.
public enum HelpContactQueries {
    /// What a reader narrows the directory to; `nil` leaves a dimension open.
    public struct Filter: Sendable, Equatable {
        /// A `HelpContactKind` raw value.
        public var kind: String?
        /// ISO 3166 alpha-3: contacts in this country, and consulates of this country anywhere.
        public var country: String?
        /// ISO 639-2: contacts that speak this language.
        public var language: String?
        public var includeInactive: Bool

        public init(kind: String? = nil, country: String? = nil, language: String? = nil, includeInactive: Bool = false) {
            self.kind = kind
            self.country = country
            self.language = language
            self.includeInactive = includeInactive
        }
    }

    /// One page of the contacts matching `filter`, by name.
    public static func list(on database: any Database, filter: Filter, after cursor: Cursor?, limit: Int) async throws -> ListPage<HelpContactModel> {
        let query = narrowed(HelpContactModel.query(on: database), filter)
        return try await ByName.page(query, after: cursor, limit: limit)
    }

    /// The kinds, countries (where and whose) and languages that active contacts
    /// have, so the public page offers only filters that can find something.
    public static func facets(on database: any Database) async throws -> (kinds: Set<String>, countries: Set<String>, languages: Set<String>) {
        let rows = try await HelpContactModel.query(on: database).filter(\.$active == true)
            .field(\.$id).field(\.$kind).field(\.$country).field(\.$represents).field(\.$languageList).all()
        var kinds: Set<String> = [], countries: Set<String> = [], languages: Set<String> = []
        for row in rows {
            kinds.insert(row.kind)
            if let country = row.country { countries.insert(country) }
            if let represents = row.represents { countries.insert(represents) }
            languages.formUnion(row.languages)
        }
        return (kinds, countries, languages)
    }

    private static func narrowed(_ query: QueryBuilder<HelpContactModel>, _ filter: Filter) -> QueryBuilder<HelpContactModel> {
        if !filter.includeInactive { query.filter(\.$active == true) }
        if let kind = filter.kind { query.filter(\.$kind == kind) }
        if let country = filter.country {
            query.group(.or) { $0.filter(\.$country == country).filter(\.$represents == country) }
        }
        // Codes are three ASCII letters (checked before they get here), so the pattern holds no wildcard.
        if let language = filter.language { query.filter(\.$languageList ~~ ",\(language),") }
        return query
    }
}
