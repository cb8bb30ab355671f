/// Hard limits on query size.
///
/// They bound the work a single request can cause in the parser, the compilers
/// and the database (every term becomes a MATCH string or a LIKE scan).
public enum QueryLimits {
    /// Longest accepted query, in `Character`s.
    public static let maxLength = 1_000
    /// Most terms, phrases and field values in one query.
    public static let maxTerms = 64
}
