/// A lexical unit of the query language, with the offset where it starts.
struct QueryToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word(String)
        case phrase(String)
        /// `name:value`; `value` is `.word` or `.phrase`; `valueOffset` is where the value starts.
        case field(name: String, value: FieldToken, valueOffset: Int)
        case leftParen
        case rightParen
        case and
        case or
        case not
        /// A leading `-` directly attached to the following operand.
        case minus
    }

    /// The value part of a field token, before it is checked against the catalogue.
    enum FieldToken: Sendable, Equatable {
        case word(String)
        case phrase(String)
    }

    let kind: Kind
    let offset: Int
}
