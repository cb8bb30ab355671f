/// One node of a parsed query.
///
/// Text is kept as the user typed it; normalisation happens in the compilers
/// and the highlighter so that each can apply the rules of its own backend.
public indirect enum QueryNode: Sendable, Hashable {
    /// A bare word such as `trafficking` or `劳动监察`.
    case term(String)
    /// A `"quoted phrase"`, with the quotes removed.
    case phrase(String)
    /// A `field:value` restriction.
    case field(FieldQuery)
    /// All children must match (written with spaces or `AND`).
    case and([QueryNode])
    /// At least one child must match (`OR`).
    case or([QueryNode])
    /// The child must not match (`NOT x` or `-x`).
    case not(QueryNode)
}

/// A `field:value` restriction.
public struct FieldQuery: Sendable, Hashable {
    /// Lower-cased field name from the `FieldCatalog`.
    public let name: String
    /// The value or range.
    public let value: FieldValue

    /// Creates a field restriction.
    public init(name: String, value: FieldValue) {
        self.name = name
        self.value = value
    }
}

/// The value side of a field restriction.
public enum FieldValue: Sendable, Hashable {
    /// A single value for a text field (`country:MEX` or `court:"Supreme Court"`).
    case text(String)
    /// An inclusive integer range for a numeric field; `year:2018` is `2018...2018`.
    case range(NumericRange)
}

/// An inclusive integer range whose ends may be open (`year:2015..`, `year:..2020`).
public struct NumericRange: Sendable, Equatable, Hashable {
    /// Smallest accepted value, or `nil` for no lower bound.
    public let lower: Int?
    /// Largest accepted value, or `nil` for no upper bound.
    public let upper: Int?

    /// Creates a range; the parser guarantees `lower <= upper` and at least one bound.
    public init(lower: Int?, upper: Int?) {
        self.lower = lower
        self.upper = upper
    }
}
