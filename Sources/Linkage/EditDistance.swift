extension StringSimilarity {
    /// Levenshtein distance: the fewest insertions, deletions and
    /// substitutions of Unicode scalars that turn `a` into `b`.
    public static func levenshtein(_ a: String, _ b: String) -> Int {
        let source = Array(a.unicodeScalars), target = Array(b.unicodeScalars)
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }

        // Two rows of the dynamic-programming table are enough.
        var previous = Array(0...target.count)
        var row = [Int](repeating: 0, count: target.count + 1)
        for i in 1...source.count {
            row[0] = i
            for j in 1...target.count {
                let substitution = previous[j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1)
                row[j] = min(substitution, previous[j] + 1, row[j - 1] + 1)
            }
            swap(&previous, &row)
        }
        return previous[target.count]
    }

    /// True (unrestricted) Damerau–Levenshtein distance: Levenshtein plus
    /// transpositions of two adjacent scalars, where the transposed scalars
    /// may also be edited around afterwards.
    ///
    /// This is a metric, unlike the "optimal string alignment" variant that is
    /// often sold under the same name: for "CA" → "ABC" it gives 2 (swap to
    /// "AC", insert "B"), where optimal string alignment gives 3. Typing errors
    /// in names are mostly of this kind, so the smaller, consistent count is
    /// the one that should feed a linkage score. Algorithm of Lowrance and
    /// Wagner (1975), O(|a| × |b|) time and space.
    public static func damerauLevenshtein(_ a: String, _ b: String) -> Int {
        let source = Array(a.unicodeScalars), target = Array(b.unicodeScalars)
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }

        // table[i + 1][j + 1] is the distance between the first i scalars of
        // `source` and the first j of `target`; row and column 0 hold a bound
        // larger than any distance so that a transposition never reaches
        // before the start.
        let columns = target.count + 2
        let infinity = source.count + target.count
        var table = [Int](repeating: 0, count: (source.count + 2) * columns)
        func index(_ i: Int, _ j: Int) -> Int { i * columns + j }

        table[index(0, 0)] = infinity
        for i in 0...source.count {
            table[index(i + 1, 0)] = infinity
            table[index(i + 1, 1)] = i
        }
        for j in 0...target.count {
            table[index(0, j + 1)] = infinity
            table[index(1, j + 1)] = j
        }

        // The last row of `source` in which each scalar was seen.
        var lastRowOf: [Unicode.Scalar: Int] = [:]
        for i in 1...source.count {
            // The last column of this row where source[i - 1] matched.
            var lastMatchingColumn = 0
            for j in 1...target.count {
                let k = lastRowOf[target[j - 1]] ?? 0
                let l = lastMatchingColumn
                var cost = 1
                if source[i - 1] == target[j - 1] {
                    cost = 0
                    lastMatchingColumn = j
                }
                table[index(i + 1, j + 1)] = min(
                    table[index(i, j)] + cost,
                    table[index(i + 1, j)] + 1,
                    table[index(i, j + 1)] + 1,
                    // Transpose target[j - 1] with source[k - 1], deleting what
                    // lies between them in `source` and inserting what lies
                    // between them in `target`.
                    table[index(k, l)] + (i - k - 1) + 1 + (j - l - 1)
                )
            }
            lastRowOf[source[i - 1]] = i
        }
        return table[index(source.count + 1, target.count + 1)]
    }
}
