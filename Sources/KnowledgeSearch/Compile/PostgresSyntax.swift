/// `tsquery` syntax for `to_tsquery(<configuration>, …)`.
///
/// Lexemes come only from `Tokenizer` words (letters and digits), each quoted.
/// CJK text goes to ILIKE because PostgreSQL's default parser keeps a whole
/// run of Han characters as one lexeme, so a CJK word inside a sentence could
/// never equal a lexeme.
enum PostgresSyntax: TextSyntax {
    static func leaf(normalised: String, isPhrase: Bool) -> ConditionPart {
        if Tokenizer.containsBigramScript(normalised) {
            return .other(.substring(LikePattern(term: normalised)))
        }
        let lexemes = Tokenizer.tokens(normalised: normalised)
        guard !lexemes.isEmpty else {
            // Punctuation-only terms (`§`) have no lexeme; search them literally.
            return .other(.substring(LikePattern(term: normalised)))
        }
        // A term the tokenizer splits (anti-trafficking, don't) is a phrase,
        // matching how the document side was split.
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
