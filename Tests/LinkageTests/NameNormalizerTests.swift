import Testing
@testable import Linkage

/// Expected values are written by hand: ASCII folding by the Unicode
/// decompositions, Cyrillic by BGN/PCGN, other scripts by ICU's Any-Latin
/// transliteration (consonant skeletons for Arabic, Hanyu Pinyin for
/// Chinese), then the documented clean-up.
@Suite("Name normalisation")
struct NameNormalizerTests {
    @Test("Diacritics are removed", arguments: [
        ("José", "jose"), ("Nguyễn Văn Anh", "nguyen van anh"), ("Müller", "muller"),
        ("François Lefèvre", "francois lefevre"), ("Łukasz Żółć", "lukasz zolc"),
        ("Søren Kierkegaard", "soren kierkegaard"), ("Straße", "strasse"), ("İstanbul", "istanbul"),
        ("Đặng Thị Hồng", "dang thi hong"), ("Þórður", "thordur"), ("Ærø", "aero"),
        ("Ngozi Ọkọnjọ-Iwẹala", "ngozi okonjo iweala"), ("Ɓello Ɗanjuma", "bello danjuma"),
    ])
    func diacritics(name: String, expected: String) {
        #expect(NameNormalizer.normalise(name) == expected)
    }

    @Test("Decomposed input gives the same result as precomposed")
    func decomposed() {
        #expect(NameNormalizer.normalise("Nguye\u{302}\u{303}n") == "nguyen")
        #expect(NameNormalizer.normalise("Jose\u{301}") == NameNormalizer.normalise("Jos\u{E9}"))
    }

    // Cyrillic follows BGN/PCGN without apostrophes (Linkage's own table,
    // so that "Наталья" reads as in a passport, not ISO 9's "Natalʹâ");
    // ш is "sh" whatever the language (Serbian Latin would write "š"). Greek
    // is ICU's ELOT-like reading.
    @Test("Cyrillic and Greek are transliterated", arguments: [
        ("Ольга", "olga"), ("ОЛЬГА ИВАНОВА", "olga ivanova"), ("Оксана Коваленко", "oksana kovalenko"),
        ("Владимир", "vladimir"), ("Наталья", "natalya"), ("Сергей", "sergey"),
        ("Жанна Чернышёва", "zhanna chernysheva"), ("Юлия Щербакова", "yuliya shcherbakova"),
        ("Хасан Цой", "khasan tsoy"), ("Олексій Їжак", "oleksiy yizhak"), ("Ђорђе Његош", "djordje njegosh"),
        ("Αλέξανδρος Παπαδόπουλος", "alexandros papadopoulos"),
    ])
    func cyrillicAndGreek(name: String, expected: String) {
        #expect(NameNormalizer.normalise(name) == expected)
    }

    // Arabic script is written without short vowels, so only the consonant
    // skeleton comes through; the ayn ("ʿ") is dropped like an apostrophe.
    @Test("Arabic is transliterated", arguments: [
        ("محمد", "mhmd"), ("عائشة", "aysht"), ("محمد عبد الله", "mhmd bd allh"),
    ])
    func arabic(name: String, expected: String) {
        #expect(NameNormalizer.normalise(name) == expected)
    }

    // Han characters come out as Pinyin, one syllable per character.
    @Test("Chinese is transliterated", arguments: [
        ("张伟", "zhang wei"), ("王芳", "wang fang"), ("习近平", "xi jin ping"),
    ])
    func chinese(name: String, expected: String) {
        #expect(NameNormalizer.normalise(name) == expected)
    }

    @Test("Apostrophes are dropped", arguments: [
        ("O'Brien", "obrien"), ("O’Brien", "obrien"), ("D'Angelo", "dangelo"),
        ("N'Diaye", "ndiaye"), ("Ngũgĩ wa Thiong'o", "ngugi wa thiongo"), ("Hawaiʻi", "hawaii"),
    ])
    func apostrophes(name: String, expected: String) {
        #expect(NameNormalizer.normalise(name) == expected)
    }

    @Test("Punctuation and hyphens separate tokens", arguments: [
        ("Jean-Pierre", "jean pierre"), ("Abdul-Rahman al-Sayed", "abdul rahman al sayed"),
        ("Smith–Jones", "smith jones"), ("SMITH, John", "smith john"),
        ("Dr. J.R.R. Tolkien", "dr j r r tolkien"), ("(Maria) \"Masha\" Petrova", "maria masha petrova"),
        ("Anna/Anne", "anna anne"),
    ])
    func punctuation(name: String, expected: String) {
        #expect(NameNormalizer.normalise(name) == expected)
    }

    @Test("Spaces are collapsed and trimmed; compatibility forms folded", arguments: [
        ("  Maria \t del\u{A0}Carmen \n", "maria del carmen"), ("ＭＡＲＩＡ", "maria"),
        ("Soﬁa", "sofia"), ("Mary-\u{AD}Ann", "mary ann"), ("Louis 14", "louis 14"), ("Louis ١٤", "louis 14"),
        ("", ""), ("   ", ""), ("-- ' --", ""), ("👩‍👩‍👧", ""),
    ])
    func whitespace(name: String, expected: String) {
        #expect(NameNormalizer.normalise(name) == expected)
    }

    @Test("Tokens are the words of the normal form")
    func tokens() {
        #expect(NameNormalizer.tokens("  Jean-Pierre  O'Brien ") == ["jean", "pierre", "obrien"])
        #expect(NameNormalizer.tokens("张伟") == ["zhang", "wei"])
        #expect(NameNormalizer.tokens("Ольга Иванова") == ["olga", "ivanova"])
        #expect(NameNormalizer.tokens("").isEmpty)
        #expect(NameNormalizer.tokens(" ,.; ").isEmpty)
    }

    @Test("The normal form is ASCII, single-spaced and stable", arguments: [
        "José Nguyễn-Ольга", "محمد عبد الله", "张伟  O'Brien", "Ærø Straße", "ＭＡＲＩＡ  ﬁ",
    ])
    func normalFormShape(name: String) {
        let normal = NameNormalizer.normalise(name)
        #expect(normal.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == " " })
        #expect(!normal.contains("  ") && !normal.hasPrefix(" ") && !normal.hasSuffix(" "))
        #expect(NameNormalizer.normalise(normal) == normal)
    }
}
