import Testing
@testable import Linkage

/// Soundex, NYSIIS and Double Metaphone against independent values.
@Suite("Phonetic codes against reference implementations")
struct PhoneticReferenceTests {
    typealias Row = (word: String, soundex: String, nysiis: String, nysiisFull: String,
                     metaphone: (String, String), metaphoneFull: (String, String))

    // Expected: jellyfish 1.3.0 soundex (ReferenceValues.swift, made by
    // Fixtures/make_reference.py).
    @Test("Soundex matches jellyfish", arguments: ReferenceValues.words)
    func soundex(row: Row) {
        #expect(Phonetic.soundex(row.word) == row.soundex)
        #expect(Phonetic.soundex(row.word.uppercased()) == row.soundex)
    }

    // Expected: abydos 0.5.0 NYSIIS() (6 characters) and NYSIIS(max_length=-1).
    @Test("NYSIIS matches abydos", arguments: ReferenceValues.words)
    func nysiis(row: Row) {
        #expect(Phonetic.nysiis(row.word) == row.nysiis)
        #expect(Phonetic.nysiis(row.word, maxLength: 0) == row.nysiisFull)
    }

    // Expected: abydos 0.5.0 DoubleMetaphone(max_length=4) and (max_length=-1),
    // with an empty abydos alternate replaced by the primary.
    @Test("Double Metaphone matches abydos", arguments: ReferenceValues.words)
    func doubleMetaphone(row: Row) {
        let short = Phonetic.doubleMetaphone(row.word)
        #expect(short.primary == row.metaphone.0)
        #expect(short.alternate == row.metaphone.1)
        let full = Phonetic.doubleMetaphone(row.word, maxLength: 0)
        #expect(full.primary == row.metaphoneFull.0)
        #expect(full.alternate == row.metaphoneFull.1)
        let shouted = Phonetic.doubleMetaphone(row.word.uppercased())
        #expect(shouted.primary == short.primary && shouted.alternate == short.alternate)
    }

    // Expected: the examples of the U.S. National Archives' Soundex rules
    // ("The Soundex Indexing System", archives.gov), independent of jellyfish.
    @Test("National Archives Soundex examples", arguments: [
        ("Robert", "R163"), ("Rupert", "R163"), ("Rubin", "R150"), ("Ashcraft", "A261"),
        ("Ashcroft", "A261"), ("Tymczak", "T522"), ("Pfister", "P236"), ("Honeyman", "H555"),
        ("Lee", "L000"), ("Gutierrez", "G362"), ("Jackson", "J250"),
    ])
    func archivesSoundex(name: String, code: String) {
        #expect(Phonetic.soundex(name) == code)
    }

    // Expected: Philips' own examples (C/C++ Users Journal, June 2000, as
    // quoted on Wikipedia's "Metaphone" page): "Smith" and "Schmidt" meet on XMT.
    @Test("Philips' Smith/Schmidt example")
    func smithSchmidt() {
        #expect(Phonetic.doubleMetaphone("Smith") == ("SM0", "XMT"))
        #expect(Phonetic.doubleMetaphone("Schmidt") == ("XMT", "SMT"))
    }

    // Expected: by hand from the rule texts; these are the cases where
    // published implementations disagree, so the choice is pinned here.
    @Test("Padding, in-place rewriting and the kept first letter")
    func contestedCases() {
        // Philips pads with blanks: "Jose" alone is Spanish; "Josef" is not.
        #expect(Phonetic.doubleMetaphone("jose") == ("HS", "HS"))
        #expect(Phonetic.doubleMetaphone("josef") == ("JSF", "HSF"))
        // Taft rewrites in place: W after a rewritten vowel copies "A".
        #expect(Phonetic.nysiis("lowe") == "L")
        // Linkage keeps the first letter where abydos would return "".
        #expect(Phonetic.nysiis("ss") == "S")
        #expect(Phonetic.nysiis("a") == "A")
    }

    // Expected: by definition of maxLength (prefix of the unlimited code).
    @Test("Code length limits")
    func lengths() {
        #expect(Phonetic.doubleMetaphone("Christopher", maxLength: 0) == ("KRSTFR", "KRSTFR"))
        #expect(Phonetic.doubleMetaphone("Christopher") == ("KRST", "KRST"))
        #expect(Phonetic.doubleMetaphone("Christopher", maxLength: 2) == ("KR", "KR"))
        #expect(Phonetic.nysiis("Christopher", maxLength: 0).count > 6)
        #expect(Phonetic.nysiis("Christopher").count == 6)
    }

    @Test("Phonetic variants of one name share a key")
    func variantsMeet() {
        // Expected: the reference table (abydos / jellyfish), read as pairs.
        func metaphoneMeets(_ a: String, _ b: String) -> Bool {
            let x = Phonetic.doubleMetaphone(a), y = Phonetic.doubleMetaphone(b)
            return [x.primary, x.alternate].contains(where: { [y.primary, y.alternate].contains($0) })
        }
        #expect(metaphoneMeets("mohammed", "muhammad"))
        #expect(metaphoneMeets("catherine", "kathryn"))
        #expect(metaphoneMeets("schmidt", "smith"))
        #expect(metaphoneMeets("oksana", "oxana"))
        #expect(metaphoneMeets("jon", "john"))
        #expect(Phonetic.soundex("dixon") == Phonetic.soundex("dickson"))
        #expect(Phonetic.nysiis("catherine") == Phonetic.nysiis("katherine"))
    }

    // Expected: the documented contract: only ASCII letters are read, nothing
    // traps, and input without letters gives an empty code.
    @Test("Anything at all is accepted", arguments: [
        "", " ", "123", "---", "ß", "Ольга", "张伟", "👩‍👩‍👧", "e\u{301}", "\u{0}", "o'brien", "van damme",
        String(repeating: "schwarzkopf", count: 200),
    ])
    func robustness(input: String) {
        let metaphone = Phonetic.doubleMetaphone(input)
        let unlimited = Phonetic.doubleMetaphone(input, maxLength: 0)
        #expect(metaphone.primary.count <= 4 && metaphone.alternate.count <= 4)
        #expect(unlimited.primary.hasPrefix(metaphone.primary))
        let soundex = Phonetic.soundex(input)
        #expect(soundex.isEmpty || soundex.count == 4)
        #expect(Phonetic.nysiis(input).count <= 6)
        let hasLetter = input.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        #expect(soundex.isEmpty == !hasLetter)
        #expect(Phonetic.nysiis(input).isEmpty == !hasLetter)
    }
}
