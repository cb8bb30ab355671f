/// Finds query terms in original text, insensitive to case and Latin diacritics.
///
/// Matching happens on the normalised text as UTF-8 bytes, each remembering
/// which original `Character` it came from, so a match of `cafe` in `Café`
/// maps back to the four original characters. A match must begin and end on
/// a normalised `Character`'s edge, so emoji and combined characters are
/// never split.
///
/// A term that starts with a letter or digit of a space-separated script must
/// start at a word boundary (`court` matches `courts` but not `Tribunal-court`'s
/// inner `ourt`); a term that starts with a CJK character matches anywhere,
/// because those scripts have no word boundaries to respect.
///
/// Bytes rather than `Character`s because a search page folds the whole text
/// of each of its hits: comparing and storing `Character`s was a third of the
/// CPU time of a search nobody had asked before.
struct MatchFinder {
    /// The original text.
    let text: String
    /// The normalised text's UTF-8 bytes.
    private(set) var folded: [UInt8] = []
    /// For each byte of `folded`, the offset of the original `Character` it came from.
    private(set) var origin: [Int] = []
    /// For each byte of `folded`: `startsCharacter`, and `isWord` on a start.
    private var flags: [UInt8] = []
    /// The UTF-8 offset in `text` of each of its `Character`s.
    private var characterStarts: [Int] = []

    fileprivate static let startsCharacter: UInt8 = 1
    fileprivate static let isWord: UInt8 = 2

    init(text: String) {
        self.text = text
        var fold = Fold(capacity: text.utf8.count)
        // The walk's closures each touch `fold` once: closures that captured the
        // arrays themselves paid an exclusivity check on every array of every byte.
        CharacterWalk.walk(text, ascii: { fold.add(ascii: $0) }, character: { fold.add($0) })
        folded = fold.folded
        origin = fold.origin
        flags = fold.flags
        characterStarts = fold.characterStarts
    }

    /// The folding of one text, byte by byte.
    private struct Fold {
        var folded: [UInt8] = []
        var origin: [Int] = []
        var flags: [UInt8] = []
        var characterStarts: [Int] = []
        var state = TextNormaliser.FoldState()
        /// The `Character` where the current run of whitespace began: the space it becomes stands there.
        var pendingSpace: Int?
        var offset = 0

        init(capacity: Int) {
            folded.reserveCapacity(capacity)
            origin.reserveCapacity(capacity)
            flags.reserveCapacity(capacity)
            characterStarts.reserveCapacity(capacity)
        }

        mutating func add(ascii byte: UInt8) {
            characterStarts.append(offset)
            offset += 1
            if let (spaceBefore, lowered) = state.fold(ascii: byte) {
                if spaceBefore { append(0x20, origin: pendingSpace!, flags: MatchFinder.startsCharacter) }
                append(lowered, origin: characterStarts.count - 1,
                       flags: MatchFinder.startsCharacter | (ScriptClass.isWordCharacter(ascii: lowered) ? MatchFinder.isWord : 0))
            }
            afterCharacter()
        }

        mutating func add(_ character: Character) {
            characterStarts.append(offset)
            offset += character.utf8.count
            if let (spaceBefore, characters) = state.fold(character) {
                if spaceBefore { append(0x20, origin: pendingSpace!, flags: MatchFinder.startsCharacter) }
                for each in characters {
                    var first = MatchFinder.startsCharacter | (ScriptClass.isWordCharacter(each) ? MatchFinder.isWord : 0)
                    for byte in each.utf8 {
                        append(byte, origin: characterStarts.count - 1, flags: first)
                        first = 0
                    }
                }
            }
            afterCharacter()
        }

        private mutating func append(_ byte: UInt8, origin index: Int, flags byteFlags: UInt8) {
            folded.append(byte)
            origin.append(index)
            flags.append(byteFlags)
        }

        private mutating func afterCharacter() {
            if !state.spacePending { pendingSpace = nil } else if pendingSpace == nil { pendingSpace = characterStarts.count - 1 }
        }
    }

    /// How many `Character`s `text` has.
    var characterCount: Int { characterStarts.count }

    /// The `Character`s of `text` at offsets `range`, read from that part of
    /// the text alone (a cluster never reaches across a `Character` edge).
    func characters(in range: Range<Int>) -> [Character] {
        guard !range.isEmpty else { return [] }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: characterStarts[range.lowerBound])
        let end = range.upperBound < characterStarts.count ? utf8.index(utf8.startIndex, offsetBy: characterStarts[range.upperBound]) : utf8.endIndex
        return Array(text[start..<end])
    }

    /// All non-overlapping matches of `terms`, sorted by start; where matches
    /// overlap the earlier one wins, then the longer one.
    func matches(of terms: [String]) -> [TextMatch] {
        var all: [TextMatch] = []
        for (index, term) in terms.enumerated() {
            let needle = TextNormaliser.normalise(term)
            guard let first = needle.first else { continue }
            all.append(contentsOf: occurrences(of: Array(needle.utf8), needsWordStart: ScriptClass.isWordCharacter(first), term: index))
        }
        all.sort { ($0.start, -$0.length, $0.term) < ($1.start, -$1.length, $1.term) }
        var kept: [TextMatch] = []
        for match in all where kept.last.map({ match.start >= $0.end }) ?? true {
            kept.append(match)
        }
        return kept
    }

    private func occurrences(of needle: [UInt8], needsWordStart: Bool, term: Int) -> [TextMatch] {
        let length = needle.count
        guard length <= folded.count else { return [] }
        var result: [TextMatch] = []
        folded.withUnsafeBufferPointer { haystack in
            flags.withUnsafeBufferPointer { flags in
                needle.withUnsafeBufferPointer { needle in
                    let first = needle[0]
                    var position = 0
                    while position + length <= haystack.count {
                        if haystack[position] == first, flags[position] & Self.startsCharacter != 0,
                           position + length == haystack.count || flags[position + length] & Self.startsCharacter != 0,
                           !needsWordStart || !Self.followsWord(position, flags),
                           (1..<length).allSatisfy({ haystack[position + $0] == needle[$0] }) {
                            result.append(TextMatch(start: origin[position], end: origin[position + length - 1] + 1, term: term))
                            position += length
                        } else {
                            position += 1
                        }
                    }
                }
            }
        }
        return result
    }

    /// Whether the normalised `Character` before the one starting at `position` is a word character.
    private static func followsWord(_ position: Int, _ flags: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = position - 1
        while start >= 0, flags[start] & startsCharacter == 0 { start -= 1 }
        return start >= 0 && flags[start] & isWord != 0
    }
}
