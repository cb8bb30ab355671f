extension Phonetic {
    /// Double Metaphone (Lawrence Philips, "The Double Metaphone Search
    /// Algorithm", C/C++ Users Journal, June 2000).
    ///
    /// It returns two codes because many names have two plausible
    /// pronunciations in the languages they come from: "Schmidt" is
    /// ("XMT", "SMT") and "Smith" is ("SM0", "XMT"), so they match on "XMT".
    /// Two names are phonetic candidates when any code of one equals any code
    /// of the other. "0" stands for "th"; "X" for "sh"/"ch".
    ///
    /// The rules are Philips' original ones, including their reliance on the
    /// word being padded with blanks (so "Jose" alone is Spanish, "H", while
    /// "Josef" is not), and they recognise "VAN ", "VON " and "SAN " prefixes
    /// when a whole name is passed, as the original does.
    ///
    /// - Parameters:
    ///   - word: one name word; letters are read case-insensitively as Unicode
    ///     scalars. Anything other than the letters A–Z, Ç and Ñ is silent.
    ///   - maxLength: Philips' codes are 4 characters long, the default; pass 0
    ///     (or any value below 1) for codes of unlimited length.
    /// - Returns: the primary code and the alternate code. When the word has no
    ///   second pronunciation the alternate equals the primary (the original
    ///   returns an empty alternate then), so both can be indexed as they are.
    public static func doubleMetaphone(_ word: String, maxLength: Int = 4) -> (primary: String, alternate: String) {
        var encoder = DoubleMetaphoneEncoder(word, maxLength: maxLength)
        return encoder.encode()
    }
}

/// The state of one Double Metaphone encoding: the uppercased word, the scan
/// position and the two codes being built. The rules for each letter live in
/// the `DoubleMetaphone+…` files and return how many letters they consumed.
struct DoubleMetaphoneEncoder {
    /// The word, uppercased; read past its end as blanks (see ``letter(at:)``).
    let word: [Unicode.Scalar]
    /// Index of the last letter of the word.
    let last: Int
    /// Philips' heuristic for Slavic and Germanic names, which switches off
    /// the Romance readings of some letters.
    let isSlavoGermanic: Bool
    let maxLength: Int
    var current = 0
    var primary = ""
    var alternate = ""

    init(_ input: String, maxLength: Int) {
        word = input.unicodeScalars.map(Self.uppercase)
        last = word.count - 1
        self.maxLength = maxLength
        let text = String(String.UnicodeScalarView(word))
        isSlavoGermanic = text.contains("W") || text.contains("K") || text.contains("CZ")
    }

    /// ASCII a–z, ç and ñ to upper case; everything else unchanged (and later
    /// ignored by the rules).
    private static func uppercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x61...0x7A, 0xE7, 0xF1: Unicode.Scalar(UInt8(scalar.value - 0x20))
        default: scalar
        }
    }

    mutating func encode() -> (primary: String, alternate: String) {
        guard !word.isEmpty else { return ("", "") }

        // Silent first letter of GN-, KN-, PN-, WR-, PS- ("Gnome", "Knight").
        if matches(0, "GN", "KN", "PN", "WR", "PS") { current = 1 }
        // Initial X sounds like Z, which is coded S ("Xavier").
        if letter(at: 0) == "X" {
            add("S")
            current = 1
        }

        while current < word.count && !isComplete {
            current += encodeLetter()
        }

        if maxLength > 0 {
            primary = String(primary.unicodeScalars.prefix(maxLength))
            alternate = String(alternate.unicodeScalars.prefix(maxLength))
        }
        return (primary, alternate)
    }

    /// Both codes have reached `maxLength`; the rest of the word cannot
    /// change them.
    private var isComplete: Bool {
        maxLength > 0
            && primary.unicodeScalars.count >= maxLength
            && alternate.unicodeScalars.count >= maxLength
    }

    /// Codes the letter at `current` and returns how many letters it used.
    private mutating func encodeLetter() -> Int {
        switch letter(at: current) {
        case "A", "E", "I", "O", "U", "Y":
            // Vowels are only coded at the start of the word, all as "A".
            if current == 0 { add("A") }
            return 1
        case "B":
            // A "B" silent after "M" ("dumb") was already skipped by the M rule.
            add("P")
            return letter(at: current + 1) == "B" ? 2 : 1
        case "Ç":
            add("S")
            return 1
        case "C": return encodeC()
        case "D": return encodeD()
        case "F": return encodeDoubled("F", as: "F")
        case "G": return encodeG()
        case "H": return encodeH()
        case "J": return encodeJ()
        case "K": return encodeDoubled("K", as: "K")
        case "L": return encodeL()
        case "M": return encodeM()
        case "N": return encodeDoubled("N", as: "N")
        case "Ñ":
            add("N")
            return 1
        case "P": return encodeP()
        case "Q": return encodeDoubled("Q", as: "K")
        case "R": return encodeR()
        case "S": return encodeS()
        case "T": return encodeT()
        case "V": return encodeDoubled("V", as: "F")
        case "W": return encodeW()
        case "X": return encodeX()
        case "Z": return encodeZ()
        default: return 1
        }
    }

    /// A letter coded the same way whether single or doubled ("ff", "kk").
    private mutating func encodeDoubled(_ letter: Unicode.Scalar, as code: String) -> Int {
        add(code)
        return self.letter(at: current + 1) == letter ? 2 : 1
    }

    // MARK: Reading the word

    /// The letter at `index`. Past the end the word reads as blanks, as
    /// Philips' code pads it, so rules can test for a following blank ("IER ")
    /// to mean "at the end of the word". Before the start nothing matches.
    func letter(at index: Int) -> Unicode.Scalar {
        if index < 0 { return "\u{0}" }
        return index < word.count ? word[index] : " "
    }

    /// Whether the word holds one of `candidates` starting at `start`.
    /// A negative start never matches.
    func matches(_ start: Int, _ candidates: String...) -> Bool {
        guard start >= 0 else { return false }
        return candidates.contains { candidate in
            candidate.unicodeScalars.enumerated().allSatisfy { offset, scalar in
                letter(at: start + offset) == scalar
            }
        }
    }

    /// A, E, I, O, U or Y inside the word (padding blanks are not vowels).
    func isVowel(_ index: Int) -> Bool {
        guard index >= 0 && index < word.count else { return false }
        switch word[index] {
        case "A", "E", "I", "O", "U", "Y": return true
        default: return false
        }
    }

    // MARK: Building the codes

    /// Appends `code` to both codes.
    mutating func add(_ code: String) {
        primary += code
        alternate += code
    }

    /// Appends different codes to the primary and the alternate; an empty
    /// string means that pronunciation is silent here.
    mutating func add(_ primaryCode: String, _ alternateCode: String) {
        primary += primaryCode
        alternate += alternateCode
    }
}
