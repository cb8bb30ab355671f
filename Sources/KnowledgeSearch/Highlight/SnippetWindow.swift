/// Chooses which part of a text a snippet shows.
///
/// The window holds the most distinct query terms that fit in `maxLength`
/// characters, preferring the earliest such window; leftover room is split
/// evenly before and after the matches; the edges are then pulled inwards to
/// the nearest word boundary so no word is cut (CJK characters are each a
/// boundary, so CJK text is cut at character level).
///
/// Only the characters at the window's edges are read (`characters`), so a
/// long decision is never turned into `Character`s as a whole.
enum SnippetWindow {
    /// The window, in `Character` offsets of a text of `count` characters;
    /// `characters` gives the text's characters at the offsets asked for.
    static func choose(count: Int, matches: [TextMatch], maxLength: Int, characters: (Range<Int>) -> [Character]) -> Range<Int> {
        guard count > maxLength else { return 0..<count }
        guard let firstMatch = matches.first else {
            return trim(0..<maxLength, keep: 0..<0, count: count, characters: characters)
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
        return trim(start..<end, keep: best.first..<best.last, count: count, characters: characters)
    }

    /// Moves the edges of `range` inwards to word boundaries and past
    /// whitespace, never into `keep` (the matched span).
    private static func trim(_ range: Range<Int>, keep: Range<Int>, count: Int, characters: (Range<Int>) -> [Character]) -> Range<Int> {
        // Every offset read below lies in the range or next to it.
        let read = max(0, range.lowerBound - 1)..<min(count, range.upperBound + 1)
        let chars = Offset(characters: characters(read), first: read.lowerBound, count: count)
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

    /// Characters read from offset `first` on, subscripted by offsets in the whole text.
    private struct Offset {
        let characters: [Character]
        let first: Int
        let count: Int

        subscript(offset: Int) -> Character { characters[offset - first] }
    }
}
