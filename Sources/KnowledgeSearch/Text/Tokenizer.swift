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

    /// Tokens of text that is already in `TextNormaliser` form.
    public static func tokens(normalised text: String) -> [String] {
        var result: [String] = []
        var word = ""
        var run: [Character] = []

        func flushWord() {
            if !word.isEmpty { result.append(word); word = "" }
        }
        func flushRun() {
            if run.count == 1, let only = run.first {
                result.append(String(only))
            } else if run.count > 1 {
                for index in 0..<(run.count - 1) {
                    result.append(String(run[index]) + String(run[index + 1]))
                }
            }
            run.removeAll(keepingCapacity: true)
        }

        for character in text {
            if ScriptClass.isBigramScript(character) {
                flushWord()
                run.append(character)
            } else if ScriptClass.isWordCharacter(character) {
                flushRun()
                word.append(character)
            } else {
                flushWord()
                flushRun()
            }
        }
        flushWord()
        flushRun()
        return result
    }
}
