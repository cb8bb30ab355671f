import CaseModel
import KnowledgeSearch

/// The fields a portal query may restrict (`country:MEX verdict:convicted
/// year:2015..2020`) and the facets counted beside the results. Each is a row
/// kind in the facet table, so a filter and a count read the same rows.
public enum KnowledgeField: String, CaseIterable, Sendable {
    case type, country, year, crime, exploitation, article, stage, verdict, language, issue, court

    /// The fields whose value counts are returned with every search, in the
    /// order pages show them. `court` (free names) is filterable, not counted.
    public static let counted: [KnowledgeField] = [.type, .country, .year, .crime, .exploitation, .article, .stage, .verdict, .language, .issue]

    /// The query catalogue for `SearchQuery.parse`.
    public static let catalog = FieldCatalog(
        text: allCases.filter { $0 != .year }.map(\.rawValue),
        numeric: [KnowledgeField.year.rawValue]
    )

    /// The stored form of a value typed in a query (`convicted` → `Convicted`,
    /// `mexico` or `MX` → `MEX`, `zh` → `zho`).
    ///
    /// - Throws: `UnknownFieldValue` when the value is not in the field's list,
    ///   so a typo is reported rather than silently matching nothing.
    public func canonical(_ value: String) throws(UnknownFieldValue) -> String {
        func vocabulary<V: KnowledgeVocabulary>(_: V.Type) throws(UnknownFieldValue) -> String {
            guard let match = V(loose: value) else { throw UnknownFieldValue(field: self, value: value, allowed: V.allCases.map(\.rawValue)) }
            return match.rawValue
        }
        switch self {
        case .type: return try vocabulary(KnowledgeRecordType.self)
        case .crime: return try vocabulary(CrimeType.self)
        case .article: return try vocabulary(ProtocolArticle.self)
        case .stage: return try vocabulary(CourtStage.self)
        case .verdict: return try vocabulary(Verdict.self)
        case .issue: return try vocabulary(KnowledgeIssue.self)
        case .exploitation:
            guard let match = ExploitationType.parse(value) else {
                throw UnknownFieldValue(field: self, value: value, allowed: ExploitationType.allCases.map(\.rawValue))
            }
            return match.rawValue
        case .country:
            guard let country = Country.find(value) else { throw UnknownFieldValue(field: self, value: value, allowed: []) }
            return country.iso3
        case .language:
            guard let language = LanguageCode(value) else { throw UnknownFieldValue(field: self, value: value, allowed: []) }
            return language.alpha3
        case .year, .court:
            return value
        }
    }
}

/// A query named a value its field does not have.
public struct UnknownFieldValue: Error, Sendable, Equatable {
    public let field: KnowledgeField
    public let value: String
    /// The allowed values, when the field has a closed list.
    public let allowed: [String]
}

extension SearchQuery {
    /// The query with every field value in its stored form.
    public func canonicalised() throws(UnknownFieldValue) -> SearchQuery {
        SearchQuery(root: try Self.canonicalise(root))
    }

    private static func canonicalise(_ node: QueryNode) throws(UnknownFieldValue) -> QueryNode {
        switch node {
        case .term, .phrase:
            return node
        case .field(let query):
            guard case .text(let value) = query.value, let field = KnowledgeField(rawValue: query.name) else { return node }
            return .field(FieldQuery(name: query.name, value: .text(try field.canonical(value))))
        case .and(let children):
            var mapped: [QueryNode] = []
            for child in children { mapped.append(try canonicalise(child)) }
            return .and(mapped)
        case .or(let children):
            var mapped: [QueryNode] = []
            for child in children { mapped.append(try canonicalise(child)) }
            return .or(mapped)
        case .not(let child):
            return .not(try canonicalise(child))
        }
    }
}
