extension DoubleMetaphoneEncoder {
    mutating func encodeD() -> Int {
        let at = current
        if matches(at, "DG") {
            if matches(at + 2, "I", "E", "Y") {
                // "Edge": J.
                add("J")
                return 3
            }
            // "Edgar": TK.
            add("TK")
            return 2
        }
        add("T")
        return matches(at, "DT", "DD") ? 2 : 1
    }

    /// H is coded only where it is heard: at the start or between vowels,
    /// and before a vowel.
    mutating func encodeH() -> Int {
        let at = current
        if (at == 0 || isVowel(at - 1)) && isVowel(at + 1) {
            add("H")
            return 2
        }
        return 1
    }

    /// J: English J, Spanish H ("Jose"), or the Y of Slavic and Yiddish names
    /// ("Jankelowicz" ~ "Yankelovich", coded A because initial vowels are A).
    mutating func encodeJ() -> Int {
        let at = current

        // Obviously Spanish: "Jose", "San Jacinto".
        if matches(at, "JOSE") || matches(0, "SAN ") {
            if (at == 0 && letter(at: at + 4) == " ") || matches(0, "SAN ") {
                add("H")
            } else {
                add("J", "H")
            }
            return 1
        }

        if at == 0 {
            add("J", "A")
        } else if isVowel(at - 1), !isSlavoGermanic,
                  letter(at: at + 1) == "A" || letter(at: at + 1) == "O" {
            // Spanish "bajador".
            add("J", "H")
        } else if at == last {
            add("J", "")
        } else if !matches(at + 1, "L", "T", "K", "S", "N", "M", "B", "Z"),
                  !matches(at - 1, "S", "K", "L") {
            add("J")
        }
        return letter(at: at + 1) == "J" ? 2 : 1
    }

    mutating func encodeL() -> Int {
        let at = current
        guard letter(at: at + 1) == "L" else {
            add("L")
            return 1
        }
        // Spanish "Cabrillo", "Gallegos": the "ll" may be a Y sound, so it is
        // silent in the alternate code.
        let spanishEnding = at == word.count - 3 && matches(at - 1, "ILLO", "ILLA", "ALLE")
        let spanishAlle = (matches(last - 1, "AS", "OS") || matches(last, "A", "O"))
            && matches(at - 1, "ALLE")
        if spanishEnding || spanishAlle {
            add("L", "")
        } else {
            add("L")
        }
        return 2
    }

    mutating func encodeM() -> Int {
        let at = current
        // Silent B in "dumb", "thumb", "plumber".
        let silentB = matches(at - 1, "UMB") && (at + 1 == last || matches(at + 2, "ER"))
        add("M")
        return silentB || letter(at: at + 1) == "M" ? 2 : 1
    }

    mutating func encodeP() -> Int {
        let at = current
        if letter(at: at + 1) == "H" {
            add("F")
            return 2
        }
        // "Campbell", "raspberry": the B is not heard.
        add("P")
        return matches(at + 1, "P", "B") ? 2 : 1
    }

    mutating func encodeR() -> Int {
        let at = current
        // French "Rogier": the final R is silent in the primary, but not in
        // German "Hochmeier".
        if at == last, !isSlavoGermanic, matches(at - 2, "IE"), !matches(at - 4, "ME", "MA") {
            add("", "R")
        } else {
            add("R")
        }
        return letter(at: at + 1) == "R" ? 2 : 1
    }

    mutating func encodeT() -> Int {
        let at = current
        if matches(at, "TION") || matches(at, "TIA", "TCH") {
            add("X")
            return 3
        }
        if matches(at, "TH") || matches(at, "TTH") {
            // "Thomas", "Thames" and Germanic names have a plain T.
            if matches(at + 2, "OM", "AM") || matches(0, "VAN ", "VON ") || matches(0, "SCH") {
                add("T")
            } else {
                add("0", "T")
            }
            return 2
        }
        add("T")
        return matches(at + 1, "T", "D") ? 2 : 1
    }

    /// W: usually silent; V-like in Germanic names ("Wasserman" ~
    /// "Vasserman"), F-like at the end of Polish and Russian ones ("Arnow" ~
    /// "Arnoff"), and "TS"/"FX" in "-wicz", "-witz".
    mutating func encodeW() -> Int {
        let at = current
        if matches(at, "WR") {
            add("R")
            return 2
        }
        if at == 0, isVowel(at + 1) || matches(at, "WH") {
            if isVowel(at + 1) {
                add("A", "F")
            } else {
                // "Womo" should meet "Uomo".
                add("A")
            }
        }
        if (at == last && isVowel(at - 1))
            || matches(at - 1, "EWSKI", "EWSKY", "OWSKI", "OWSKY")
            || matches(0, "SCH") {
            add("", "F")
            return 1
        }
        if matches(at, "WICZ", "WITZ") {
            // Polish "Filipowicz".
            add("TS", "FX")
            return 4
        }
        return 1
    }

    mutating func encodeX() -> Int {
        let at = current
        // French "Breaux": a final X after "au", "ou", "iau", "eau" is silent.
        let silentFrench = at == last && (matches(at - 3, "IAU", "EAU") || matches(at - 2, "AU", "OU"))
        if !silentFrench { add("KS") }
        return matches(at + 1, "C", "X") ? 2 : 1
    }

    mutating func encodeZ() -> Int {
        let at = current
        // Chinese Pinyin "Zhao", "Zhang": J.
        if letter(at: at + 1) == "H" {
            add("J")
            return 2
        }
        if matches(at + 1, "ZO", "ZI", "ZA") || (isSlavoGermanic && at > 0 && letter(at: at - 1) != "T") {
            add("S", "TS")
        } else {
            add("S")
        }
        return letter(at: at + 1) == "Z" ? 2 : 1
    }
}
