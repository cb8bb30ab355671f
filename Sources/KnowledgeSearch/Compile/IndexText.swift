/// The form of normalised text that the full-text indexes hold (SQLite's FTS5
/// table with its `unicode61` word tokenizer, PostgreSQL's tsvector), and that
/// query leaves are written in.
///
/// Words of space-separated scripts pass through unchanged. Each run of a
/// script written without spaces (Han, kana, Hangul, Thai; see `ScriptClass`)
/// becomes its overlapping character bigrams, so 国家转介机制 is indexed as
/// `国家 家转 转介 介机 机制`, and a run of one character as that character.
/// A query for two or more such characters is then the phrase of its bigrams,
/// which matches wherever the characters stand together: substring search for
/// languages without spaces (the CJK bigram scheme of Lucene's `CJKAnalyzer`).
///
/// Why not the `trigram` tokenizer for everything: at 100,000 decisions of a
/// few kilobytes, a common English word is a phrase of many trigrams whose
/// position lists FTS5 must intersect (0.2 s to count `recruitment`), and
/// trigram indexing ran at about 670 records/s. Words count in a few
/// milliseconds and index three to four times faster. On PostgreSQL the same
/// bigrams replace a `pg_trgm` index over whole decisions, which cost far more
/// to write than the tsvector itself.
public enum IndexText {
    /// The indexed form of `normalised` (the output of `TextNormaliser.normalise`).
    public static func make(_ normalised: String) -> String {
        // Written as UTF-8 bytes: this runs over every decision that is indexed.
        var out: [UInt8] = []
        out.reserveCapacity(normalised.utf8.count + normalised.utf8.count / 2)
        var run: [Unicode.Scalar] = []
        func append(_ scalar: Unicode.Scalar) {
            UTF8.encode(scalar) { out.append($0) }
        }
        func flushRun() {
            guard !run.isEmpty else { return }
            if let last = out.last, last != 0x20 { out.append(0x20) }
            if run.count == 1 {
                append(run[0])
            } else {
                for index in 1..<run.count {
                    if index > 1 { out.append(0x20) }
                    append(run[index - 1])
                    append(run[index])
                }
            }
            out.append(0x20)
            run.removeAll(keepingCapacity: true)
        }
        for scalar in normalised.unicodeScalars {
            if scalar.isASCII {
                flushRun()
                out.append(UInt8(scalar.value))
            } else if ScriptClass.isBigramScript(scalar) {
                run.append(scalar)
            } else {
                flushRun()
                append(scalar)
            }
        }
        flushRun()
        while out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a query leaf must be searched as a substring (`LIKE` on the
    /// indexed column) instead of a MATCH phrase: a lone character of a
    /// bigram script, which may stand second in a bigram, or text without
    /// any letter or digit, which the tokenizer drops.
    static func needsSubstringSearch(_ normalised: String) -> Bool {
        let scalars = normalised.unicodeScalars
        if scalars.count == 1, let only = scalars.first, ScriptClass.isBigramScript(only) { return true }
        return !scalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}
