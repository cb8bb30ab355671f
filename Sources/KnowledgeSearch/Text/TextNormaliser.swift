import Foundation

/// Brings text to the canonical form used for indexing and querying.
///
/// Steps: Unicode NFKC (which also folds full-width ASCII `ＡＢＣ１２３` and the
/// ideographic space), case folding, removal of diacritics on Latin letters only
/// (é → e, but Cyrillic й and Arabic marks are kept), removal of invisible format
/// characters (soft hyphens from PDF text), and whitespace collapsing. Whitespace
/// between two Han/kana characters is dropped because Chinese and Japanese do not
/// use spaces: such whitespace is a line break left by PDF conversion and would
/// otherwise split 劳动监察 into 劳动 / 监察.
///
/// The database column that is indexed must hold `normalise(text)` too, so that
/// the strings the compilers produce meet text in the same form.
public enum TextNormaliser {
    /// The normalised form of `text`. Indexing normalises every decision in
    /// full, so plain ASCII is folded as bytes (`CharacterWalk`).
    public static func normalise(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var state = FoldState()
        CharacterWalk.walk(text, ascii: { byte in
            guard let (spaceBefore, folded) = state.fold(ascii: byte) else { return }
            if spaceBefore { output.append(0x20) }
            output.append(folded)
        }, cjk: { scalar in
            if state.fold(cjk: scalar) { output.append(0x20) }
            let (first, second, third) = CharacterWalk.utf8(scalar)
            output.append(first)
            output.append(second)
            output.append(third)
        }, character: { character in
            guard let (spaceBefore, folded) = state.fold(character) else { return }
            if spaceBefore { output.append(0x20) }
            output.append(contentsOf: folded.utf8)
        })
        return String(decoding: output, as: UTF8.self)
    }

    /// NFKC plus trimming, without case or diacritic folding; used for field
    /// values, whose comparison rules belong to the caller's columns.
    public static func compatibilityForm(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// What has been folded so far, as far as the next character needs it: a
    /// run of whitespace becomes one space, dropped at the start and between
    /// two Han or kana characters (Chinese and Japanese use no spaces).
    struct FoldState {
        private(set) var spacePending = false
        private var hasOutput = false
        private var lastIsHanOrKana = false
        /// Folds of the single-scalar characters met so far (`nil`: space-like).
        /// Punctuation and digits recur all through a text, and folding one
        /// (compatibility mapping, lower-casing, decomposition, composition)
        /// took microseconds: most of the time of a Chinese decision.
        private var known: [Unicode.Scalar: String?] = [:]

        /// Folds an ASCII character: `nil` for whitespace and control characters,
        /// else whether a space goes before it, and the character lower-cased.
        mutating func fold(ascii byte: UInt8) -> (spaceBefore: Bool, folded: UInt8)? {
            // Every ASCII whitespace or control character is at most 0x20, or 0x7F.
            if byte <= 0x20 || byte == 0x7F {
                spacePending = true
                return nil
            }
            let spaceBefore = spacePending && hasOutput
            spacePending = false
            hasOutput = true
            lastIsHanOrKana = false
            return (spaceBefore, (0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }

        /// Folds a character `CharacterWalk.commonCJK` read, which folds to
        /// itself: whether a space goes before it.
        mutating func fold(cjk scalar: Unicode.Scalar) -> Bool {
            let isHanOrKana = ScriptClass.isHanOrKana(scalar)
            let spaceBefore = spacePending && hasOutput && !(lastIsHanOrKana && isHanOrKana)
            spacePending = false
            hasOutput = true
            lastIsHanOrKana = isHanOrKana
            return spaceBefore
        }

        /// Folds any character: `nil` when it adds nothing (whitespace, invisible
        /// format characters), else whether a space goes before it, and its folded form.
        mutating func fold(_ character: Character) -> (spaceBefore: Bool, folded: String)? {
            guard let folded = spaceOrFold(character) else {
                spacePending = true
                return nil
            }
            guard let first = folded.first, let last = folded.last else { return nil }
            let spaceBefore = spacePending && hasOutput && !(lastIsHanOrKana && ScriptClass.isHanOrKana(first))
            spacePending = false
            hasOutput = true
            lastIsHanOrKana = ScriptClass.isHanOrKana(last)
            return (spaceBefore, folded)
        }

        /// `nil` for a space-like character, else its fold.
        private mutating func spaceOrFold(_ character: Character) -> String? {
            let scalars = character.unicodeScalars
            guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else {
                return TextNormaliser.isSpaceLike(character) ? nil : TextNormaliser.fold(character)
            }
            if let folded = known[scalar] { return folded }
            let folded = TextNormaliser.isSpaceLike(character) ? nil : TextNormaliser.fold(character)
            // Bounded, so a text of endless distinct characters cannot grow it without end.
            if known.count < 4096 { known[scalar] = .some(folded) }
            return folded
        }
    }

    /// Whitespace and control characters both separate words.
    static func isSpaceLike(_ c: Character) -> Bool {
        if c.isWhitespace { return true }
        guard c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first else { return false }
        return scalar.properties.generalCategory == .control
    }

    /// Folds one grapheme cluster. Fast paths keep large CJK documents cheap:
    /// ASCII only needs lower-casing and common ideographs are already canonical.
    static func fold(_ c: Character) -> String {
        if c.isASCII {
            return c.lowercased()
        }
        let scalars = c.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first {
            let value = scalar.value
            if (0x4E00...0x9FFF).contains(value) || (0x3041...0x30FF).contains(value) || (0xAC00...0xD7A3).contains(value) {
                return String(c)
            }
            // Invisible format characters (soft hyphen, zero-width space) vanish;
            // ZWJ inside emoji is part of a larger cluster and never reaches here alone.
            if scalar.properties.generalCategory == .format { return "" }
        }
        let compatible = String(c).precomposedStringWithCompatibilityMapping.lowercased()
        var kept = String.UnicodeScalarView()
        var lastBaseIsLatin = false
        for scalar in compatible.decomposedStringWithCanonicalMapping.unicodeScalars {
            let isMark = scalar.properties.generalCategory == .nonspacingMark
            if isMark {
                if lastBaseIsLatin { continue }
                kept.append(scalar)
                continue
            }
            lastBaseIsLatin = ScriptClass.isLatin(scalar)
            if let replacement = specialFolds[scalar] {
                kept.append(contentsOf: replacement.unicodeScalars)
            } else {
                kept.append(scalar)
            }
        }
        return String(kept).precomposedStringWithCanonicalMapping
    }

    /// Letters that case folding keeps distinct but searchers expect folded:
    /// full case folding of ß and final sigma, and Latin letters whose stroke
    /// is not a combining mark (so decomposition cannot remove it).
    private static let specialFolds: [Unicode.Scalar: String] = [
        "ß": "ss", "ς": "σ", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i",
    ]
}
