import Testing
@testable import Linkage

/// Properties every similarity and distance must have, checked on the
/// reference names and on random strings over small alphabets (small
/// alphabets make repeated letters and transpositions frequent).
@Suite("String similarity properties")
struct SimilarityPropertyTests {
    /// The reference names, plus pseudo-random strings from a fixed seed.
    static let samples: [String] = {
        var generator = SplitMix64(seed: 0x5EED_1234)
        var strings = ReferenceValues.distances.flatMap { [$0.a, $0.b] }
        let alphabets: [[Character]] = [["a", "b", "c"], ["a", "b", "c", "d", "e"], ["ж", "é", "a", "张"]]
        for round in 0..<120 {
            let alphabet = alphabets[round % alphabets.count]
            let length = Int(generator.next() % 9)
            let letters = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            strings.append(String(letters))
        }
        return strings
    }()

    static let levenshtein = StringSimilarity.levenshtein
    static let damerau = StringSimilarity.damerauLevenshtein

    /// Consecutive pairs of samples, so every sample meets two others.
    static let pairs: [(String, String)] = zip(samples, samples.dropFirst() + samples.prefix(1)).map { ($0, $1) }

    @Test("Distances and similarities are symmetric")
    func symmetry() {
        for (a, b) in Self.pairs {
            #expect(Self.levenshtein(a, b) == Self.levenshtein(b, a), "\(a) / \(b)")
            #expect(Self.damerau(a, b) == Self.damerau(b, a), "\(a) / \(b)")
            #expect(StringSimilarity.jaro(a, b) == StringSimilarity.jaro(b, a), "\(a) / \(b)")
            #expect(StringSimilarity.jaroWinkler(a, b) == StringSimilarity.jaroWinkler(b, a), "\(a) / \(b)")
        }
    }

    @Test("Similarities lie in 0...1 and Jaro–Winkler never lowers Jaro")
    func bounds() {
        for (a, b) in Self.pairs {
            let jaro = StringSimilarity.jaro(a, b)
            let jaroWinkler = StringSimilarity.jaroWinkler(a, b)
            #expect((0...1).contains(jaro), "\(a) / \(b): \(jaro)")
            #expect((0...1).contains(jaroWinkler), "\(a) / \(b): \(jaroWinkler)")
            #expect(jaroWinkler >= jaro, "\(a) / \(b)")
        }
    }

    @Test("Identical strings score 1 and are at distance 0")
    func identity() {
        for text in Self.samples {
            #expect(StringSimilarity.jaro(text, text) == 1, "\(text)")
            #expect(StringSimilarity.jaroWinkler(text, text) == 1, "\(text)")
            #expect(StringSimilarity.levenshtein(text, text) == 0, "\(text)")
            #expect(StringSimilarity.damerauLevenshtein(text, text) == 0, "\(text)")
        }
    }

    @Test("Distances are bounded by the lengths; transpositions only help")
    func distanceBounds() {
        for (a, b) in Self.pairs {
            let lengths = (a.unicodeScalars.count, b.unicodeScalars.count)
            let levenshtein = StringSimilarity.levenshtein(a, b)
            let damerau = StringSimilarity.damerauLevenshtein(a, b)
            #expect(levenshtein >= abs(lengths.0 - lengths.1), "\(a) / \(b)")
            #expect(levenshtein <= max(lengths.0, lengths.1), "\(a) / \(b)")
            #expect(damerau <= levenshtein, "\(a) / \(b)")
            #expect((damerau == 0) == (a.unicodeScalars.elementsEqual(b.unicodeScalars)), "\(a) / \(b)")
        }
    }

    // The first triple is the classic one that optimal string alignment
    // fails (1 + 1 < 3); the true Damerau–Levenshtein distance is a metric.
    @Test("Triangle inequality", arguments: [
        ("CA", "AC", "ABC"),
        ("Mohammed", "Mohamed", "Muhammad"),
        ("Catherine", "Katherine", "Kathryn"),
        ("Jon", "John", "Joan"),
        ("Oksana", "Oxana", "Aksana"),
    ])
    func triangleInequality(a: String, b: String, c: String) {
        for (x, y, z) in [(a, b, c), (b, c, a), (c, a, b)] {
            #expect(Self.levenshtein(x, z) <= Self.levenshtein(x, y) + Self.levenshtein(y, z))
            #expect(Self.damerau(x, z) <= Self.damerau(x, y) + Self.damerau(y, z))
        }
    }

    @Test("Triangle inequality on random triples")
    func randomTriangles() {
        let samples = Self.samples
        for index in samples.indices {
            let x = samples[index]
            let y = samples[(index + 7) % samples.count]
            let z = samples[(index + 13) % samples.count]
            #expect(Self.levenshtein(x, z) <= Self.levenshtein(x, y) + Self.levenshtein(y, z), "\(x) / \(y) / \(z)")
            #expect(Self.damerau(x, z) <= Self.damerau(x, y) + Self.damerau(y, z), "\(x) / \(y) / \(z)")
        }
    }
}

/// A tiny deterministic generator (SplitMix64), so that the random samples are
/// the same on every run and every machine.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
