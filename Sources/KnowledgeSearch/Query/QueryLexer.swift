/// Splits query text into `QueryToken`s.
///
/// Works on an array of `Character`s so that offsets in errors are grapheme
/// offsets, matching what the user sees.
struct QueryLexer {
    private let chars: [Character]
    private var position = 0

    init(_ text: String) {
        chars = Array(text)
    }

    mutating func tokens() throws(QueryError) -> [QueryToken] {
        var result: [QueryToken] = []
        while let c = peek() {
            let start = position
            if c.isWhitespace {
                position += 1
            } else if QueryCharacters.isLeftParen(c) {
                position += 1
                result.append(QueryToken(kind: .leftParen, offset: start))
            } else if QueryCharacters.isRightParen(c) {
                position += 1
                result.append(QueryToken(kind: .rightParen, offset: start))
            } else if QueryCharacters.isOpenQuote(c) {
                let text = try readPhrase()
                result.append(QueryToken(kind: .phrase(text), offset: start))
            } else if c == "-" && startsOperand(at: position + 1) && peek(1) != "-" {
                // Only a `-` glued to its operand negates; `anti-trafficking`
                // keeps its hyphen because the word reader consumes it first,
                // and `--` (an SQL comment someone pastes) stays a literal word.
                position += 1
                result.append(QueryToken(kind: .minus, offset: start))
            } else {
                result.append(try readWord())
            }
        }
        return result
    }

    private func peek(_ offset: Int = 0) -> Character? {
        let index = position + offset
        return index < chars.count ? chars[index] : nil
    }

    private func startsOperand(at index: Int) -> Bool {
        guard index < chars.count else { return false }
        let c = chars[index]
        return !c.isWhitespace && !QueryCharacters.isRightParen(c)
    }

    /// Reads `"…"` starting at the opening quote and returns the inner text.
    private mutating func readPhrase() throws(QueryError) -> String {
        let open = position
        position += 1
        var text = ""
        while let c = peek() {
            position += 1
            if QueryCharacters.isCloseQuote(c) {
                if text.allSatisfy(\.isWhitespace) {
                    throw QueryError(.emptyPhrase, "Empty phrase: put words between the quotes or remove them.", at: open)
                }
                return text
            }
            text.append(c)
        }
        throw QueryError(.unbalancedQuote, "Unbalanced quote: the phrase starting here is never closed.", at: open)
    }

    /// Reads a bare word, an operator keyword, or a `field:value` token.
    private mutating func readWord() throws(QueryError) -> QueryToken {
        let start = position
        var word = ""
        while let c = peek(), !QueryCharacters.isDelimiter(c) {
            word.append(c)
            position += 1
        }
        switch word {
        case "AND": return QueryToken(kind: .and, offset: start)
        case "OR": return QueryToken(kind: .or, offset: start)
        case "NOT": return QueryToken(kind: .not, offset: start)
        // A lone `-` is a negation with nothing to negate; the parser reports it.
        case "-": return QueryToken(kind: .minus, offset: start)
        default: break
        }
        // A field token is an identifier, a colon, then the value.
        let wordChars = Array(word)
        if let colon = wordChars.firstIndex(where: QueryCharacters.isColon), colon > 0,
           wordChars[..<colon].allSatisfy(QueryCharacters.isFieldNameCharacter) {
            let name = String(wordChars[..<colon]).lowercased()
            let valueOffset = start + colon + 1
            let rest = String(wordChars[(colon + 1)...])
            if !rest.isEmpty {
                return QueryToken(kind: .field(name: name, value: .word(rest), valueOffset: valueOffset), offset: start)
            }
            if let next = peek(), QueryCharacters.isOpenQuote(next) {
                let phrase = try readPhrase()
                return QueryToken(kind: .field(name: name, value: .phrase(phrase), valueOffset: valueOffset), offset: start)
            }
            // Signalled in the parser so the unknown-field check can come first.
            return QueryToken(kind: .field(name: name, value: .word(""), valueOffset: valueOffset), offset: start)
        }
        return QueryToken(kind: .word(word), offset: start)
    }
}
