/// A value to bind to a placeholder. Values never appear inside SQL text.
public enum SQLValue: Sendable, Equatable, Hashable {
    /// A text parameter.
    case text(String)
    /// An integer parameter (numeric field bounds).
    case integer(Int)
}

/// SQL text with numbered placeholders and the values to bind to them, in order.
public struct BoundSQL: Sendable, Equatable {
    /// The SQL fragment; placeholder `n` (1-based) takes `bindings[n - 1]`.
    public let sql: String
    /// The values to bind.
    public let bindings: [SQLValue]

    /// Creates a fragment.
    public init(sql: String, bindings: [SQLValue]) {
        self.sql = sql
        self.bindings = bindings
    }
}

/// SQL identifier quoting for the column and table names a caller configures.
public enum SQLIdentifier {
    /// `"name"` with inner `"` doubled; valid in SQLite and PostgreSQL.
    public static func quote(_ name: String) -> String {
        "\"" + name.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// Replaces every occurrence of a character; local helper so escaping code
    /// does not depend on Foundation's NSString bridging.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in self {
            if c == target { out += replacement } else { out.append(c) }
        }
        return out
    }
}

/// Renders a `PlanCondition` to SQL, asking the backend for leaf SQL.
struct ConditionRenderer {
    /// Placeholder text for the 1-based parameter number.
    let placeholder: (Int) -> String
    /// Leaf SQL for a full-text expression whose placeholder is given.
    let textMatch: (_ placeholder: String) -> String
    /// Leaf SQL for a LIKE/ILIKE pattern whose placeholder is given.
    let substring: (_ placeholder: String) -> String
    /// Column for each field; unmapped fields use their own name.
    let filterColumns: [String: String]
    /// When set, filters test membership in this table instead of comparing columns.
    var facets: FacetTable? = nil
    /// When set, a full-text expression that is a top-level conjunct is written
    /// with this instead of `textMatch`, so the backend can rank by it.
    var directTextMatch: ((_ placeholder: String) -> String)? = nil

    private final class Accumulator {
        var bindings: [SQLValue] = []
    }

    func render(_ condition: PlanCondition) -> BoundSQL {
        let acc = Accumulator()
        let sql: String
        switch (condition, directTextMatch) {
        case (.textMatch(let expression), let direct?):
            sql = direct(bind(.text(expression), acc))
        case (.all(let children), let direct?):
            sql = "(" + children.map { child in
                if case .textMatch(let expression) = child { return direct(bind(.text(expression), acc)) }
                return render(child, acc)
            }.joined(separator: " AND ") + ")"
        default:
            sql = render(condition, acc)
        }
        return BoundSQL(sql: sql, bindings: acc.bindings)
    }

    private func bind(_ value: SQLValue, _ acc: Accumulator) -> String {
        acc.bindings.append(value)
        return placeholder(acc.bindings.count)
    }

    private func render(_ condition: PlanCondition, _ acc: Accumulator) -> String {
        switch condition {
        case .textMatch(let expression):
            return textMatch(bind(.text(expression), acc))
        case .substring(let pattern):
            return substring(bind(.text(pattern.pattern), acc))
        case .filter(let filter):
            return render(filter, acc)
        case .all(let children):
            return "(" + children.map { render($0, acc) }.joined(separator: " AND ") + ")"
        case .any(let children):
            return "(" + children.map { render($0, acc) }.joined(separator: " OR ") + ")"
        case .not(let child):
            return "NOT " + render(child, acc)
        }
    }

    private func render(_ filter: FieldFilter, _ acc: Accumulator) -> String {
        if let facets { return render(filter, in: facets, acc) }
        let column = SQLIdentifier.quote(filterColumns[filter.field] ?? filter.field)
        var sql: String
        if let range = filter.range {
            switch (range.lower, range.upper) {
            case (let lower?, let upper?):
                sql = "\(column) BETWEEN \(bind(.integer(lower), acc)) AND \(bind(.integer(upper), acc))"
            case (let lower?, nil):
                sql = "\(column) >= \(bind(.integer(lower), acc))"
            case (nil, let upper?):
                sql = "\(column) <= \(bind(.integer(upper), acc))"
            case (nil, nil):
                sql = "1 = 1" // unreachable: the parser rejects `..`
            }
        } else if filter.values.count == 1, let value = filter.values.first {
            sql = "\(column) = \(bind(.text(value), acc))"
        } else {
            sql = "\(column) IN (" + filter.values.map { bind(.text($0), acc) }.joined(separator: ", ") + ")"
        }
        return filter.negated ? "NOT (\(sql))" : "(\(sql))"
    }

    /// `rowKey IN (SELECT key FROM facets WHERE field = ? AND …)` (`+rowKey` when `filtersOnly`).
    private func render(_ filter: FieldFilter, in facets: FacetTable, _ acc: Accumulator) -> String {
        let q = SQLIdentifier.quote
        var sql = "\(facets.filtersOnly ? "+" : "")\(q(facets.rowKey)) IN (SELECT \(q(facets.keyColumn)) FROM \(q(facets.table)) WHERE \(q(facets.fieldColumn)) = \(bind(.text(filter.field), acc)) AND "
        let number = q(facets.numberColumn)
        if let range = filter.range {
            switch (range.lower, range.upper) {
            case (let lower?, let upper?): sql += "\(number) BETWEEN \(bind(.integer(lower), acc)) AND \(bind(.integer(upper), acc))"
            case (let lower?, nil): sql += "\(number) >= \(bind(.integer(lower), acc))"
            case (nil, let upper?): sql += "\(number) <= \(bind(.integer(upper), acc))"
            case (nil, nil): sql += "1 = 1" // unreachable: the parser rejects `..`
            }
        } else {
            sql += "\(q(facets.valueColumn)) IN (" + filter.values.map { bind(.text($0), acc) }.joined(separator: ", ") + ")"
        }
        sql += ")"
        return filter.negated ? "NOT (\(sql))" : "(\(sql))"
    }
}
