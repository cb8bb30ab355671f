/// Compiles a `SearchQuery` for PostgreSQL (a `tsvector` of `IndexText`).
///
/// Produces strings to bind as parameters; nothing here is SQL text built from
/// user input.
public enum PostgresCompiler {
    /// The plan for `query`.
    public static func compile(_ query: SearchQuery) -> PostgresPlan {
        PostgresPlan(condition: ConditionBuilder<PostgresSyntax>.condition(for: query.root))
    }
}
