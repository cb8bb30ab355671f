/// Compiles a `SearchQuery` for an SQLite FTS5 table with the `unicode61`
/// tokenizer over `IndexText`.
///
/// Every term and phrase is normalised and written as a double-quoted FTS5
/// string (a phrase of words and bigrams); user text is never placed in
/// the expression unquoted, so FTS5 operators or SQL typed by the user are
/// searched for literally.
public enum FTS5Compiler {
    /// The plan for `query`.
    public static func compile(_ query: SearchQuery) -> FTS5Plan {
        FTS5Plan(condition: ConditionBuilder<FTS5Syntax>.condition(for: query.root))
    }
}
