/// A PostgreSQL `tsvector`, written in Swift, for indexed text.
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

    /// The vector in PostgreSQL's binary form (what `tsvectorrecv` reads),
    /// given each token's lexeme; `nil` if a token has no regular lexeme
    /// (`lexeme` returns `nil`), when the server must make it. Sent as a
    /// parameter of type `tsvector`, it is read without parsing: a text
    /// literal cast to `tsvector` cost the server a tenth of a bulk load.
    ///
    /// The form: the number of lexemes (int32), then each lexeme's bytes with
    /// a closing zero, its number of positions (uint16) and the positions
    /// (uint16, weight bits zero), all big-endian. The server sorts lexemes
    /// that come unsorted; they must be distinct, and each one's positions ascending.
    public static func binary(_ terms: Terms, lexeme: (String) -> String?) -> [UInt8]? {
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
        // A decision has a few hundred lexemes and a thousand positions.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(terms.tokens.count * 16)
        append(UInt32(lexemes.count), to: &bytes)
        var kept: [Int] = []
        for (lexeme, unsorted) in zip(lexemes, positions) {
            bytes.append(contentsOf: lexeme.utf8)
            bytes.append(0)
            kept.removeAll(keepingCapacity: true)
            for position in unsorted.count > 1 ? unsorted.sorted() : unsorted {
                let capped = min(position, maximumPosition)
                // Capped positions repeat; PostgreSQL keeps one.
                if capped == kept.last { continue }
                kept.append(capped)
                if kept.count == maximumPositionsPerLexeme { break }
            }
            append(UInt16(kept.count), to: &bytes)
            for position in kept { append(UInt16(position), to: &bytes) }
        }
        return bytes
    }

    private static func append<Integer: FixedWidthInteger>(_ value: Integer, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0) }
    }
}
