/// Coarse script classes that decide how text is split into tokens.
///
/// Only the distinctions search needs are made: scripts written without spaces
/// between words (indexed as character bigrams) versus everything else.
enum ScriptClass {
    /// Whether the scalar belongs to a script written without word spaces that we
    /// index as bigrams: Han, Hiragana, Katakana, Hangul and Thai.
    static func isBigramScript(_ scalar: Unicode.Scalar) -> Bool {
        isHanOrKana(scalar) || isHangul(scalar) || isThai(scalar)
    }

    /// Han ideographs and Japanese kana. Whitespace between two of these is
    /// layout (PDF line breaks), never a word separator, so the normaliser drops it.
    static func isHanOrKana(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3005, 0x3007: return true            // 々 iteration mark, 〇
        case 0x3040...0x309F: return true           // Hiragana
        case 0x30A0...0x30FF: return true           // Katakana (incl. ー)
        case 0x31F0...0x31FF: return true           // Katakana phonetic extensions
        case 0x3400...0x4DBF: return true           // CJK Extension A
        case 0x4E00...0x9FFF: return true           // CJK Unified Ideographs
        case 0xF900...0xFAFF: return true           // CJK Compatibility Ideographs
        case 0xFF66...0xFF9F: return true           // Half-width Katakana (before NFKC)
        case 0x20000...0x3134F: return true         // CJK Extensions B–G
        default: return false
        }
    }

    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7AF, 0xD7B0...0xD7FF: return true
        default: return false
        }
    }

    static func isThai(_ scalar: Unicode.Scalar) -> Bool {
        // Letters and vowel signs only; Thai punctuation and digits are not in 0E01–0E4E.
        (0x0E01...0x0E4E).contains(scalar.value)
    }

    /// Latin letters, whose diacritics are folded (é → e). Other scripts keep
    /// their marks: stripping й → и would merge distinct Russian letters.
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0xC0...0x24F: return scalar.value != 0xD7 && scalar.value != 0xF7
        case 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F: return true
        default: return false
        }
    }

    /// Whether a character is indexed as bigrams (judged by its first scalar,
    /// which is the base of the grapheme cluster).
    static func isBigramScript(_ c: Character) -> Bool {
        guard let first = c.unicodeScalars.first else { return false }
        return isBigramScript(first)
    }

    static func isHanOrKana(_ c: Character) -> Bool {
        guard let first = c.unicodeScalars.first else { return false }
        return isHanOrKana(first)
    }

    /// `isWordCharacter` of an ASCII character: a letter or a digit.
    @inline(__always)
    static func isWordCharacter(ascii byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
    }

    /// Letters and digits of space-separated scripts: the characters of a word.
    static func isWordCharacter(_ c: Character) -> Bool {
        guard let first = c.unicodeScalars.first, !isBigramScript(first) else { return false }
        let category = first.properties.generalCategory
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}
