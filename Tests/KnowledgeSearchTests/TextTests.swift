import Testing
@testable import KnowledgeSearch

@Suite("Normaliser and tokenizer")
struct TextTests {
    @Test func normalisation() {
        #expect(TextNormaliser.normalise("Café DÉJÀ Vu") == "cafe deja vu")
        #expect(TextNormaliser.normalise("ＩＬＯ　２０１９") == "ilo 2019")          // full-width ASCII and space
        #expect(TextNormaliser.normalise("Straße Łódź İstanbul") == "strasse lodz istanbul")
        #expect(TextNormaliser.normalise("Йошкар-Ола") == "йошкар-ола")              // Cyrillic й keeps its breve
        #expect(TextNormaliser.normalise("  a \n\t b  ") == "a b")
        #expect(TextNormaliser.normalise("traf\u{00AD}ficking") == "trafficking")     // soft hyphen from PDFs
        #expect(TextNormaliser.normalise("劳动\n监察 ILO") == "劳动监察 ilo")          // PDF line break inside a Chinese word
        #expect(TextNormaliser.normalise("e\u{301}") == "e")                         // decomposed é
    }

    @Test func latinWords() {
        #expect(Tokenizer.tokens("Forced-labour cases, don't; 2019!") == ["forced", "labour", "cases", "don", "t", "2019"])
    }

    @Test func cyrillicAndArabic() {
        #expect(Tokenizer.tokens("Торговля людьми") == ["торговля", "людьми"])
        #expect(Tokenizer.tokens("الاتجار بالأشخاص") == ["الاتجار", "بالأشخاص"])
    }

    @Test func mixedChineseAndLatin() {
        #expect(Tokenizer.tokens("ILO劳动监察2019") == ["ilo", "劳动", "动监", "监察", "2019"])
        #expect(Tokenizer.tokens("劳动监察。国家转介机制") == ["劳动", "动监", "监察", "国家", "家转", "转介", "介机", "机制"])
        #expect(Tokenizer.tokens("人") == ["人"])
    }

    @Test func japaneseKoreanThai() {
        #expect(Tokenizer.tokens("人身取引") == ["人身", "身取", "取引"])
        #expect(Tokenizer.tokens("トラフィッキング") == ["トラ", "ラフ", "フィ", "ィッ", "ッキ", "キン", "ング"])
        #expect(Tokenizer.tokens("인신 매매") == ["인신", "매매"])
        // "การค้า" is 5 Characters: ก า ร ค้ า — า (U+0E32) is a spacing vowel,
        // its own grapheme, while the tone mark ้ combines with ค.
        #expect(Tokenizer.tokens("การค้า") == ["กา", "าร", "รค้", "ค้า"])
    }

    @Test func tokenSequenceContainment() {
        #expect(TokenSequence.text("各国应加强劳动监察工作", containsTerm: "劳动监察"))
        #expect(!TokenSequence.text("各国应加强劳动和监察工作", containsTerm: "劳动监察"))
        #expect(TokenSequence.text("Forced labour in Mexico", containsTerm: "FORCED LABOUR"))
        #expect(!TokenSequence.text("labour was forced", containsTerm: "forced labour"))
    }
}
