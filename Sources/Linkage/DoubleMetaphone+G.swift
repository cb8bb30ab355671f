extension DoubleMetaphoneEncoder {
    /// G: hard K, soft J, silent, or F ("laugh"), with many language-specific
    /// readings of "gh", "gn", "gli" and "ge"/"gi".
    mutating func encodeG() -> Int {
        let at = current
        let next = letter(at: at + 1)

        if next == "H" { return encodeGH() }

        if next == "N" {
            if at == 1, isVowel(0), !isSlavoGermanic {
                // "Agnes".
                add("KN", "N")
            } else if !matches(at + 2, "EY"), !isSlavoGermanic {
                // "Signor"; but "Cagney" keeps its G.
                add("N", "KN")
            } else {
                add("KN")
            }
            return 2
        }
        // Italian "Tagliaro".
        if matches(at + 1, "LI"), !isSlavoGermanic {
            add("KL", "L")
            return 2
        }
        // "Ges-", "gep-", "gel-", "gie-" … at the start: K, or J.
        if at == 0, next == "Y" || matches(at + 1, "ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER") {
            add("K", "J")
            return 2
        }
        // "-ger-", "-gy-", except "danger", "ranger", "manger", "-egy-", "-rgy", "-ogy".
        if matches(at + 1, "ER") || next == "Y",
           !matches(0, "DANGER", "RANGER", "MANGER"),
           !matches(at - 1, "E", "I"),
           !matches(at - 1, "RGY", "OGY") {
            add("K", "J")
            return 2
        }
        // Before E, I, Y, and Italian "-aggi-", "-oggi-" ("Biaggi").
        if matches(at + 1, "E", "I", "Y") || matches(at - 1, "AGGI", "OGGI") {
            if matches(0, "VAN ", "VON ") || matches(0, "SCH") || matches(at + 1, "ET") {
                // Obviously Germanic.
                add("K")
            } else if matches(at + 1, "IER ") {
                // Always soft in the French ending "-gier".
                add("J")
            } else {
                add("J", "K")
            }
            return 2
        }

        add("K")
        return next == "G" ? 2 : 1
    }

    /// "GH": K after a consonant, J or K at the start, silent in "hugh" and
    /// "bough", F in "laugh" and "tough".
    private mutating func encodeGH() -> Int {
        let at = current

        if at > 0, !isVowel(at - 1) {
            add("K")
            return 2
        }
        if at == 0 {
            // "Ghislane" has J; "Ghana", "Gheorghe" have K.
            add(letter(at: at + 2) == "I" ? "J" : "K")
            return 2
        }
        // Parker's rule: silent after B, H or D nearby ("Hugh", "bough", "Broughton").
        if (at > 1 && matches(at - 2, "B", "H", "D"))
            || (at > 2 && matches(at - 3, "B", "H", "D"))
            || (at > 3 && matches(at - 4, "B", "H")) {
            return 2
        }
        if at > 2, letter(at: at - 1) == "U", matches(at - 3, "C", "G", "L", "R", "T") {
            // "Laugh", "McLaughlin", "cough", "Gough", "rough", "tough".
            add("F")
        } else if letter(at: at - 1) != "I" {
            // Silent after I ("Wright", "Knight"), otherwise K.
            add("K")
        }
        return 2
    }
}
