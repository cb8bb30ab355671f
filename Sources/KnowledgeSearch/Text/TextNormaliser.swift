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
    /// The normalised form of `text`.
    public static func normalise(_ text: String) -> String {
        var result = ""
        for (character, _) in foldedCharacters(text) { result.append(character) }
        return result
    }

    /// NFKC plus trimming, without case or diacritic folding; used for field
    /// values, whose comparison rules belong to the caller's columns.
    public static func compatibilityForm(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The normalised characters of `text`, each paired with the offset of the
    /// original `Character` it came from. The highlighter uses the offsets to
    /// map matches in normalised text back to the original.
    static func foldedCharacters(_ text: String) -> [(Character, Int)] {
        var out: [(Character, Int)] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace: Int?
        for (index, character) in text.enumerated() {
            // ASCII, most of most documents, needs no Unicode property lookups
            // and no String per character: snippets fold whole decisions for
            // every hit on a page, and this was most of a search's time.
            // (`"\r\n"` is one Character whose `asciiValue` is 10, a space as before.)
            if let byte = character.asciiValue {
                // Every ASCII whitespace or control character is at most 0x20, or 0x7F.
                if byte <= 0x20 || byte == 0x7F {
                    if pendingSpace == nil { pendingSpace = index }
                    continue
                }
                // An ASCII character is never Han or kana, so a pending space is kept unless it leads.
                if let space = pendingSpace {
                    if !out.isEmpty { out.append((" ", space)) }
                    pendingSpace = nil
                }
                out.append(((0x41...0x5A).contains(byte) ? Character(Unicode.Scalar(byte + 0x20)) : character, index))
                continue
            }
            if isSpaceLike(character) {
                if pendingSpace == nil { pendingSpace = index }
                continue
            }
            let folded = fold(character)
            guard let firstFolded = folded.first else { continue }
            if let space = pendingSpace {
                let keep: Bool
                if let last = out.last?.0 {
                    keep = !(ScriptClass.isHanOrKana(last) && ScriptClass.isHanOrKana(firstFolded))
                } else {
                    keep = false // leading whitespace is trimmed
                }
                if keep { out.append((" ", space)) }
                pendingSpace = nil
            }
            for c in folded { out.append((c, index)) }
        }
        return out
    }

    /// Whitespace and control characters both separate words.
    private static func isSpaceLike(_ c: Character) -> Bool {
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
