/// The text of a PostgreSQL `tsvector`, written in Swift, for indexed text.
///
/// `to_tsvector` parses a whole decision on the server, and at 100,000
/// records of several kilobytes that parsing was most of a bulk load's time
/// on PostgreSQL (about 1.7 ms a record). Here the document is split by
/// `Tokenizer` (as queries are) and each distinct token's lexeme is asked of
/// the server once, through the same text search configuration that
/// `to_tsquery` applies to query tokens. The vector is then exactly
/// `to_tsvector(<configuration>, tokens joined by spaces)`: a token's
/// lexeme at the token's position, positions capped as PostgreSQL caps them.
///
/// A token is *regular* when the configuration makes exactly one lexeme of
/// it, at position 1. Anything else (`a௰b` becomes two lexemes, `௰` none) would
/// shift positions in ways that only the server knows, so a document with
/// such a token is left to `to_tsvector` over its joined tokens.
public enum PostgresVector {
    /// The largest position PostgreSQL stores; later words share it.
    static let maximumPosition = 16_383
    /// Positions `to_tsvector` keeps per lexeme; later occurrences are dropped.
    static let maximumPositionsPerLexeme = 255

    /// A document's distinct tokens, in order of first appearance, with the
    /// positions (from 1) where each stands.
    public struct Terms: Sendable {
        public fileprivate(set) var tokens: [String] = []
        fileprivate var positions: [[Int]] = []

        /// How often each token occurs, and how many tokens there are.
        public var counts: (counts: [String: Int], length: Int) {
            var counts: [String: Int] = [:]
            for (token, positions) in zip(tokens, positions) { counts[token] = positions.count }
            return (counts, positions.reduce(0) { $0 + $1.count })
        }

        /// The tokens joined by spaces: what `to_tsvector` must be given for
        /// the same vector, when the server has to make it.
        public var text: String {
            // Positions run from 1 to the number of tokens, each held by one token.
            var ordered = [String](repeating: "", count: positions.reduce(0) { $0 + $1.count })
            for (token, positions) in zip(tokens, positions) {
                for position in positions { ordered[position - 1] = token }
            }
            return ordered.joined(separator: " ")
        }
    }

    /// The terms of indexed text (`IndexText.make`) that PostgreSQL indexes:
    /// the tokens that start within the first `limit` bytes when joined by
    /// spaces, which keeps a vector under PostgreSQL's 1 MB limit.
    public static func terms(ofIndexText text: String, limit: Int) -> Terms {
        var terms = Terms()
        var slot: [String: Int] = [:]
        var length = 0
        for (index, token) in Tokenizer.tokens(normalised: text).enumerated() {
            if length >= limit { break }
            length += token.utf8.count + (index == 0 ? 0 : 1)
            if let existing = slot[token] {
                terms.positions[existing].append(index + 1)
            } else {
                slot[token] = terms.tokens.count
                terms.tokens.append(token)
                terms.positions.append([index + 1])
            }
        }
        return terms
    }

    /// The vector's text, given each token's lexeme; `nil` if a token has no
    /// regular lexeme (`lexeme` returns `nil`), when the server must make it.
    public static func literal(_ terms: Terms, lexeme: (String) -> String?) -> String? {
        // Tokens that stem alike (recruited, recruitment) share a lexeme.
        var slot: [String: Int] = [:]
        var lexemes: [String] = []
        var positions: [[Int]] = []
        for (token, tokenPositions) in zip(terms.tokens, terms.positions) {
            guard let lexeme = lexeme(token) else { return nil }
            if let existing = slot[lexeme] {
                positions[existing] += tokenPositions
            } else {
                slot[lexeme] = lexemes.count
                lexemes.append(lexeme)
                positions.append(tokenPositions)
            }
        }
        // Written as bytes: a decision has a few hundred lexemes and a thousand positions.
        var text: [UInt8] = []
        text.reserveCapacity(terms.tokens.count * 16)
        for (lexeme, unsorted) in zip(lexemes, positions) {
            if !text.isEmpty { text.append(0x20) }
            appendQuoted(lexeme, to: &text)
            var separator: UInt8 = 0x3A // ":"
            var count = 0
            var last = 0
            for position in unsorted.count > 1 ? unsorted.sorted() : unsorted {
                let capped = min(position, maximumPosition)
                // Capped positions repeat; PostgreSQL keeps one.
                if capped == last { continue }
                text.append(separator)
                appendDecimal(capped, to: &text)
                separator = 0x2C // ","
                last = capped
                count += 1
                if count == maximumPositionsPerLexeme { break }
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `'lexeme'` with `'` doubled and `\` escaped, as `tsvector` input reads it.
    static func appendQuoted(_ lexeme: String, to text: inout [UInt8]) {
        text.append(0x27)
        for byte in lexeme.utf8 {
            if byte == 0x27 || byte == 0x5C { text.append(byte) }
            text.append(byte)
        }
        text.append(0x27)
    }

    /// A positive number in decimal digits.
    static func appendDecimal(_ number: Int, to text: inout [UInt8]) {
        if number >= 10 { appendDecimal(number / 10, to: &text) }
        text.append(UInt8(0x30 + number % 10))
    }
}
