import Testing
@testable import KnowledgeSearch

@Suite("FTS5 indexed text")
struct IndexTextTests {
    @Test func wordsPassThroughAndRunsBecomeBigrams() {
        #expect(IndexText.make("forced labour") == "forced labour")
        #expect(IndexText.make("劳动监察") == "劳动 动监 监察")
        // A run of one character stays one token; runs are cut from adjacent words.
        #expect(IndexText.make("ilo中x") == "ilo 中 x")
        #expect(IndexText.make("the 国家转介机制, and 劳动") == "the 国家 家转 转介 介机 机制 , and 劳动")
        #expect(IndexText.make("") == "")
        // Hangul and Thai are bigram scripts too; Cyrillic is a word script.
        #expect(IndexText.make("인신매매") == "인신 신매 매매")
        #expect(IndexText.make("торговля людьми") == "торговля людьми")
    }

    @Test func everyCharacterOfARunIsFoundBySubstring() {
        // A lone character is searched with LIKE on the indexed text; it must
        // still be there whatever its place in the run.
        let indexed = IndexText.make(TextNormaliser.normalise("国家转介机制"))
        for character in "国家转介机制" { #expect(indexed.contains(character)) }
        #expect(IndexText.needsSubstringSearch("制"))
        #expect(IndexText.needsSubstringSearch("%_"))
        #expect(!IndexText.needsSubstringSearch("机制"))
        #expect(!IndexText.needsSubstringSearch("un"))
    }
}
