/// Phonetic keys for names: codes that spelling variants of the same spoken
/// name tend to share ("Smith"/"Schmidt", "Catherine"/"Kathryn").
///
/// Search-before-create stores these keys in blind indexes so that a person
/// already on file is found even when the new entry spells the name another
/// way; the record-linkage engine uses agreement on them as one comparison.
///
/// All encoders expect one already-normalised word (see
/// ``NameNormalizer/tokens(_:)``): ASCII letters, any case. They read the input
/// as Unicode scalars and never trap on other input: scalars that are not
/// ASCII letters are ignored (Soundex, NYSIIS) or treated as silent
/// (Double Metaphone), so a key can be empty but is never garbage.
public enum Phonetic {}

/// The uppercase ASCII letters of a word, in order, as Unicode scalars.
///
/// Soundex and NYSIIS are defined over the 26 letters only; anything else
/// (digits, spaces, leftovers of an unnormalised input) is dropped so that it
/// neither crashes the coders nor breaks the adjacency rules between letters.
func asciiLetters(of word: String) -> [Unicode.Scalar] {
    var letters: [Unicode.Scalar] = []
    letters.reserveCapacity(word.unicodeScalars.count)
    for scalar in word.unicodeScalars {
        switch scalar.value {
        case 0x41...0x5A:
            letters.append(scalar)
        case 0x61...0x7A:
            letters.append(Unicode.Scalar(UInt8(scalar.value - 0x20)))
        default:
            continue
        }
    }
    return letters
}
