/// How a backend writes full-text leaves and combines them.
///
/// `ConditionBuilder` is shared by both compilers; only these rules differ.
protocol TextSyntax {
    /// The condition for one normalised term or phrase.
    static func leaf(normalised: String, isPhrase: Bool) -> ConditionPart
    /// `a AND b …` for full-text expressions.
    static func and(_ parts: [TextExpression]) -> String
    /// `a OR b …` for full-text expressions.
    static func or(_ parts: [TextExpression]) -> String
    /// `positive AND NOT negative`.
    static func andNot(_ positive: TextExpression, _ negative: TextExpression) -> String
    /// A stand-alone negation, or `nil` if the syntax has none (FTS5 `NOT` is binary).
    static func negate(_ part: TextExpression) -> String?
}

