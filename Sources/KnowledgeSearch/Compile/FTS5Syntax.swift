/// FTS5 query syntax for a table using the `unicode61` tokenizer over
/// `IndexText` (words, and bigrams for scripts without spaces).
///
/// Every term and phrase is written as a double-quoted FTS5 string of its
/// indexed form, which the tokenizer reads as a phrase of words and bigrams.
enum FTS5Syntax: TextSyntax {
    static func leaf(normalised: String, isPhrase: Bool) -> ConditionPart {
        if IndexText.needsSubstringSearch(normalised) {
            return .other(.substring(LikePattern(term: normalised)))
        }
        return .text(.init(text: quote(IndexText.make(normalised)), atomic: true))
    }

    /// An FTS5 string: everything between double quotes is literal, and a
    /// double quote inside is written twice. No other escaping exists or is needed.
    static func quote(_ text: String) -> String {
        "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    static func and(_ parts: [TextExpression]) -> String {
        parts.map(\.grouped).joined(separator: " AND ")
    }

    static func or(_ parts: [TextExpression]) -> String {
        parts.map(\.grouped).joined(separator: " OR ")
    }

    static func andNot(_ positive: TextExpression, _ negative: TextExpression) -> String {
        positive.grouped + " NOT " + negative.grouped
    }

    /// FTS5's NOT is binary (`a NOT b`): there is no "all rows" operand to put on
    /// the left, so a negation without a positive sibling stays a `.not` node.
    static func negate(_ part: TextExpression) -> String? {
        nil
    }
}
