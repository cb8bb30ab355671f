extension DoubleMetaphoneEncoder {
    /// C is the most ambiguous letter in names: K, S, X ("ch") or silent,
    /// depending on the language the name comes from.
    mutating func encodeC() -> Int {
        let at = current

        // Germanic "-ach-" as in "Bacher", "Macher", "Wachtel": a hard K.
        if at > 1, !isVowel(at - 2), matches(at - 1, "ACH"),
           letter(at: at + 2) != "I",
           letter(at: at + 2) != "E" || matches(at - 2, "BACHER", "MACHER") {
            add("K")
            return 2
        }
        // "Caesar".
        if at == 0, matches(at, "CAESAR") {
            add("S")
            return 2
        }
        // Italian "Chianti".
        if matches(at, "CHIA") {
            add("K")
            return 2
        }
        if matches(at, "CH") { return encodeCH() }
        // Polish "Czerny" (but "-wicz" is handled by the W rule).
        if matches(at, "CZ"), !matches(at - 2, "WICZ") {
            add("S", "X")
            return 2
        }
        // Italian "Focaccia".
        if matches(at + 1, "CIA") {
            add("X")
            return 3
        }
        // Double C, but not the "McC" of "McClellan".
        if matches(at, "CC"), !(at == 1 && letter(at: 0) == "M") {
            if matches(at + 2, "I", "E", "H"), !matches(at + 2, "HU") {
                // "Accident", "succeed" have KS; Italian "Bertucci" has X.
                if (at == 1 && letter(at: 0) == "A") || matches(at - 1, "UCCEE", "UCCES") {
                    add("KS")
                } else {
                    add("X")
                }
                return 3
            }
            // Pierce's rule: otherwise a single K ("Bacchus").
            add("K")
            return 2
        }
        if matches(at, "CK", "CG", "CQ") {
            add("K")
            return 2
        }
        if matches(at, "CI", "CE", "CY") {
            // Italian "cio", "cie", "cia" may also be read as X.
            if matches(at, "CIO", "CIE", "CIA") {
                add("S", "X")
            } else {
                add("S")
            }
            return 2
        }

        add("K")
        // "Mac Caffrey", "Mac Gregor" written as two words.
        if matches(at + 1, " C", " Q", " G") { return 3 }
        if matches(at + 1, "C", "K", "Q"), !matches(at + 1, "CE", "CI") { return 2 }
        return 1
    }

    /// "CH": K in Greek and Germanic words, X in English and French ones.
    private mutating func encodeCH() -> Int {
        let at = current

        // "Michael".
        if at > 0, matches(at, "CHAE") {
            add("K", "X")
            return 2
        }
        // Greek roots at the start ("Chemistry", "Chorus", "Charis") but not "Chore".
        if at == 0,
           matches(at + 1, "HARAC", "HARIS") || matches(at + 1, "HOR", "HYM", "HIA", "HEM"),
           !matches(0, "CHORE") {
            add("K")
            return 2
        }

        let germanicName = matches(0, "VAN ", "VON ") || matches(0, "SCH")
        // "Architect", "orchestra", "orchid" but not "arch".
        let greekInside = matches(at - 2, "ORCHES", "ARCHIT", "ORCHID")
        // "Wachtler", "Wechsler" but not "Tichner".
        let beforeConsonant = (matches(at - 1, "A", "O", "U", "E") || at == 0)
            && matches(at + 2, "L", "R", "N", "M", "B", "H", "F", "V", "W", " ")
        if germanicName || greekInside || matches(at + 2, "T", "S") || beforeConsonant {
            add("K")
        } else if at == 0 {
            add("X")
        } else if matches(0, "MC") {
            // "McHugh".
            add("K")
        } else {
            add("X", "K")
        }
        return 2
    }
}
