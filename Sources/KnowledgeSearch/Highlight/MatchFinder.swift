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
/// CPU time of a search nobody had asked before. Plain ASCII text, the common
/// case, is not folded at all: its matches are found in the text itself
/// (`MatchFinder+PlainText`).
struct MatchFinder {
    /// The original text.
    let text: String
    /// The folded text, or `nil` when `text` is plain (`isPlain`).
    private let columns: Columns?

    fileprivate static let startsCharacter: UInt8 = 1
    fileprivate static let isWord: UInt8 = 2

    /// - Parameter foldPlainText: fold plain ASCII too (tests compare both ways).
    init(text: String, foldPlainText: Bool = false) {
        self.text = text
        if !foldPlainText && Self.isPlain(text) {
            columns = nil
            return
        }
        var fold = Fold(capacity: text.utf8.count)
        // The walk's closures each touch `fold` once: closures that captured the
        // arrays themselves paid an exclusivity check on every array of every byte.
        CharacterWalk.walk(text, ascii: { fold.add(ascii: $0) }, cjk: { fold.add(cjk: $0) }, character: { fold.add($0) })
        columns = Columns(fold)
    }

    /// The folded text, kept in buffers its deinit frees.
    private final class Columns {
        /// The normalised text's UTF-8 bytes.
        let folded: UnsafeBufferPointer<UInt8>
        /// For each byte of `folded`, the offset of the original `Character` it came from.
        let origin: UnsafeBufferPointer<Int>
        /// For each byte of `folded`: `startsCharacter`, and `isWord` on a start.
        let flags: UnsafeBufferPointer<UInt8>
        /// The UTF-8 offset in `text` of each of its `Character`s.
        let characterStarts: UnsafeBufferPointer<Int>

        init(_ fold: Fold) {
            folded = fold.folded.buffer
            origin = fold.origin.buffer
            flags = fold.flags.buffer
            characterStarts = fold.characterStarts.buffer
        }

        deinit {
            folded.deallocate()
            origin.deallocate()
            flags.deallocate()
            characterStarts.deallocate()
        }
    }

    /// The folding of one text, byte by byte.
    private struct Fold {
        var folded: Column<UInt8>
        var origin: Column<Int>
        var flags: Column<UInt8>
        var characterStarts: Column<Int>
        var state = TextNormaliser.FoldState()
        /// The `Character` where the current run of whitespace began: the space it becomes stands there.
        var pendingSpace: Int?
        var offset = 0

        init(capacity: Int) {
            folded = Column(capacity: capacity)
            origin = Column(capacity: capacity)
            flags = Column(capacity: capacity)
            characterStarts = Column(capacity: capacity)
        }

        @inline(__always)
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

        mutating func add(cjk scalar: Unicode.Scalar) {
            characterStarts.append(offset)
            offset += 3
            if state.fold(cjk: scalar) { append(0x20, origin: pendingSpace!, flags: MatchFinder.startsCharacter) }
            let (first, second, third) = CharacterWalk.utf8(scalar)
            // Bigram scripts have no words, so a CJK character is never `isWord`.
            append(first, origin: characterStarts.count - 1, flags: MatchFinder.startsCharacter)
            append(second, origin: characterStarts.count - 1, flags: 0)
            append(third, origin: characterStarts.count - 1, flags: 0)
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

        @inline(__always)
        private mutating func append(_ byte: UInt8, origin index: Int, flags byteFlags: UInt8) {
            folded.append(byte)
            origin.append(index)
            flags.append(byteFlags)
        }

        @inline(__always)
        private mutating func afterCharacter() {
            if !state.spacePending { pendingSpace = nil } else if pendingSpace == nil { pendingSpace = characterStarts.count - 1 }
        }
    }

    /// A growable buffer without Array's uniqueness check on every append,
    /// which was a tenth of a snippet's time. `Columns` frees it.
    private struct Column<Element: BitwiseCopyable> {
        private var base: UnsafeMutablePointer<Element>
        private(set) var count = 0
        private var capacity: Int

        init(capacity: Int) {
            self.capacity = max(16, capacity)
            base = .allocate(capacity: self.capacity)
        }

        @inline(__always)
        mutating func append(_ element: Element) {
            if count == capacity { grow() }
            (base + count).initialize(to: element)
            count += 1
        }

        private mutating func grow() {
            let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }

        var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }
    }

    /// The folded bytes and, for each, the offset of the `Character` it came
    /// from; `nil` for plain text, which is not folded (for tests).
    var folding: (bytes: [UInt8], origins: [Int])? {
        columns.map { (Array($0.folded), Array($0.origin)) }
    }

    /// How many `Character`s `text` has.
    var characterCount: Int { columns?.characterStarts.count ?? text.utf8.count }

    /// The `Character`s of `text` at offsets `range`, read from that part of
    /// the text alone (a cluster never reaches across a `Character` edge).
    func characters(in range: Range<Int>) -> [Character] {
        guard !range.isEmpty else { return [] }
        let utf8 = text.utf8
        guard let columns else {
            // Plain text: a byte is a `Character`, made without grapheme breaking.
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return utf8[start..<utf8.index(start, offsetBy: range.count)].map { Character(Unicode.Scalar($0)) }
        }
        let starts = columns.characterStarts
        let start = utf8.index(utf8.startIndex, offsetBy: starts[range.lowerBound])
        let end = range.upperBound < starts.count ? utf8.index(utf8.startIndex, offsetBy: starts[range.upperBound]) : utf8.endIndex
        return Array(text[start..<end])
    }

    /// All non-overlapping matches of `terms`, sorted by start; where matches
    /// overlap the earlier one wins, then the longer one.
    func matches(of terms: [String]) -> [TextMatch] {
        var all: [TextMatch] = []
        for (index, term) in terms.enumerated() {
            let needle = TextNormaliser.normalise(term)
            guard let first = needle.first else { continue }
            let needsWordStart = ScriptClass.isWordCharacter(first)
            if let columns {
                all.append(contentsOf: Self.occurrences(of: Array(needle.utf8), in: columns, needsWordStart: needsWordStart, term: index))
            } else {
                all.append(contentsOf: plainOccurrences(of: Array(needle.utf8), needsWordStart: needsWordStart, term: index))
            }
        }
        all.sort { ($0.start, -$0.length, $0.term) < ($1.start, -$1.length, $1.term) }
        var kept: [TextMatch] = []
        for match in all where kept.last.map({ match.start >= $0.end }) ?? true {
            kept.append(match)
        }
        return kept
    }

    private static func occurrences(of needle: [UInt8], in columns: Columns, needsWordStart: Bool, term: Int) -> [TextMatch] {
        let haystack = columns.folded, flags = columns.flags, origin = columns.origin
        let length = needle.count
        guard length <= haystack.count else { return [] }
        var result: [TextMatch] = []
        needle.withUnsafeBufferPointer { needle in
            let first = needle[0]
            var position = 0
            while position + length <= haystack.count {
                if haystack[position] == first, flags[position] & startsCharacter != 0,
                   position + length == haystack.count || flags[position + length] & startsCharacter != 0,
                   !needsWordStart || !followsWord(position, flags),
                   (1..<length).allSatisfy({ haystack[position + $0] == needle[$0] }) {
                    result.append(TextMatch(start: origin[position], end: origin[position + length - 1] + 1, term: term))
                    position += length
                } else {
                    position += 1
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
