/// An FTS5 MATCH expression as written by `FTS5Compiler`: double-quoted
/// strings combined with `AND`, `OR`, `NOT` and parentheses.
///
/// The engine reads it back because `bm25()` depends on its shape: a phrase
/// adds to a row's score only where its branch of the expression holds (a
/// word beside a failing `AND`, or on the right of `NOT`, adds nothing).
indirect enum MatchExpression: Equatable {
    /// A quoted string's contents.
    case phrase(String)
    case and([MatchExpression])
    case or([MatchExpression])
    /// `left NOT right`.
    case not(MatchExpression, MatchExpression)

    /// The phrases in the order they are written: the order `bm25()` sums them in.
    var phrases: [String] {
        switch self {
        case .phrase(let text): [text]
        case .and(let children), .or(let children): children.flatMap(\.phrases)
        case .not(let left, let right): left.phrases + right.phrases
        }
    }

    /// Parses an expression; `nil` for text outside the grammar above. FTS5
    /// binds `NOT` tightest, then `AND`, then `OR`.
    static func parse(_ text: String) -> MatchExpression? {
        var parser = Parser(tokens: tokens(text) ?? [])
        guard !parser.tokens.isEmpty, let expression = parser.or(), parser.position == parser.tokens.count else { return nil }
        return expression
    }

    enum Token: Equatable {
        case phrase(String), and, or, not, open, close
    }

    static func tokens(_ text: String) -> [Token]? {
        var tokens: [Token] = []
        var characters = Array(text)[...]
        while let first = characters.first {
            switch first {
            case " ": characters.removeFirst()
            case "(": tokens.append(.open); characters.removeFirst()
            case ")": tokens.append(.close); characters.removeFirst()
            case "\"":
                characters.removeFirst()
                var phrase = ""
                while true {
                    guard let next = characters.popFirst() else { return nil }
                    if next == "\"" {
                        guard characters.first == "\"" else { break }
                        characters.removeFirst()
                    }
                    phrase.append(next)
                }
                tokens.append(.phrase(phrase))
            default:
                let word = String(characters.prefix { $0 != " " && $0 != "(" && $0 != ")" && $0 != "\"" })
                characters.removeFirst(word.count)
                switch word {
                case "AND": tokens.append(.and)
                case "OR": tokens.append(.or)
                case "NOT": tokens.append(.not)
                default: return nil
                }
            }
        }
        return tokens
    }

    struct Parser {
        let tokens: [Token]
        var position = 0

        mutating func or() -> MatchExpression? {
            chain(.or, operand: { $0.and() }, make: MatchExpression.or)
        }

        mutating func and() -> MatchExpression? {
            chain(.and, operand: { $0.not() }, make: MatchExpression.and)
        }

        /// `operand (separator operand)*`, as one node when there are several.
        private mutating func chain(_ separator: Token, operand: (inout Parser) -> MatchExpression?,
                                    make: ([MatchExpression]) -> MatchExpression) -> MatchExpression? {
            guard let first = operand(&self) else { return nil }
            var children = [first]
            while take(separator) {
                guard let next = operand(&self) else { return nil }
                children.append(next)
            }
            return children.count == 1 ? first : make(children)
        }

        mutating func not() -> MatchExpression? {
            guard var left = primary() else { return nil }
            while take(.not) {
                guard let right = primary() else { return nil }
                left = .not(left, right)
            }
            return left
        }

        mutating func primary() -> MatchExpression? {
            guard position < tokens.count else { return nil }
            switch tokens[position] {
            case .phrase(let text):
                position += 1
                return .phrase(text)
            case .open:
                position += 1
                guard let inner = or(), take(.close) else { return nil }
                return inner
            default:
                return nil
            }
        }

        private mutating func take(_ token: Token) -> Bool {
            guard position < tokens.count, tokens[position] == token else { return false }
            position += 1
            return true
        }
    }
}
