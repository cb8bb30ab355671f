/// What a query means for PostgreSQL full-text search.
///
/// Expected schema: a text column holding `TextNormaliser.normalise(text)` and
/// a `tsvector` column equal to `to_tsvector(<configuration>, the Tokenizer
/// tokens of IndexText.make(that text) joined by spaces)`
/// (`PostgresTarget.textSearchConfiguration`, `simple` unless set; see
/// `PostgresVector`), with a GIN index on the tsvector. The ILIKE patterns
/// (a lone CJK character, punctuation) scan the text column.
///
/// The query is the conjunction of: `tsquery` (if any); each of `patterns`;
/// each of `filters`; each of `residual`. All are values to bind.
public struct PostgresPlan: Sendable, Equatable {
    /// The full meaning of the query.
    public let condition: PlanCondition
    /// Text for `to_tsquery(<configuration>, $n)`; may be negative-only (`!'x'`), which PostgreSQL accepts.
    public let tsquery: String?
    /// Substring conditions for `ILIKE $n ESCAPE '\'` (a lone CJK character, lexeme-less terms).
    public let patterns: [SubstringCondition]
    /// Field restrictions for the caller's `WHERE`.
    public let filters: [FieldFilter]
    /// Conjuncts that mix kinds under `OR`/`NOT` and need `whereClause`.
    public let residual: [PlanCondition]

    init(condition: PlanCondition) {
        self.condition = condition
        var tsquery: String?
        var patterns: [SubstringCondition] = []
        var filters: [FieldFilter] = []
        var residual: [PlanCondition] = []
        for conjunct in condition.conjuncts {
            switch conjunct {
            case .textMatch(let text) where tsquery == nil: tsquery = text
            case .substring(let pattern): patterns.append(SubstringCondition(pattern: pattern, negated: false))
            case .not(.substring(let pattern)): patterns.append(SubstringCondition(pattern: pattern, negated: true))
            case .filter(let filter): filters.append(filter)
            default: residual.append(conjunct)
            }
        }
        self.tsquery = tsquery
        self.patterns = patterns
        self.filters = filters
        self.residual = residual
    }

    /// Renders the whole condition with `$n` placeholders.
    public func whereClause(_ target: PostgresTarget) -> BoundSQL {
        let text = SQLIdentifier.quote(target.textColumn)
        let vector = SQLIdentifier.quote(target.tsvectorColumn)
        var renderer = ConditionRenderer(
            placeholder: { "$\($0)" },
            textMatch: { "\(vector) @@ to_tsquery('\(target.textSearchConfiguration)', \($0))" },
            substring: { "\(text) ILIKE \($0) ESCAPE '\\'" },
            filterColumns: target.filterColumns
        )
        renderer.facets = target.facets
        return renderer.render(condition)
    }
}

/// Column names that `PostgresPlan.whereClause` refers to.
public struct PostgresTarget: Sendable, Equatable {
    /// The column holding normalised text, searched by ILIKE.
    public let textColumn: String
    /// The `tsvector` column.
    public let tsvectorColumn: String
    /// Column name per field name; unmapped fields use the field name.
    public let filterColumns: [String: String]
    /// When set, filters are membership tests on this table (`filterColumns` is then unused).
    public let facets: FacetTable?
    /// The text search configuration the tsvector column was made with.
    public let textSearchConfiguration: String

    /// Creates a target. Names are quoted as identifiers when rendered; the
    /// configuration is written as a literal, so it must be a plain name.
    public init(textColumn: String, tsvectorColumn: String, filterColumns: [String: String] = [:], facets: FacetTable? = nil,
                textSearchConfiguration: String = "simple") {
        precondition(textSearchConfiguration.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) },
                     "a text search configuration is a plain name")
        self.textColumn = textColumn
        self.tsvectorColumn = tsvectorColumn
        self.filterColumns = filterColumns
        self.facets = facets
        self.textSearchConfiguration = textSearchConfiguration
    }
}
