/// Character classes of the query language.
///
/// Full-width and typographic variants are accepted alongside ASCII because
/// Chinese and Japanese input methods produce `（`, `）`, `：` and `“…”` by default.
enum QueryCharacters {
    static func isOpenQuote(_ c: Character) -> Bool {
        c == "\"" || c == "\u{FF02}" || c == "\u{201C}" || c == "\u{201D}"
    }

    static func isCloseQuote(_ c: Character) -> Bool {
        isOpenQuote(c)
    }

    static func isLeftParen(_ c: Character) -> Bool {
        c == "(" || c == "\u{FF08}"
    }

    static func isRightParen(_ c: Character) -> Bool {
        c == ")" || c == "\u{FF09}"
    }

    static func isColon(_ c: Character) -> Bool {
        c == ":" || c == "\u{FF1A}"
    }

    /// Characters that end a bare word.
    static func isDelimiter(_ c: Character) -> Bool {
        c.isWhitespace || isOpenQuote(c) || isLeftParen(c) || isRightParen(c)
    }

    /// Field names are ASCII identifiers, so `12:30` or `https://…` prefixes
    /// that are not identifiers stay ordinary words.
    static func isFieldNameCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c == "_")
    }
}
