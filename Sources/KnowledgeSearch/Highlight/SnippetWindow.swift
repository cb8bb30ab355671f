/// Chooses which part of a text a snippet shows.
///
/// The window holds the most distinct query terms that fit in `maxLength`
/// characters, preferring the earliest such window; leftover room is split
/// evenly before and after the matches; the edges are then pulled inwards to
/// the nearest word boundary so no word is cut (CJK characters are each a
/// boundary, so CJK text is cut at character level).
enum SnippetWindow {
    static func choose(characters: [Character], matches: [TextMatch], maxLength: Int) -> Range<Int> {
        let count = characters.count
        guard count > maxLength else { return 0..<count }
        guard let firstMatch = matches.first else {
            return trim(characters, 0..<maxLength, keep: 0..<0)
        }

        // Best anchor: most distinct terms, then earliest (strict > keeps the first).
        var best = (distinct: 0, first: 0, last: 0)
        for (i, anchor) in matches.enumerated() {
            var terms = Set<Int>()
            var spanEnd = anchor.end
            for other in matches[i...] where other.end - anchor.start <= maxLength {
                terms.insert(other.term)
                spanEnd = max(spanEnd, other.end)
            }
            if terms.count > best.distinct {
                best = (terms.count, anchor.start, spanEnd)
            }
        }
        if best.distinct == 0 {
            // A single match longer than the window: show its beginning.
            best = (1, firstMatch.start, min(firstMatch.end, firstMatch.start + maxLength))
        }
        let spanLength = best.last - best.first
        let slack = max(0, maxLength - spanLength)
        var start = max(0, best.first - slack / 2)
        let end = min(count, start + maxLength)
        if end - start < maxLength { start = max(0, end - maxLength) }
        return trim(characters, start..<end, keep: best.first..<best.last)
    }

    /// Moves the edges of `range` inwards to word boundaries and past
    /// whitespace, never into `keep` (the matched span).
    private static func trim(_ chars: [Character], _ range: Range<Int>, keep: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        let startLimit = keep.isEmpty ? end : keep.lowerBound
        let endLimit = keep.isEmpty ? start : keep.upperBound
        if start > 0 && isWord(chars[start - 1]) && isWord(chars[start]) {
            while start < startLimit && isWord(chars[start]) { start += 1 }
        }
        while start < startLimit && chars[start].isWhitespace { start += 1 }
        if end < chars.count && isWord(chars[end - 1]) && isWord(chars[end]) {
            var cut = end
            while cut > endLimit && isWord(chars[cut - 1]) { cut -= 1 }
            // A window that is one long word is cut mid-word rather than emptied.
            if cut > start { end = cut }
        }
        while end > max(start, endLimit) && chars[end - 1].isWhitespace { end -= 1 }
        return start..<end
    }

    private static func isWord(_ c: Character) -> Bool {
        ScriptClass.isWordCharacter(c)
    }
}
