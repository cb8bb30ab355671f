/// Finds query terms in original text, insensitive to case and Latin diacritics.
///
/// Matching happens on normalised characters that remember which original
/// `Character` they came from, so a match of `cafe` in `Café` maps back to the
/// four original characters and emoji or combined characters are never split.
///
/// A term that starts with a letter or digit of a space-separated script must
/// start at a word boundary (`court` matches `courts` but not `Tribunal-court`'s
/// inner `ourt`); a term that starts with a CJK character matches anywhere,
/// because those scripts have no word boundaries to respect.
struct MatchFinder {
    private let folded: [Character]
    private let origin: [Int]

    init(text: String) {
        let pairs = TextNormaliser.foldedCharacters(text)
        folded = pairs.map(\.0)
        origin = pairs.map(\.1)
    }

    /// All non-overlapping matches of `terms`, sorted by start; where matches
    /// overlap the earlier one wins, then the longer one.
    func matches(of terms: [String]) -> [TextMatch] {
        var all: [TextMatch] = []
        for (index, term) in terms.enumerated() {
            let needle = Array(TextNormaliser.normalise(term))
            guard let first = needle.first else { continue }
            let needsWordStart = ScriptClass.isWordCharacter(first)
            all.append(contentsOf: occurrences(of: needle, needsWordStart: needsWordStart, term: index))
        }
        all.sort { ($0.start, -$0.length, $0.term) < ($1.start, -$1.length, $1.term) }
        var kept: [TextMatch] = []
        for match in all where kept.last.map({ match.start >= $0.end }) ?? true {
            kept.append(match)
        }
        return kept
    }

    private func occurrences(of needle: [Character], needsWordStart: Bool, term: Int) -> [TextMatch] {
        guard needle.count <= folded.count else { return [] }
        var result: [TextMatch] = []
        var position = 0
        while position + needle.count <= folded.count {
            if folded[position] == needle[0],
               !needsWordStart || position == 0 || !ScriptClass.isWordCharacter(folded[position - 1]),
               Array(folded[position..<(position + needle.count)]) == needle {
                result.append(TextMatch(start: origin[position], end: origin[position + needle.count - 1] + 1, term: term))
                position += needle.count
            } else {
                position += 1
            }
        }
        return result
    }
}
