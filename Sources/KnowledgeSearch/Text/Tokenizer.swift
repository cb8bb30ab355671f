/// Splits normalised text into index tokens.
///
/// Space-separated scripts (Latin, Cyrillic, Arabic, Greek, …) yield words:
/// runs of letters, marks and digits; everything else, apostrophes included,
/// separates words. Splitting at apostrophes (don't → don, t) is what both
/// SQLite's `unicode61` tokenizer and PostgreSQL's default parser do, so our
/// lexemes meet theirs.
///
/// Han, Hiragana, Katakana, Hangul and Thai have no spaces between words, and a
/// dictionary-based segmenter is out of reach for a Foundation-only library.
/// Runs of these characters therefore yield overlapping character bigrams
/// (劳动监察 → 劳动, 动监, 监察), as Lucene's `CJKAnalyzer` does; a one-character
/// run yields that character. A word of n ≥ 2 characters is present in a text
/// exactly when its n−1 bigrams occur consecutively, which
/// `TokenSequence.contains` checks.
public enum Tokenizer {
    /// Tokens of `text`, which is normalised first.
    public static func tokens(_ text: String) -> [String] {
        tokens(normalised: TextNormaliser.normalise(text))
    }

    /// Tokens of text that is already in `TextNormaliser` form. PostgreSQL's
    /// vectors are made from these tokens for every indexed decision, so plain
    /// ASCII is read as bytes (`CharacterWalk`).
    public static func tokens(normalised text: String) -> [String] {
        var splitter = Splitter()
        CharacterWalk.walk(text, ascii: { splitter.add(ascii: $0) }, cjk: { splitter.add(bigram: Character($0)) }, character: { splitter.add($0) })
        splitter.flushWord()
        splitter.flushRun()
        return splitter.tokens
    }

    /// The tokens so far, the word being read and the run of bigram characters.
    /// (A struct rather than closures over local variables, whose captured
    /// state Swift checks for exclusive access on every character.)
    private struct Splitter {
        var tokens: [String] = []
        var word: [UInt8] = []
        var run: [Character] = []

        mutating func add(ascii byte: UInt8) {
            if ScriptClass.isWordCharacter(ascii: byte) {
                flushRun()
                word.append(byte)
            } else {
                flushWord()
                flushRun()
            }
        }

        mutating func add(bigram character: Character) {
            flushWord()
            run.append(character)
        }

        mutating func add(_ character: Character) {
            if ScriptClass.isBigramScript(character) {
                add(bigram: character)
            } else if ScriptClass.isWordCharacter(character) {
                flushRun()
                word.append(contentsOf: character.utf8)
            } else {
                flushWord()
                flushRun()
            }
        }

        mutating func flushWord() {
            guard !word.isEmpty else { return }
            tokens.append(String(decoding: word, as: UTF8.self))
            word.removeAll(keepingCapacity: true)
        }

        mutating func flushRun() {
            guard !run.isEmpty else { return }
            if run.count == 1 {
                tokens.append(String(run[0]))
            } else {
                for index in 0..<(run.count - 1) {
                    tokens.append(String(run[index]) + String(run[index + 1]))
                }
            }
            run.removeAll(keepingCapacity: true)
        }
    }
}
