/// `tsquery` syntax for `to_tsquery(<configuration>, …)` over a tsvector of
/// `IndexText` (words, and bigrams for languages without spaces).
///
/// Lexemes come only from `Tokenizer` tokens (words of letters and digits, and
/// CJK bigrams), each quoted; a term of several is a `<->` phrase. A lone CJK
/// character (which may stand second in an indexed bigram) and text without
/// letters or digits go to ILIKE on the normalised text.
enum PostgresSyntax: TextSyntax {
    static func leaf(normalised: String, isPhrase: Bool) -> ConditionPart {
        let lexemes = IndexText.needsSubstringSearch(normalised) ? [] : Tokenizer.tokens(normalised: IndexText.make(normalised))
        guard !lexemes.isEmpty else {
            return .other(.substring(LikePattern(term: normalised)))
        }
        // A term the tokenizer splits (anti-trafficking, don't, 劳动监察) is a
        // phrase, matching how the document side was split.
        let text = lexemes.map(quote).joined(separator: " <-> ")
        return .text(.init(text: text, atomic: lexemes.count == 1))
    }

    /// `'lexeme'` with `'` doubled and `\` escaped: the tsquery quoting rules.
    /// Tokens are letters and digits so neither occurs today; the escaping keeps
    /// the output safe if the tokenizer ever changes.
    static func quote(_ lexeme: String) -> String {
        "'" + lexeme.replacingAll("\\", with: "\\\\").replacingAll("'", with: "''") + "'"
    }

    static func and(_ parts: [TextExpression]) -> String {
        parts.map(\.grouped).joined(separator: " & ")
    }

    static func or(_ parts: [TextExpression]) -> String {
        parts.map(\.grouped).joined(separator: " | ")
    }

    static func andNot(_ positive: TextExpression, _ negative: TextExpression) -> String {
        positive.grouped + " & !" + negative.grouped
    }

    /// tsquery has a unary `!`, and `!'x'` alone matches every document without x.
    static func negate(_ part: TextExpression) -> String? {
        "!" + part.grouped
    }
}
