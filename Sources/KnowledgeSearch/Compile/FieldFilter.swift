/// A field restriction for the caller's SQL `WHERE` clause.
///
/// Either `values` (text fields; a row matches if its value is one of them) or
/// `range` (numeric fields) is set. `country:MEX OR country:GTM` becomes one
/// filter with two values so it can be rendered as `IN (?, ?)`.
public struct FieldFilter: Sendable, Equatable, Hashable {
    /// Lower-cased field name from the `FieldCatalog`.
    public let field: String
    /// Accepted values (NFKC form, original case) for a text field; empty for numeric fields.
    public let values: [String]
    /// Accepted range for a numeric field; `nil` for text fields.
    public let range: NumericRange?
    /// `true` when matching rows must be excluded (`-country:MEX`).
    public let negated: Bool

    /// Creates a filter.
    public init(field: String, values: [String] = [], range: NumericRange? = nil, negated: Bool = false) {
        self.field = field
        self.values = values
        self.range = range
        self.negated = negated
    }

    /// The filter for a parsed field restriction.
    init(_ query: FieldQuery) {
        switch query.value {
        case .text(let value): self.init(field: query.name, values: [value])
        case .range(let range): self.init(field: query.name, range: range)
        }
    }

    /// The same filter with the opposite sense.
    var inverted: FieldFilter {
        FieldFilter(field: field, values: values, range: range, negated: !negated)
    }
}
