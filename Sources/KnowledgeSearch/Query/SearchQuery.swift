/// A parsed, validated search query.
///
/// Parse once per request, then hand the same value to `FTS5Compiler`,
/// `PostgresCompiler` and `Snippet.make`.
public struct SearchQuery: Sendable, Hashable {
    /// The root of the query tree.
    public let root: QueryNode

    /// Wraps an already-built tree (used by tests and programmatic queries).
    public init(root: QueryNode) {
        self.root = root
    }

    /// Parses the query language described in `QueryNode` and `QueryParser`.
    ///
    /// - Throws: `QueryError` with the character offset of the problem.
    public static func parse(_ text: String, fields: FieldCatalog) throws(QueryError) -> SearchQuery {
        let length = text.count
        if length > QueryLimits.maxLength {
            throw QueryError(.tooLong, "The query is too long: at most \(QueryLimits.maxLength) characters are allowed.", at: QueryLimits.maxLength)
        }
        var lexer = QueryLexer(text)
        let tokens = try lexer.tokens()
        var parser = QueryParser(tokens: tokens, fields: fields, textLength: length)
        return SearchQuery(root: try parser.parse())
    }

    /// Terms and phrases that a matching document must contain: those under an
    /// even number of negations. The highlighter marks these.
    public var positiveTexts: [String] {
        var result: [String] = []
        Self.collect(root, negated: false, into: &result)
        return result
    }

    private static func collect(_ node: QueryNode, negated: Bool, into result: inout [String]) {
        switch node {
        case .term(let text), .phrase(let text):
            if !negated { result.append(text) }
        case .field:
            break
        case .and(let children), .or(let children):
            for child in children { collect(child, negated: negated, into: &result) }
        case .not(let child):
            collect(child, negated: !negated, into: &result)
        }
    }
}
