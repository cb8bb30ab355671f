import Foundation

/// Turns a name as typed, in any script, into a plain comparable form.
///
/// Victims, suspects and witnesses are recorded by different people from
/// documents in different scripts: "Ольга", "Olga", "OLGA" and "Olʹga" must
/// meet before any phonetic key or similarity is computed. The normal form is
/// lower-case ASCII letters and digits separated by single spaces.
///
/// It works on Unicode scalars. Cyrillic is romanised by a table of our own
/// ("Наталья" → "natalya", "Жанна" → "zhanna", as in passports; see
/// ``romaniseCyrillic(_:)``); other scripts by Foundation's (ICU's)
/// "Any-Latin", which is a rough reading, not the official romanisation of
/// any country: Arabic comes out without short vowels
/// ("محمد" → "mhmd"), and Chinese comes out one syllable per character
/// ("张伟" → "zhang wei", "习近平" → "xi jin ping", where a passport says
/// "Xi Jinping"). Compare such names token by token and also joined.
public enum NameNormalizer {
    /// Lower-case ASCII Latin, diacritics removed, other scripts (Cyrillic,
    /// Greek, Arabic, Chinese, and whatever else ICU knows) transliterated to
    /// Latin, apostrophes dropped ("O'Brien" → "obrien"), every other
    /// character that is not an ASCII letter or digit (punctuation, hyphens,
    /// symbols, letters ICU could not transliterate) turned into a space,
    /// runs of spaces collapsed, and the result trimmed.
    ///
    /// Compatibility forms are folded first (full-width "ＭＡＲＩＡ" → "maria",
    /// "ﬁ" → "fi"), decimal digits of any script become ASCII digits, and
    /// Latin letters that have no decomposition are spelled out the way ICU's
    /// Latin-ASCII transform does ("ß" → "ss", "ø" → "o", "ł" → "l").
    public static func normalise(_ name: String) -> String {
        // NFKC first, so that full-width and ligature forms are ordinary
        // letters before transliteration looks at them; then lower case,
        // because the Cyrillic table is lower-case and because "İ" becomes
        // "i" plus a combining dot, which stripping marks removes below.
        var text = name.precomposedStringWithCompatibilityMapping.lowercased()
        text = romaniseCyrillic(text)
        // ICU's transliterator is slow to set up; Latin names, by far the
        // most common, do not need it.
        if text.unicodeScalars.contains(where: needsTransliteration) {
            text = text.applyingTransform(.toLatin, reverse: false) ?? text
        }
        if !text.unicodeScalars.allSatisfy(\.isASCII) {
            text = text.applyingTransform(.stripDiacritics, reverse: false) ?? text
        }

        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            guard let replacement = asciiReplacement(for: scalar) else { continue }
            if replacement == " " {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result += replacement
        }
        return result
    }

    /// The words of the normalised name, in order, without empty tokens.
    public static func tokens(_ name: String) -> [String] {
        normalise(name).split(separator: " ").map(String.init)
    }

    /// Letters beyond the Latin blocks (from IPA Extensions on) need ICU to
    /// become Latin; anything below U+0250 is Latin, punctuation or symbols.
    private static func needsTransliteration(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x250 && scalar.properties.isAlphabetic
    }

    /// What one scalar of the lower-cased, mark-stripped text becomes:
    /// itself for ASCII letters and digits, `nil` to drop it (apostrophes and
    /// modifier letters), a spelled-out form for a few Latin letters, or a
    /// space, which separates tokens.
    private static func asciiReplacement(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x61...0x7A, 0x30...0x39:
            return String(scalar)
        default:
            break
        }
        if apostrophes.contains(scalar) { return nil }
        switch scalar.properties.generalCategory {
        case .modifierLetter, .modifierSymbol, .nonspacingMark, .enclosingMark, .format:
            // Transliteration writes the Cyrillic soft sign as "ʹ" and the
            // Arabic ayn as "ʿ": like apostrophes, they are not letters a
            // clerk would type, so they must not split the name.
            return nil
        default:
            break
        }
        if let digit = scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil {
            return String(Int(digit))
        }
        return latinFolding[scalar] ?? " "
    }

    /// Apostrophe-like characters, dropped so that "O'Brien", "O’Brien" and
    /// "OBrien" agree. Some are modifier letters, listed here all the same so
    /// that the intent does not depend on Unicode categories.
    private static let apostrophes: Set<Unicode.Scalar> = [
        "'", "`", "\u{B4}", "\u{2B9}", "\u{2BA}", "\u{2BB}", "\u{2BC}", "\u{2BD}", "\u{2BE}", "\u{2BF}",
        "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}", "\u{FF07}",
    ]

    /// Lower-case Latin letters that `stripDiacritics` leaves alone because
    /// Unicode does not decompose them, spelled as ICU's Latin-ASCII does,
    /// plus the African reference alphabet letters (Hausa, Ewe, Akan…) and
    /// the schwa (Azerbaijani), which Latin-ASCII lacks.
    private static let latinFolding: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ø": "o", "đ": "d", "ð": "d",
        "ł": "l", "ŀ": "l", "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n", "ĸ": "q", "ſ": "s",
        "ƒ": "f", "ƀ": "b", "ƈ": "c", "ƭ": "t", "ǥ": "g", "ȥ": "z", "ɍ": "r", "ɏ": "y",
        "ɨ": "i", "ʉ": "u", "ɲ": "n", "ƞ": "n", "ʋ": "v",
        "ɓ": "b", "ɗ": "d", "ɖ": "d", "ƙ": "k", "ƴ": "y", "ɛ": "e", "ɔ": "o", "ɣ": "g",
        "ə": "e", "ǝ": "e",
    ]
}
