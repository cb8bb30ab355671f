/// The exact meaning of a compiled query as a boolean tree over backend leaves.
///
/// Every query compiles to one of these, including those (an `OR` mixing a
/// filter and a term, say) that no single MATCH or tsquery string can express.
/// `FTS5Plan.whereClause` and `PostgresPlan.whereClause` render it to SQL with
/// placeholders.
public indirect enum PlanCondition: Sendable, Equatable {
    /// A full-text expression: FTS5 MATCH syntax or PostgreSQL tsquery text.
    case textMatch(String)
    /// A substring test with `LIKE` (SQLite) or `ILIKE` (PostgreSQL).
    case substring(LikePattern)
    /// A field restriction (may carry its own negation).
    case filter(FieldFilter)
    /// All must hold.
    case all([PlanCondition])
    /// At least one must hold.
    case any([PlanCondition])
    /// Must not hold.
    case not(PlanCondition)

    /// Whether any leaf is a text test (a MATCH or a substring), not a field filter.
    public var usesText: Bool {
        switch self {
        case .textMatch, .substring: true
        case .filter: false
        case .all(let children), .any(let children): children.contains { $0.usesText }
        case .not(let child): child.usesText
        }
    }

    /// The top-level conjuncts: the children of `.all`, or the condition itself.
    public var conjuncts: [PlanCondition] {
        if case .all(let children) = self { return children }
        return [self]
    }
}
