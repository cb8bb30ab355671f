extension NameNormalizer {
    /// Romanises lower-case Cyrillic letters with digraphs, before ICU sees
    /// the text.
    ///
    /// ICU's Any-Latin follows ISO 9, which writes one Latin letter with a
    /// diacritic per Cyrillic letter ("Наталья" → "Natalʹâ", "Жанна" →
    /// "Žanna"). Once diacritics are stripped that loses sounds ("natala",
    /// "zanna") and no longer looks like the spelling in passports, visas and
    /// the press ("Natalya", "Zhanna", "Chernyshev"). The table follows
    /// BGN/PCGN for Russian, without its apostrophes and its context rules
    /// (е is always "e"), and the common ASCII spellings of the Ukrainian,
    /// Belarusian, Serbian and Macedonian letters. Other Cyrillic letters
    /// are left to ICU.
    static func romaniseCyrillic(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x400...0x4FF).contains($0.value) }) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let latin = cyrillicToLatin[scalar] {
                result += latin
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let cyrillicToLatin: [Unicode.Scalar: String] = [
        // Russian (BGN/PCGN without apostrophes); the hard and soft signs are
        // not sounds of their own and are dropped.
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
        // Ukrainian and Belarusian.
        "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ў": "u",
        // Serbian and Macedonian, as their Latin alphabets write them without
        // diacritics.
        "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj",
        "ѕ": "dz",
    ]
}
