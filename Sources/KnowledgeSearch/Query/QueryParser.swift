import Foundation

/// Recursive-descent parser from `QueryToken`s to a `QueryNode` tree.
///
/// Grammar (AND binds tighter than OR, as in Lucene, Solr and CourtListener):
///
///     query   := or EOF
///     or      := and ("OR" and)*
///     and     := unary (["AND"] unary)*
///     unary   := ("NOT" | "-") unary | primary
///     primary := "(" or ")" | word | phrase | field
struct QueryParser {
    private let tokens: [QueryToken]
    private let fields: FieldCatalog
    private let textLength: Int
    private var position = 0
    private var leafCount = 0

    init(tokens: [QueryToken], fields: FieldCatalog, textLength: Int) {
        self.tokens = tokens
        self.fields = fields
        self.textLength = textLength
    }

    mutating func parse() throws(QueryError) -> QueryNode {
        guard !tokens.isEmpty else {
            throw QueryError(.emptyQuery, "The query is empty.", at: 0)
        }
        let node = try parseOr()
        if let extra = peek() {
            // parseOr only stops early at a `)` that has no partner.
            throw QueryError(.unbalancedParenthesis, "Unbalanced parenthesis: this ')' has no matching '('.", at: extra.offset)
        }
        return node
    }

    private func peek() -> QueryToken? {
        position < tokens.count ? tokens[position] : nil
    }

    private mutating func advance() -> QueryToken? {
        guard let token = peek() else { return nil }
        position += 1
        return token
    }

    /// Whether `token` can begin an operand of AND/OR/NOT.
    private func startsOperand(_ token: QueryToken?) -> Bool {
        guard let token else { return false }
        switch token.kind {
        case .word, .phrase, .field, .leftParen, .not, .minus: return true
        case .rightParen, .and, .or: return false
        }
    }

    private mutating func parseOr() throws(QueryError) -> QueryNode {
        var children = [try parseAnd()]
        while let token = peek(), token.kind == .or {
            position += 1
            guard startsOperand(peek()) else {
                throw QueryError(.danglingOperator, "OR needs a term on both sides.", at: token.offset)
            }
            children.append(try parseAnd())
        }
        return Self.flatten(children, or: true)
    }

    private mutating func parseAnd() throws(QueryError) -> QueryNode {
        var children = [try parseUnary()]
        while let token = peek() {
            if token.kind == .and {
                position += 1
                guard startsOperand(peek()) else {
                    throw QueryError(.danglingOperator, "AND needs a term on both sides.", at: token.offset)
                }
                children.append(try parseUnary())
            } else if startsOperand(token) {
                children.append(try parseUnary())
            } else {
                break
            }
        }
        return Self.flatten(children, or: false)
    }

    private mutating func parseUnary() throws(QueryError) -> QueryNode {
        guard let token = peek() else {
            // Callers check startsOperand first, so this is only reached at the very start.
            throw QueryError(.emptyQuery, "The query is empty.", at: textLength)
        }
        switch token.kind {
        case .not, .minus:
            position += 1
            guard startsOperand(peek()) else {
                let name = token.kind == .not ? "NOT" : "-"
                throw QueryError(.danglingOperator, "\(name) needs a term after it.", at: token.offset)
            }
            return .not(try parseUnary())
        default:
            return try parsePrimary()
        }
    }

    private mutating func parsePrimary() throws(QueryError) -> QueryNode {
        guard let token = advance() else {
            throw QueryError(.emptyQuery, "The query is empty.", at: textLength)
        }
        switch token.kind {
        case .leftParen:
            if let next = peek(), next.kind == .rightParen {
                throw QueryError(.emptyGroup, "Empty parentheses: put terms inside or remove them.", at: token.offset)
            }
            guard peek() != nil else {
                throw QueryError(.unbalancedParenthesis, "Unbalanced parenthesis: this '(' is never closed.", at: token.offset)
            }
            let inner = try parseOr()
            guard let close = advance(), close.kind == .rightParen else {
                throw QueryError(.unbalancedParenthesis, "Unbalanced parenthesis: this '(' is never closed.", at: token.offset)
            }
            return inner
        case .word(let text):
            try countLeaf(at: token.offset)
            return .term(text)
        case .phrase(let text):
            try countLeaf(at: token.offset)
            return .phrase(text)
        case .field(let name, let value, let valueOffset):
            try countLeaf(at: token.offset)
            return .field(try fieldQuery(name: name, value: value, offset: token.offset, valueOffset: valueOffset))
        case .rightParen:
            throw QueryError(.unbalancedParenthesis, "Unbalanced parenthesis: this ')' has no matching '('.", at: token.offset)
        case .and, .or:
            let name = token.kind == .and ? "AND" : "OR"
            throw QueryError(.danglingOperator, "\(name) needs a term on both sides.", at: token.offset)
        case .not, .minus:
            // parseUnary handles these; kept for exhaustiveness.
            throw QueryError(.danglingOperator, "Negation needs a term after it.", at: token.offset)
        }
    }

    private mutating func countLeaf(at offset: Int) throws(QueryError) {
        leafCount += 1
        if leafCount > QueryLimits.maxTerms {
            throw QueryError(.tooManyTerms, "Too many terms: at most \(QueryLimits.maxTerms) are allowed.", at: offset)
        }
    }

    private func fieldQuery(name: String, value: QueryToken.FieldToken, offset: Int, valueOffset: Int) throws(QueryError) -> FieldQuery {
        guard let kind = fields.kind(of: name) else {
            let allowed = fields.allowedNames.joined(separator: ", ")
            throw QueryError(.unknownField, "Unknown field '\(name)'. Allowed fields: \(allowed).", at: offset)
        }
        let raw: String
        let isPhrase: Bool
        switch value {
        case .word(let text): raw = text; isPhrase = false
        case .phrase(let text): raw = text; isPhrase = true
        }
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw QueryError(.emptyFieldValue, "The field '\(name)' needs a value after the colon.", at: valueOffset)
        }
        switch kind {
        case .text:
            return FieldQuery(name: name, value: .text(TextNormaliser.compatibilityForm(trimmed)))
        case .numeric:
            guard !isPhrase, let range = RangeParser.parse(TextNormaliser.compatibilityForm(trimmed)) else {
                throw QueryError(.badRange, "The field '\(name)' needs a whole number or a range such as 2015..2020.", at: valueOffset)
            }
            return FieldQuery(name: name, value: .range(range))
        }
    }

    /// Collapses single-child groups and merges nested groups of the same operator,
    /// so `a (b c)` and `a b c` produce the same tree.
    private static func flatten(_ children: [QueryNode], or: Bool) -> QueryNode {
        if children.count == 1, let only = children.first { return only }
        var flat: [QueryNode] = []
        for child in children {
            switch (child, or) {
            case (.or(let inner), true), (.and(let inner), false): flat.append(contentsOf: inner)
            default: flat.append(child)
            }
        }
        return or ? .or(flat) : .and(flat)
    }
}
