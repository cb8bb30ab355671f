/// Everything linkage derives from one raw name field, as plain strings;
/// computed once per distinct raw value (names repeat a lot).
public struct NameParts: Sendable, Hashable {
    /// Normalised tokens joined by a space ("garcia lopez"); "" when empty.
    public var exact: String
    /// Folded tokens (articles dropped), in order.
    public var foldedTokens: [String]
    /// Folded tokens joined without spaces, so that "Xiu Ying", "Xiu-ying"
    /// and "Xiuying" agree.
    public var folded: String
    /// Double Metaphone codes: both codes of the joined fold, the primary
    /// code of each token when there are several, and of the formal names
    /// behind nicknames. Most telling first; used by blocking in this order.
    public var codes: [String]
    /// Formal names the tokens may be nicknames of (folded), the token
    /// itself otherwise.
    public var formalNames: [String]

    public var isEmpty: Bool { folded.isEmpty }

    public init(raw: String) {
        let tokens = NameNormalizer.tokens(raw)
        exact = tokens.joined(separator: " ")
        foldedTokens = NameFolding.dropArticles(tokens).map(NameFolding.fold).filter { !$0.isEmpty }
        folded = foldedTokens.joined()
        var codes: [String] = []
        func add(_ code: String) { if !code.isEmpty && !codes.contains(code) { codes.append(code) } }
        if !folded.isEmpty {
            let joined = Phonetic.doubleMetaphone(folded)
            add(joined.primary)
            add(joined.alternate)
            if foldedTokens.count > 1 {
                for token in foldedTokens.prefix(3) { add(Phonetic.doubleMetaphone(token).primary) }
            }
        }
        var formal: [String] = []
        for token in foldedTokens.prefix(3) {
            for name in Nicknames.formalNames(forFolded: token) where !formal.contains(name) {
                formal.append(name)
                if name != token { add(Phonetic.doubleMetaphone(name).primary) }
            }
        }
        self.codes = codes
        formalNames = formal
    }
}
