import Testing
@testable import KnowledgeSearch

/// The highlighter matches terms on UTF-8 bytes and reads only the
/// characters at a snippet's edges. These tests hold it to the
/// character-by-character matcher it replaced, kept here as the reference, on
/// the random texts of `NormaliserFastPathTests`.
@Suite("Highlight fast path")
struct HighlightFastPathTests {
    /// The matcher as written before bytes: folded `Character`s compared one by one.
    static func referenceMatches(_ text: String, _ terms: [String]) -> [TextMatch] {
        let pairs = NormaliserFastPathTests.reference(text)
        let folded = pairs.map(\.0)
        var all: [TextMatch] = []
        for (index, term) in terms.enumerated() {
            // The term folded as the text is, one original character at a time.
            // (`Array(normalise(term))` would regroup them: a prepended sign such
            // as U+0600 joins the space after it into one `Character`, so a term
            // the text holds could never match.)
            let needle = NormaliserFastPathTests.reference(term).map(\.0)
            guard let first = needle.first, needle.count <= folded.count else { continue }
            let needsWordStart = ScriptClass.isWordCharacter(first)
            var position = 0
            while position + needle.count <= folded.count {
                if !needsWordStart || position == 0 || !ScriptClass.isWordCharacter(folded[position - 1]),
                   Array(folded[position..<(position + needle.count)]) == needle {
                    all.append(TextMatch(start: pairs[position].1, end: pairs[position + needle.count - 1].1 + 1, term: index))
                    position += needle.count
                } else {
                    position += 1
                }
            }
        }
        all.sort { ($0.start, -$0.length, $0.term) < ($1.start, -$1.length, $1.term) }
        var kept: [TextMatch] = []
        for match in all where kept.last.map({ match.start >= $0.end }) ?? true { kept.append(match) }
        return kept
    }

    /// Terms that occur in `text` (runs of its own characters) and some that may not.
    static func terms(in text: String, using random: inout some RandomNumberGenerator) -> [String] {
        let characters = Array(text)
        var terms = (0..<3).map { _ in NormaliserFastPathTests.pieces.randomElement(using: &random)! }
        for _ in 0..<3 where !characters.isEmpty {
            let start = Int.random(in: 0..<characters.count, using: &random)
            let end = min(characters.count, start + Int.random(in: 1...4, using: &random))
            terms.append(String(characters[start..<end]))
        }
        return terms
    }

    @Test("Byte matches, folded or read from plain text, are the reference's character matches")
    func matchesAreTheReferences() {
        var random = SystemRandomNumberGenerator()
        for text in NormaliserFastPathTests.randomTexts() + NormaliserFastPathTests.randomTexts(of: NormaliserFastPathTests.plainPieces) {
            let terms = Self.terms(in: text, using: &random) + ["debt bondage", "LABOUR", "a", "ourt"]
            let expected = Self.referenceMatches(text, terms)
            #expect(MatchFinder(text: text).matches(of: terms) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) }) \(terms)")
            #expect(MatchFinder(text: text, foldPlainText: true).matches(of: terms) == expected)
        }
    }

    @Test("Plain text is ASCII without CR LF, found eight bytes at a time and in the tail")
    func plainText() {
        #expect(MatchFinder.isPlain(""))
        #expect(MatchFinder.isPlain("Forced labour\r\tin 2019\u{7F}"))
        #expect(!MatchFinder.isPlain("Forced labour\r\nin 2019"))
        #expect(!MatchFinder.isPlain("1234567\r\n"), "CR LF across two eight-byte words")
        #expect(!MatchFinder.isPlain("123\r\n"), "CR LF in the tail")
        #expect(!MatchFinder.isPlain("12345678 café"))
        #expect(!MatchFinder.isPlain("12345678 caf\u{E9}12345678"))
        #expect(MatchFinder(text: "Debt bondage").folding == nil)
        #expect(MatchFinder(text: "Débt bondage").folding != nil)
    }

    @Test("Characters read by offset are the text's own, and windows read at their edges are those read from the whole text")
    func windowsAreTheReferences() {
        var random = SystemRandomNumberGenerator()
        for text in NormaliserFastPathTests.randomTexts() + NormaliserFastPathTests.randomTexts(of: NormaliserFastPathTests.plainPieces) {
            let characters = Array(text)
            let finder = MatchFinder(text: text, foldPlainText: Bool.random(using: &random))
            let start = Int.random(in: 0...characters.count, using: &random)
            let range = start..<Int.random(in: start...characters.count, using: &random)
            #expect(finder.characters(in: range) == Array(characters[range]))

            let matches = finder.matches(of: Self.terms(in: text, using: &random))
            let maxLength = Int.random(in: 1...12, using: &random)
            let window = SnippetWindow.choose(count: finder.characterCount, matches: matches, maxLength: maxLength, characters: finder.characters(in:))
            let whole = SnippetWindow.choose(count: characters.count, matches: matches, maxLength: maxLength) { Array(characters[$0]) }
            #expect(window == whole, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
