/// Folds the spelling variants that romanisation schemes produce into one
/// comparison form ("skeleton"), applied to tokens that
/// ``NameNormalizer/normalise(_:)`` has already made lower-case ASCII.
///
/// The same Cyrillic, Arabic or Chinese name reaches lists spelt by
/// different conventions: Ukrainian national, BGN/PCGN, German or French
/// romanisation ("Oleksandr"/"Aleksandr", "Kharchenko"/"Charchenko",
/// "Tsoi"/"Zoi"), Arabic romanisations ("Hussein"/"Husayn", "Kareem"/"Karim"),
/// and pinyin versus Wade–Giles ("Zhou"/"Chou", "Xu"/"Hsu"). Each rule below
/// is general phonology (which letters a scheme uses for one sound), not a
/// list of names. The fold is lossy on purpose: it is one comparison level
/// among several, and the model learns how much agreement on it is worth.
public enum NameFolding {
    /// Multi-letter spellings of one sound, longest first so that
    /// "shch" is not read as "sh" + "ch".
    private static let digraphs: [(String, String)] = [
        // Cyrillic щ, ш, ж, ч in Ukrainian/English, German, French and Polish
        // conventions, and pinyin zh/ch/sh versus Wade–Giles ch: one class "x"
        // (a letter freed below, since x itself becomes "ks").
        ("schtsch", "x"), ("shch", "x"), ("chtch", "x"), ("tsch", "x"), ("tch", "x"),
        ("sch", "x"), ("sh", "x"), ("zh", "x"), ("ch", "x"),
        // Wade–Giles hs for pinyin x (Hsu / Xu), and x written as ks.
        ("hs", "ks"), ("x", "ks"),
        // х as kh (English), h (Polish, Ukrainian); ц as ts, tz (and c).
        ("kh", "h"), ("ts", "c"), ("tz", "c"),
        ("ph", "f"), ("ck", "k"), ("q", "k"), ("w", "v"),
        // French ou for у; English ee/oo for long i/u (Kareem, Mahmood).
        ("ou", "u"), ("oo", "u"), ("ee", "i"),
    ]

    /// Folds one normalised token.
    ///
    /// Steps: the digraph classes above; y and j to i (й, и, ы and the
    /// iotated vowels я/ю/є come out as y, j or i by scheme); g to h (г is
    /// h in Ukrainian, g in Russian-style schemes); the diphthongs ai/ei/ie
    /// to e (Hussein/Husain, Leila/Layla, є as ie or e); then doubled letters
    /// to one (Hassan/Hasan, Mohammed/Mohamed, typing doubles).
    public static func fold(_ token: String) -> String {
        var bytes = Array(token.utf8)
        // The caller gives [a-z0-9]; the x-class marker is introduced below,
        // so an input "x" must first become "ks".
        bytes = replace(bytes, digraphs)
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "y"), UInt8(ascii: "j"): bytes[index] = UInt8(ascii: "i")
            case UInt8(ascii: "g"): bytes[index] = UInt8(ascii: "h")
            default: break
            }
        }
        bytes = replace(bytes, [("ai", "e"), ("ei", "e"), ("ie", "e")])
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for byte in bytes where result.last != byte { result.append(byte) }
        return String(decoding: result, as: UTF8.self)
    }

    /// One left-to-right pass: at each position the first rule whose source
    /// matches is applied and scanning continues after it, so outputs are
    /// never re-read (an "x" produced from "sh" is not expanded to "ks").
    private static func replace(_ bytes: [UInt8], _ rules: [(String, String)]) -> [UInt8] {
        let compiled = rules.map { (Array($0.0.utf8), Array($0.1.utf8)) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 4)
        var index = 0
        scan: while index < bytes.count {
            for (source, target) in compiled where bytes[index] == source[0] && index + source.count <= bytes.count {
                if source.count == 1 || bytes[index..<index + source.count].elementsEqual(source) {
                    output.append(contentsOf: target)
                    index += source.count
                    continue scan
                }
            }
            output.append(bytes[index])
            index += 1
        }
        return output
    }

    /// Drops Arabic definite articles so that "Al-Hassan", "Al Hassan",
    /// "Alhassan", "El-Hassan" and "Hassan" agree.
    ///
    /// Normalisation has already split "al-hassan" into two tokens; the
    /// standalone tokens "al", "el", "ul" are removed when another token
    /// remains. A token glued to its article ("alhassan") is cut when the
    /// rest starts with a consonant and keeps at least four letters, which
    /// leaves "Alexander", "Alina", "Elena" and "Albert" alone.
    public static func dropArticles(_ tokens: [String]) -> [String] {
        let articles: Set<String> = ["al", "el", "ul"]
        var kept = tokens.filter { !articles.contains($0) }
        if kept.isEmpty { kept = tokens }
        return kept.map { token in
            let bytes = Array(token.utf8)
            guard bytes.count >= 6, (bytes[0] == UInt8(ascii: "a") || bytes[0] == UInt8(ascii: "e")),
                  bytes[1] == UInt8(ascii: "l"), !isVowel(bytes[2]) else { return token }
            return String(decoding: bytes[2...], as: UTF8.self)
        }
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
             UInt8(ascii: "u"), UInt8(ascii: "y"), UInt8(ascii: "l"):
            // "l" too: "allan", "ella" are not article + name.
            return true
        default:
            return false
        }
    }
}
