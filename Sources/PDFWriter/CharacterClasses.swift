/// Unicode facts the line breaker needs, kept in one place.
///
/// These are a small, deliberate subset of UAX #14 (line breaking) and of the Chinese
/// rules that forbid some punctuation at the start or end of a line (禁则). The full
/// algorithms are large; this subset gives correct results for court texts.
enum CharacterClasses {
    /// Scripts written without spaces, where a line may break between any two characters.
    static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF,  // CJK radicals, Kangxi radicals
             0x3000...0x303F,  // CJK symbols and punctuation
             0x3040...0x30FF,  // Hiragana, Katakana
             0x3100...0x312F,  // Bopomofo
             0x3190...0x33FF,  // Kanbun, CJK strokes, enclosed CJK, CJK compatibility
             0x3400...0x4DBF,  // CJK extension A
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xF900...0xFAFF,  // CJK compatibility ideographs
             0xFE30...0xFE4F,  // CJK compatibility forms
             0xFF00...0xFFEF,  // Half-width and full-width forms
             0x20000...0x3FFFF:  // CJK extensions B and later
            return true
        default:
            return false
        }
    }

    /// Closing and trailing punctuation that must not start a line, so the line breaker
    /// keeps it with the character before.
    static func forbidsBreakBefore(_ scalar: Unicode.Scalar) -> Bool {
        noBreakBefore.contains(scalar)
    }

    /// Opening punctuation that must not end a line, so the line breaker keeps it with the
    /// character after.
    static func forbidsBreakAfter(_ scalar: Unicode.Scalar) -> Bool {
        noBreakAfter.contains(scalar)
    }

    /// Punctuation shared by Chinese and Western text. In WinAnsi it would be drawn narrow
    /// by Helvetica; next to Chinese it reads better full-width from the Chinese font.
    static func isSharedPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        sharedPunctuation.contains(scalar)
    }

    private static let noBreakBefore: Set<Unicode.Scalar> = Set(
        "，。、；：？！）］｝」』】》〉〕〗〙〛”’…—·％‰℃～・々ー．｡､,.;:!?)]}%»›".unicodeScalars
    )
    private static let noBreakAfter: Set<Unicode.Scalar> = Set(
        "（［｛「『【《〈〔〖〘〚“‘([{«‹￥＄".unicodeScalars
    )
    private static let sharedPunctuation: Set<Unicode.Scalar> = Set("“”‘’—…".unicodeScalars)
}
