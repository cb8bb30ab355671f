extension Phonetic {
    /// American Soundex (the U.S. National Archives rules): the first letter,
    /// then three digits, padded with zeros ("Robert" and "Rupert" → "R163").
    ///
    /// Letters with the same code that are adjacent, or separated only by H or
    /// W, count once ("Ashcraft" → "A261", not "A226"); a vowel (A E I O U Y)
    /// between them makes the code repeat ("Tymczak" → "T522"). The first
    /// letter's own code takes part in that rule ("Pfister" → "P236").
    ///
    /// Only the ASCII letters of `word` are read; the result is `""` when it
    /// has none.
    public static func soundex(_ word: String) -> String {
        let letters = asciiLetters(of: word)
        guard let first = letters.first else { return "" }

        var code = String(first)
        var previousDigit = soundexDigit(first)
        for letter in letters.dropFirst() {
            guard code.unicodeScalars.count < 4 else { break }
            if let digit = soundexDigit(letter) {
                if digit != previousDigit { code.unicodeScalars.append(digit) }
                previousDigit = digit
            } else if letter != "H" && letter != "W" {
                // A vowel separates two consonants of the same group, so the
                // second one is coded again; H and W do not separate.
                previousDigit = nil
            }
        }
        while code.unicodeScalars.count < 4 { code.append("0") }
        return code
    }

    /// The Soundex digit of an uppercase letter, or `nil` for the letters
    /// that are not coded (vowels, Y, H, W).
    private static func soundexDigit(_ letter: Unicode.Scalar) -> Unicode.Scalar? {
        switch letter {
        case "B", "F", "P", "V": "1"
        case "C", "G", "J", "K", "Q", "S", "X", "Z": "2"
        case "D", "T": "3"
        case "L": "4"
        case "M", "N": "5"
        case "R": "6"
        default: nil
        }
    }
}
