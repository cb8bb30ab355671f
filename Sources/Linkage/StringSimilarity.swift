/// Similarities and edit distances between two strings, for ranking
/// candidate persons and, later, as comparison functions in record linkage.
///
/// Every function compares **Unicode scalars**, not `Character`s (grapheme
/// clusters): "é" written as one scalar and "e" + U+0301 are different, and a
/// combining accent counts as one edit. This matches how the reference
/// libraries count (Python strings are sequences of code points) and keeps the
/// cost independent of grapheme segmentation. Compare names after
/// ``NameNormalizer/normalise(_:)``, which leaves only ASCII, so the choice
/// makes no difference there.
///
/// Comparisons are case-sensitive; normalise first.
public enum StringSimilarity {
    /// Jaro similarity (Jaro 1989), in 0...1, 1 for identical strings.
    ///
    /// Two scalars match when they are equal and no further apart than
    /// `max(|a|, |b|) / 2 - 1` positions. With `m` matches and `t` half the
    /// number of matched scalars that are out of order, the similarity is
    /// `(m/|a| + m/|b| + (m - t)/m) / 3`. Like Winkler's `strcmp95` code and
    /// the jellyfish library, `t` is rounded down when the count is odd.
    ///
    /// Two empty strings are identical and score 1; an empty string against a
    /// non-empty one scores 0. (jellyfish returns 0 for two empty strings; an
    /// empty name should be handled as "missing" before it gets here anyway.)
    public static func jaro(_ a: String, _ b: String) -> Double {
        jaro(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// Jaro–Winkler similarity (Winkler 1990), in 0...1.
    ///
    /// Names that agree at the start are more likely to be the same name, so
    /// the Jaro similarity `j` is raised by `ℓ × 0.1 × (1 − j)`, where `ℓ` is
    /// the length of the common prefix, at most 4. As in Winkler's `strcmp95`,
    /// the boost applies only when `j` exceeds 0.7, so a shared initial does
    /// not lift two unrelated names.
    public static func jaroWinkler(_ a: String, _ b: String) -> Double {
        let first = Array(a.unicodeScalars), second = Array(b.unicodeScalars)
        let similarity = jaro(first, second)
        guard similarity > boostThreshold else { return similarity }

        var prefix = 0
        while prefix < min(maxPrefix, first.count, second.count) && first[prefix] == second[prefix] {
            prefix += 1
        }
        return similarity + Double(prefix) * prefixScale * (1 - similarity)
    }

    /// Winkler's prefix scale `p`; `p × maxPrefix` must not exceed 1 or the
    /// score could pass 1.
    static let prefixScale = 0.1
    /// Winkler's longest prefix that earns a boost.
    static let maxPrefix = 4
    /// Winkler's boost threshold: below it the Jaro score stands unchanged.
    static let boostThreshold = 0.7

    private static func jaro(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }

        let window = max(0, max(a.count, b.count) / 2 - 1)
        var matchedInA = [Bool](repeating: false, count: a.count)
        var matchedInB = [Bool](repeating: false, count: b.count)
        var matches = 0
        for i in a.indices {
            let low = max(0, i - window)
            let high = min(i + window, b.count - 1)
            guard low <= high else { continue }
            for j in low...high where !matchedInB[j] && a[i] == b[j] {
                matchedInA[i] = true
                matchedInB[j] = true
                matches += 1
                break
            }
        }
        guard matches > 0 else { return 0 }

        // Walk the matched scalars of both strings in order; each position
        // where they differ is half a transposition.
        var outOfOrder = 0
        var j = 0
        for i in a.indices where matchedInA[i] {
            while !matchedInB[j] { j += 1 }
            if a[i] != b[j] { outOfOrder += 1 }
            j += 1
        }
        let transpositions = Double(outOfOrder / 2)

        let m = Double(matches)
        return (m / Double(a.count) + m / Double(b.count) + (m - transpositions) / m) / 3
    }
}
