import Testing
@testable import KnowledgeSearch

/// Chinese UN documents from ../shared/data/un_documents (see its README):
/// real text without spaces, with PDF line breaks inside words.
@Suite("Chinese UN documents")
struct UNDocumentTests {
    static let available = TestSupport.unDocuments() != nil
    static let workingGroup = "working_group_on_tip_report_2021-10.zh.txt"
    static let cop6 = "unodc_secretariat_report_cop6_2012.zh.txt"
    static let declaration = "ga_resolution_76-7_political_declaration_2021.zh.txt"

    @Test(.enabled(if: available, "UN documents folder ../shared/data/un_documents is absent"),
          arguments: ["劳动监察", "国家转介机制"])
    func tokenOverlapAgreesWithSubstrings(term: String) throws {
        let documents = try #require(TestSupport.unDocuments())
        for (name, text) in documents {
            // Oracle: plain substring search once layout whitespace is removed.
            let expected = text.filter { !$0.isWhitespace }.contains(term)
            #expect(TokenSequence.text(text, containsTerm: term) == expected, "\(name)")
        }
    }

    @Test(.enabled(if: available, "UN documents folder ../shared/data/un_documents is absent"))
    func knownPresenceAndAbsence() throws {
        let documents = try #require(TestSupport.unDocuments())
        let workingGroup = try #require(documents[Self.workingGroup])
        let cop6 = try #require(documents[Self.cop6])
        let declaration = try #require(documents[Self.declaration])
        #expect(TokenSequence.text(workingGroup, containsTerm: "劳动监察"))
        #expect(!TokenSequence.text(cop6, containsTerm: "劳动监察"))
        #expect(TokenSequence.text(declaration, containsTerm: "国家转介机制"))
        #expect(!TokenSequence.text(cop6, containsTerm: "国家转介机制"))
    }

    @Test(.enabled(if: available, "UN documents folder ../shared/data/un_documents is absent"))
    func snippetFindsTheTermInARealDocument() throws {
        let documents = try #require(TestSupport.unDocuments())
        let declaration = try #require(documents[Self.declaration])
        let query = try SearchQuery.parse("国家转介机制", fields: .sherloc)
        let snippet = Snippet.make(text: declaration, query: query, maxLength: 60)
        let matches = snippet.segments.filter(\.isMatch).map { $0.text.filter { !$0.isWhitespace } }
        #expect(matches.contains("国家转介机制"))
        #expect(snippet.text.hasPrefix(Snippet.ellipsis))
    }
}
