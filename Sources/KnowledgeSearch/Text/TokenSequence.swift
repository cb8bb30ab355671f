/// Containment checks on token sequences.
///
/// Lets in-memory code (tests, re-ranking) decide whether a document contains a
/// query term using the same tokens the index holds, instead of raw substrings.
public enum TokenSequence {
    /// Whether `needle` occurs as a contiguous run inside `haystack`.
    ///
    /// With bigram tokens this is "the CJK word occurs as a substring"; with word
    /// tokens it is "the words occur as a phrase".
    public static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            var matched = true
            for offset in 1..<needle.count where haystack[start + offset] != needle[offset] {
                matched = false
                break
            }
            if matched { return true }
        }
        return false
    }

    /// Whether the document text contains the term, judged on tokens.
    public static func text(_ document: String, containsTerm term: String) -> Bool {
        contains(Tokenizer.tokens(document), Tokenizer.tokens(term))
    }
}
