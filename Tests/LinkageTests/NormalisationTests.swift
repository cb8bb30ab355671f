import Testing
@testable import Linkage

/// Expected values: E.164 by the ITU-T rules; folds by the rules listed in
/// `NameFolding` (each pair is two romanisations of one name).
@Suite("Phones, folding, byte similarity")
struct NormalisationTests {
    @Test("E.164 normalisation", arguments: [
        ("+44 7700 900123", "+447700900123"), ("07700 900123", "+447700900123"),
        ("0044-7700-900123", "+447700900123"), ("+44 (0)7700 900123", "+447700900123"),
        ("+380 67 123 4567", "+380671234567"),
    ])
    func e164(input: String, expected: String) {
        #expect(PhoneNormalizer().normalise(input) == expected)
    }

    @Test("Too short or too long is not a phone number")
    func e164Invalid() {
        #expect(PhoneNormalizer().normalise("12345") == nil)
        #expect(PhoneNormalizer().normalise("+1234567890123456") == nil)
        #expect(PhoneNormalizer().normalise("") == nil)
    }

    @Test("Romanisation variants fold together", arguments: [
        ("kharchenko", "harchenko"), ("shevchenko", "schewtschenko"), ("zhanna", "schanna"),
        ("yulia", "julija"), ("hussein", "husayn"), ("kareem", "karim"), ("mahmood", "mahmud"),
        ("hsu", "xu"), ("zhou", "chou"), ("hassan", "hasan"), ("tsoi", "tzoi"),
    ])
    func folds(a: String, b: String) {
        #expect(NameFolding.fold(a) == NameFolding.fold(b))
    }

    @Test("Different names stay apart after folding")
    func foldsKeepDifferences() {
        #expect(NameFolding.fold("olena") != NameFolding.fold("olga"))
        #expect(NameFolding.fold("ivan") != NameFolding.fold("iryna"))
    }

    @Test("Arabic articles are dropped, other names are not cut")
    func articles() {
        #expect(NameFolding.dropArticles(["al", "hassan"]) == ["hassan"])
        #expect(NameFolding.dropArticles(["alhassan"]) == ["hassan"])
        #expect(NameFolding.dropArticles(["alexander"]) == ["alexander"])
        #expect(NameFolding.dropArticles(["elena"]) == ["elena"])
    }

    @Test("Byte versions agree with the reference implementations on random ASCII")
    func byteSimilarity() {
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array("abcdehiknorsty".utf8)
        for _ in 0..<2000 {
            let a = (0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let b = (0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let sa = String(decoding: a, as: UTF8.self), sb = String(decoding: b, as: UTF8.self)
            a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in
                    #expect(ByteSimilarity.damerauLevenshtein(x, y) == StringSimilarity.damerauLevenshtein(sa, sb))
                    #expect(abs(ByteSimilarity.jaroWinkler(x, y) - StringSimilarity.jaroWinkler(sa, sb)) < 1e-12)
                }
            }
        }
    }
}
