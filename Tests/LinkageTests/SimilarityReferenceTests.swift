import Testing
@testable import Linkage

/// Jaro, Jaro–Winkler and the edit distances against independent values.
@Suite("String similarity against reference implementations")
struct SimilarityReferenceTests {
    /// Doubles from jellyfish are printed with `repr`, so they round-trip; a
    /// different but correct order of floating-point operations may still
    /// differ in the last bits.
    static let tolerance = 1e-12

    // Expected: jellyfish 1.3.0 jaro_similarity (ReferenceValues.swift, made by
    // Fixtures/make_reference.py).
    @Test("Jaro matches jellyfish", arguments: ReferenceValues.similarities)
    func jaro(row: (a: String, b: String, jaro: Double, jaroWinkler: Double)) {
        #expect(abs(StringSimilarity.jaro(row.a, row.b) - row.jaro) < Self.tolerance)
    }

    // Expected: jellyfish 1.3.0 jaro_winkler_similarity (long_tolerance off).
    @Test("Jaro–Winkler matches jellyfish", arguments: ReferenceValues.similarities)
    func jaroWinkler(row: (a: String, b: String, jaro: Double, jaroWinkler: Double)) {
        #expect(abs(StringSimilarity.jaroWinkler(row.a, row.b) - row.jaroWinkler) < Self.tolerance)
    }

    // Expected: jellyfish 1.3.0 levenshtein_distance.
    @Test("Levenshtein matches jellyfish", arguments: ReferenceValues.distances)
    func levenshtein(row: (a: String, b: String, levenshtein: Int, damerauLevenshtein: Int)) {
        #expect(StringSimilarity.levenshtein(row.a, row.b) == row.levenshtein)
    }

    // Expected: jellyfish 1.3.0 damerau_levenshtein_distance, which is the
    // unrestricted distance (it gives 2 for "CA"/"ABC").
    @Test("Damerau–Levenshtein matches jellyfish", arguments: ReferenceValues.distances)
    func damerauLevenshtein(row: (a: String, b: String, levenshtein: Int, damerauLevenshtein: Int)) {
        #expect(StringSimilarity.damerauLevenshtein(row.a, row.b) == row.damerauLevenshtein)
    }

    // Expected: the worked examples published with the method, as reproduced
    // in Winkler, "String Comparator Metrics and Enhanced Decision Rules in the
    // Fellegi-Sunter Model of Record Linkage" (1990), and on Wikipedia's
    // "Jaro–Winkler distance" page, rounded to three decimals there.
    @Test("Winkler's published examples", arguments: [
        ("MARTHA", "MARHTA", 0.944, 0.961),
        ("DWAYNE", "DUANE", 0.822, 0.840),
        ("DIXON", "DICKSONX", 0.767, 0.813),
    ])
    func winklerExamples(a: String, b: String, jaro: Double, jaroWinkler: Double) {
        #expect(abs(StringSimilarity.jaro(a, b) - jaro) < 0.0005)
        #expect(abs(StringSimilarity.jaroWinkler(a, b) - jaroWinkler) < 0.0005)
    }

    // Expected: by hand. Optimal string alignment cannot edit a transposed
    // pair again, so it needs 3 edits for "CA" → "ABC"; the true distance swaps
    // to "AC" and inserts "B": 2. jellyfish agrees (table above).
    @Test("Damerau–Levenshtein is the unrestricted distance, not optimal string alignment")
    func unrestrictedTransposition() {
        #expect(StringSimilarity.damerauLevenshtein("CA", "ABC") == 2)
        #expect(StringSimilarity.levenshtein("CA", "ABC") == 3)
        #expect(StringSimilarity.damerauLevenshtein("MARTHA", "MARHTA") == 1)
        #expect(StringSimilarity.levenshtein("MARTHA", "MARHTA") == 2)
    }

    // Expected: Linkage's own definition (documented on `jaro`): identical
    // strings score 1 even when empty. jellyfish returns 0 here, which is why
    // this pair is not in the reference table.
    @Test("Two empty strings are identical")
    func emptyStrings() {
        #expect(StringSimilarity.jaro("", "") == 1)
        #expect(StringSimilarity.jaroWinkler("", "") == 1)
        #expect(StringSimilarity.jaro("", "Olga") == 0)
        #expect(StringSimilarity.jaroWinkler("Olga", "") == 0)
        #expect(StringSimilarity.levenshtein("", "") == 0)
        #expect(StringSimilarity.damerauLevenshtein("", "") == 0)
    }

    // Expected: by definition of the Winkler boost. "ab" vs "ba" have Jaro 0
    // (no match within the window of 0), and "abcd"/"axyz" share a prefix but
    // score below 0.7, so neither gets the prefix boost.
    @Test("The prefix boost applies only above 0.7")
    func boostThreshold() {
        let jaro = StringSimilarity.jaro("abcd", "axyz")
        #expect(jaro < 0.7)
        #expect(StringSimilarity.jaroWinkler("abcd", "axyz") == jaro)
        #expect(StringSimilarity.jaroWinkler("ab", "ba") == 0)
    }

    // Expected: by hand. Scalars, not grapheme clusters, are compared: the
    // precomposed "é" (U+00E9) and "e" + U+0301 differ, by one substitution
    // and one insertion.
    @Test("Comparison is by Unicode scalar")
    func scalars() {
        #expect(StringSimilarity.levenshtein("Jos\u{E9}", "Jose\u{301}") == 2)
        #expect(StringSimilarity.levenshtein("Jos\u{E9}", "Jose") == 1)
    }
}
