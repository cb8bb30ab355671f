/// What a query means for an SQLite FTS5 table with `tokenize='unicode61'`.
///
/// The indexed column must hold `IndexText.make(TextNormaliser.normalise(text))`.
///
/// The query is the conjunction of: `match` (if any); NOT `excludedMatch`;
/// each of `shortTerms`; each of `filters`; each of `residual`. `condition`
/// holds the same meaning as a single tree and `whereClause(_:)` renders it.
///
/// Negative-only queries (`-trafficking`) cannot be written as an FTS5 MATCH:
/// `NOT` is binary and there is no match-everything operand. For those `match`
/// is `nil` and `excludedMatch` is set; the caller writes
/// `rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)`, which is what
/// `whereClause` produces.
public struct FTS5Plan: Sendable, Equatable {
    /// The full meaning of the query.
    public let condition: PlanCondition
    /// The MATCH expression rows must satisfy, if the query has positive text.
    public let match: String?
    /// A MATCH expression whose rows are excluded (negative-only text).
    public let excludedMatch: String?
    /// Terms the index cannot match (`IndexText.needsSubstringSearch`),
    /// searched with `LIKE ? ESCAPE '\'`.
    public let shortTerms: [SubstringCondition]
    /// Field restrictions for the caller's `WHERE`.
    public let filters: [FieldFilter]
    /// Conjuncts that mix kinds under `OR`/`NOT` and need `whereClause`.
    public let residual: [PlanCondition]

    init(condition: PlanCondition) {
        self.condition = condition
        var match: String?
        var excluded: String?
        var shortTerms: [SubstringCondition] = []
        var filters: [FieldFilter] = []
        var residual: [PlanCondition] = []
        for conjunct in condition.conjuncts {
            switch conjunct {
            // The builder merges all top-level text into one expression, so
            // each of these cases occurs at most once.
            case .textMatch(let text) where match == nil: match = text
            case .not(.textMatch(let text)) where excluded == nil: excluded = text
            case .substring(let pattern): shortTerms.append(SubstringCondition(pattern: pattern, negated: false))
            case .not(.substring(let pattern)): shortTerms.append(SubstringCondition(pattern: pattern, negated: true))
            case .filter(let filter): filters.append(filter)
            default: residual.append(conjunct)
            }
        }
        self.match = match
        self.excludedMatch = excluded
        self.shortTerms = shortTerms
        self.filters = filters
        self.residual = residual
    }

    /// `true` when the query only excludes text, so MATCH alone cannot run it.
    public var isNegativeOnly: Bool {
        match == nil && excludedMatch != nil
    }

    /// Renders the whole condition for `SELECT … FROM <table> WHERE <sql>` on the
    /// FTS5 table itself, with `?NNN` placeholders.
    ///
    /// MATCH leaves are written as `rowid IN (SELECT rowid … MATCH ?)` because
    /// SQLite rejects MATCH directly under OR/NOT mixed with other predicates.
    ///
    /// With `ranked`, the top-level MATCH (`match`) is written directly as
    /// `<table> MATCH ?`, which SQLite allows beside ANDed predicates, so the
    /// caller's `SELECT` may use `bm25(<table>)` or `rank`.
    public func whereClause(_ target: FTS5Target, ranked: Bool = false) -> BoundSQL {
        let table = SQLIdentifier.quote(target.table)
        let column = SQLIdentifier.quote(target.textColumn)
        var renderer = ConditionRenderer(
            placeholder: { "?\($0)" },
            textMatch: { "rowid IN (SELECT rowid FROM \(table) WHERE \(table) MATCH \($0))" },
            substring: { "\(column) LIKE \($0) ESCAPE '\\'" },
            filterColumns: target.filterColumns
        )
        renderer.facets = target.facets
        if ranked { renderer.directTextMatch = { "\(table) MATCH \($0)" } }
        return renderer.render(condition)
    }
}

/// Names of the FTS5 table and columns that `FTS5Plan.whereClause` refers to.
public struct FTS5Target: Sendable, Equatable {
    /// The FTS5 virtual table.
    public let table: String
    /// The column holding normalised text, searched by LIKE fallbacks.
    public let textColumn: String
    /// Column name per field name; unmapped fields use the field name.
    public let filterColumns: [String: String]
    /// When set, filters are membership tests on this table (`filterColumns` is then unused).
    public let facets: FacetTable?

    /// Creates a target. Names are quoted as identifiers when rendered.
    public init(table: String, textColumn: String, filterColumns: [String: String] = [:], facets: FacetTable? = nil) {
        self.table = table
        self.textColumn = textColumn
        self.filterColumns = filterColumns
        self.facets = facets
    }
}
