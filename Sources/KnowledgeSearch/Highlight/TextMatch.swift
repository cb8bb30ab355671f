/// One occurrence of a query term in the original text.
struct TextMatch: Equatable {
    /// First original `Character` offset of the match.
    let start: Int
    /// Offset one past the last matched `Character`.
    let end: Int
    /// Index of the query term that matched, for counting distinct terms.
    let term: Int

    var length: Int { end - start }
}
