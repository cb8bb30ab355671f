extension DoubleMetaphoneEncoder {
    /// S: S or X ("sh"), silent in "island", and the Germanic "sch" family
    /// that lets "Schmidt" meet "Smith".
    mutating func encodeS() -> Int {
        let at = current

        // "Island", "isle", "Carlisle", "Carlysle".
        if matches(at - 1, "ISL", "YSL") { return 1 }
        // "Sugar-".
        if at == 0, matches(at, "SUGAR") {
            add("X", "S")
            return 1
        }
        if matches(at, "SH") {
            // Germanic "-sheim", "-shoek", "-sholm", "-sholz" keep the S.
            add(matches(at + 1, "HEIM", "HOEK", "HOLM", "HOLZ") ? "S" : "X")
            return 2
        }
        // Italian and Armenian "-sio-", "-sia-", "-sian".
        if matches(at, "SIO", "SIA") || matches(at, "SIAN") {
            if isSlavoGermanic {
                add("S")
            } else {
                add("S", "X")
            }
            return 3
        }
        // German and anglicised names ("Smith" ~ "Schmidt", "Snider" ~
        // "Schneider"), and Slavic "sz" (Hungarian reads it S).
        if (at == 0 && matches(at + 1, "M", "N", "L", "W")) || matches(at + 1, "Z") {
            add("S", "X")
            return matches(at + 1, "Z") ? 2 : 1
        }
        if matches(at, "SC") { return encodeSC() }
        // French "Resnais", "Artois": silent S in the primary.
        if at == last, matches(at - 2, "AI", "OI") {
            add("", "S")
        } else {
            add("S")
        }
        return matches(at + 1, "S", "Z") ? 2 : 1
    }

    /// "SC" (Schlesinger's rule): X or SK in "sch", S before E, I, Y.
    private mutating func encodeSC() -> Int {
        let at = current

        if letter(at: at + 2) == "H" {
            if matches(at + 3, "OO", "ER", "EN", "UY", "ED", "EM") {
                // Dutch "school", "schooner"; "Schermerhorn", "Schenker" also X.
                if matches(at + 3, "ER", "EN") {
                    add("X", "SK")
                } else {
                    add("SK")
                }
            } else if at == 0, !isVowel(3), letter(at: 3) != "W" {
                // "Schmidt", "Schneider" at the start: X, or S like "Smith".
                add("X", "S")
            } else {
                add("X")
            }
            return 3
        }
        if matches(at + 2, "I", "E", "Y") {
            add("S")
            return 3
        }
        add("SK")
        return 3
    }
}
