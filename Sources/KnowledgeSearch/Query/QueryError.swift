/// Why a query could not be parsed, with the position to point the user at.
///
/// Offsets count `Character`s (extended grapheme clusters) from the start of the
/// query text, starting at 0, so a caller can place a caret under the problem
/// even when the query holds combined characters, emoji or CJK text.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The category of failure, for callers that want to react programmatically.
    public enum Kind: Sendable, Equatable {
        /// The query holds nothing to search for.
        case emptyQuery
        /// A `"` was opened and never closed.
        case unbalancedQuote
        /// A `(` was never closed, or a `)` has no opening partner.
        case unbalancedParenthesis
        /// `()` with nothing inside.
        case emptyGroup
        /// `""` with nothing inside.
        case emptyPhrase
        /// `AND`, `OR`, `NOT` or `-` without the operand(s) it needs.
        case danglingOperator
        /// `field:` with nothing after the colon.
        case emptyFieldValue
        /// A field name that is not in the `FieldCatalog`.
        case unknownField
        /// A numeric field value that is not an integer or `low..high` range with `low <= high`.
        case badRange
        /// More than `QueryLimits.maxLength` characters.
        case tooLong
        /// More than `QueryLimits.maxTerms` terms, phrases and field values.
        case tooManyTerms
    }

    /// The category of failure.
    public let kind: Kind
    /// A sentence suitable for showing to the person who typed the query.
    public let message: String
    /// Character offset of the problem in the query text.
    public let offset: Int

    /// Creates an error; used by the parser and by tests.
    public init(_ kind: Kind, _ message: String, at offset: Int) {
        self.kind = kind
        self.message = message
        self.offset = offset
    }

    /// The message followed by the offset.
    public var description: String { "\(message) (at character \(offset))" }
}
