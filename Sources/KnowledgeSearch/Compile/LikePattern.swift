/// A `LIKE` / `ILIKE` pattern that finds a normalised term as a substring.
///
/// Used where the full-text index cannot help: a lone CJK character or text
/// without letters in FTS5 (`IndexText`), and CJK text in PostgreSQL (whose default parser does not split it).
/// The pattern is a value to bind, never SQL text.
public struct LikePattern: Sendable, Equatable, Hashable {
    /// The escape character the SQL must declare with `ESCAPE '\'`.
    public static let escapeCharacter: Character = "\\"

    /// The normalised term being searched for.
    public let term: String
    /// `%term%` with `\`, `%` and `_` escaped by `\`.
    public let pattern: String

    /// Builds the pattern for an already-normalised term.
    public init(term: String) {
        self.term = term
        self.pattern = "%" + Self.escape(term) + "%"
    }

    /// The escape character, as a convenience for callers that build SQL.
    public var escapeCharacter: Character { Self.escapeCharacter }

    /// Escapes the LIKE wildcards and the escape character itself, so that a
    /// user's `%`, `_` or `\` match literally.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            if c == escapeCharacter || c == "%" || c == "_" { out.append(escapeCharacter) }
            out.append(c)
        }
        return out
    }
}

/// A substring condition at the top level of a plan, possibly negated.
public struct SubstringCondition: Sendable, Equatable, Hashable {
    /// The pattern to bind.
    public let pattern: LikePattern
    /// `true` when rows containing the term must be excluded (`NOT LIKE`).
    public let negated: Bool

    /// Creates a condition.
    public init(pattern: LikePattern, negated: Bool) {
        self.pattern = pattern
        self.negated = negated
    }
}
