extension Phonetic {
    /// NYSIIS, the New York State Identification and Intelligence System code,
    /// in its original form (R. L. Taft, *Name Search Techniques*, 1970), not
    /// the later "modified NYSIIS".
    ///
    /// Taft's rules rewrite the name *in place* while a pointer scans it, so
    /// the "preceding letter" that an H or W copies is the already-rewritten
    /// one ("Lowe" → "L", "Bowman" → "BANAN"). Some libraries copy the original
    /// letter instead and produce keys such as "LAO"; we follow the text.
    ///
    /// - Parameters:
    ///   - word: one name word; only its ASCII letters are read.
    ///   - maxLength: Taft truncates keys to 6 characters, the default. Pass 0
    ///     (or any value below 1) for the full key, which separates long names
    ///     better at the cost of matching fewer variants.
    /// - Returns: the key in uppercase, `""` when `word` has no ASCII letter.
    ///   The first letter of the name is always kept: the end-of-key rules
    ///   (drop a final S or A, "AY" → "Y") apply to the letters after it, so a
    ///   short name such as "As" keeps a non-empty key ("A").
    public static func nysiis(_ word: String, maxLength: Int = 6) -> String {
        var name = asciiLetters(of: word)
        guard !name.isEmpty else { return "" }

        rewriteNYSIISPrefix(&name)
        rewriteNYSIISSuffix(&name)

        var key: [Unicode.Scalar] = [name[0]]
        var position = 1
        while position < name.count {
            rewriteNYSIISLetter(in: &name, at: position)
            if name[position] != key.last { key.append(name[position]) }
            position += 1
        }

        var rest = Array(key.dropFirst())
        if rest.last == "S" { rest.removeLast() }
        if rest.count >= 2, rest[rest.count - 2] == "A", rest[rest.count - 1] == "Y" {
            rest.removeLast(2)
            rest.append("Y")
        }
        if rest.last == "A" { rest.removeLast() }
        key = [key[0]] + rest

        if maxLength > 0, key.count > maxLength { key.removeLast(key.count - maxLength) }
        var result = ""
        result.unicodeScalars.append(contentsOf: key)
        return result
    }

    private static func isNYSIISVowel(_ letter: Unicode.Scalar?) -> Bool {
        switch letter {
        case "A", "E", "I", "O", "U": true
        default: false
        }
    }

    /// Taft step 1: MAC → MCC, KN → NN, K → C, PH and PF → FF, SCH → SSS.
    private static func rewriteNYSIISPrefix(_ name: inout [Unicode.Scalar]) {
        if name.starts(with: ["M", "A", "C"]) {
            name.replaceSubrange(0..<3, with: ["M", "C", "C"])
        } else if name.starts(with: ["K", "N"]) {
            name.replaceSubrange(0..<2, with: ["N", "N"])
        } else if name.first == "K" {
            name[0] = "C"
        } else if name.starts(with: ["P", "H"]) || name.starts(with: ["P", "F"]) {
            name.replaceSubrange(0..<2, with: ["F", "F"])
        } else if name.starts(with: ["S", "C", "H"]) {
            name.replaceSubrange(0..<3, with: ["S", "S", "S"])
        }
    }

    /// Taft step 2: a final EE or IE becomes Y; a final DT, RT, RD, NT or ND
    /// becomes D (Taft writes "Y␢" and "D␢": the blank ends the scan, which is
    /// the same as shortening the name).
    private static func rewriteNYSIISSuffix(_ name: inout [Unicode.Scalar]) {
        guard name.count >= 2 else { return }
        let ending = (name[name.count - 2], name[name.count - 1])
        switch ending {
        case ("E", "E"), ("I", "E"):
            name.removeLast(2)
            name.append("Y")
        case ("D", "T"), ("R", "T"), ("R", "D"), ("N", "T"), ("N", "D"):
            name.removeLast(2)
            name.append("D")
        default:
            break
        }
    }

    /// Taft step 5: rewrite the letter at `position` (and, for EV, SCH and PH,
    /// the letters after it) in place. Exactly one rule applies.
    private static func rewriteNYSIISLetter(in name: inout [Unicode.Scalar], at position: Int) {
        let letter = name[position]
        let next: Unicode.Scalar? = position + 1 < name.count ? name[position + 1] : nil
        let preceding = name[position - 1]

        if isNYSIISVowel(letter) {
            if letter == "E", next == "V" {
                name[position] = "A"
                name[position + 1] = "F"
            } else {
                name[position] = "A"
            }
        } else if letter == "Q" {
            name[position] = "G"
        } else if letter == "Z" {
            name[position] = "S"
        } else if letter == "M" {
            name[position] = "N"
        } else if letter == "K" {
            name[position] = next == "N" ? "N" : "C"
        } else if letter == "S", next == "C", position + 2 < name.count, name[position + 2] == "H" {
            name.replaceSubrange(position...(position + 2), with: ["S", "S", "S"])
        } else if letter == "P", next == "H" {
            name.replaceSubrange(position...(position + 1), with: ["F", "F"])
        } else if letter == "H", !isNYSIISVowel(preceding) || !isNYSIISVowel(next) {
            name[position] = preceding
        } else if letter == "W", isNYSIISVowel(preceding) {
            name[position] = preceding
        }
    }
}
