import Testing
@testable import KnowledgeSearch

@Suite("Snippets")
struct SnippetTests {
    typealias S = Snippet.Segment

    func snippet(_ text: String, _ query: String, _ maxLength: Int = 200) throws -> Snippet {
        Snippet.make(text: text, query: try SearchQuery.parse(query, fields: .sherloc), maxLength: maxLength)
    }

    @Test func shortTextIsWholeWithMatchesMarked() throws {
        let s = try snippet("The Supreme Court of Mexico ruled on forced labour.", "court labour")
        #expect(s.segments == [S(text: "The Supreme ", isMatch: false), S(text: "Court", isMatch: true),
                               S(text: " of Mexico ruled on forced ", isMatch: false), S(text: "labour", isMatch: true),
                               S(text: ".", isMatch: false)])
    }

    @Test func diacriticAndCaseInsensitive() throws {
        let s = try snippet("Le travail FORCÉ est interdit.", "force")
        #expect(s.segments == [S(text: "Le travail ", isMatch: false), S(text: "FORCÉ", isMatch: true),
                               S(text: " est interdit.", isMatch: false)])
    }

    @Test func windowIsCentredAndCutAtWords() throws {
        // 63 characters; "trafficking" is at 32..<43 (11 chars). Slack 20−11 = 9,
        // so the window starts 4 earlier at 28 ("hhh") and ends at 48; the trailing
        // space at 47 is trimmed, giving 28..<47 = "hhh trafficking iii".
        let text = "aaa bbb ccc ddd eee fff ggg hhh trafficking iii jjj kkk lll mmm"
        let s = try snippet(text, "trafficking", 20)
        #expect(s.segments == [S(text: "…hhh ", isMatch: false), S(text: "trafficking", isMatch: true), S(text: " iii…", isMatch: false)])
    }

    @Test func windowPrefersMoreDistinctTerms() throws {
        // court at 0, 31; labour at 37..<43. From 0 a 15-char window holds only
        // "court"; from 31 it holds court and labour (2 distinct), so 31..<43 wins.
        // Slack 3 moves the start to 30 (a space, skipped); the end 45 falls inside
        // "end", so it is pulled back to 44 and the space at 43 trimmed.
        let text = "court aaaa bbbb cccc dddd eeee court labour end"
        let s = try snippet(text, "court labour", 15)
        #expect(s.segments == [S(text: "…", isMatch: false), S(text: "court", isMatch: true), S(text: " ", isMatch: false),
                               S(text: "labour", isMatch: true), S(text: "…", isMatch: false)])
    }

    @Test func earliestWindowWinsTies() throws {
        // Both occurrences give one distinct term; the first is kept.
        let s = try snippet("court aaaa bbbb cccc dddd eeee court", "court", 10)
        #expect(s.segments.first == S(text: "court", isMatch: true))
    }

    @Test func chineseSubstrings() throws {
        let s = try snippet("各国应加强劳动监察，保护移徙工人。", "劳动监察")
        #expect(s.segments == [S(text: "各国应加强", isMatch: false), S(text: "劳动监察", isMatch: true), S(text: "，保护移徙工人。", isMatch: false)])
    }

    @Test func chineseAcrossPDFLineBreak() throws {
        let s = try snippet("加强劳动\n监察工作", "劳动监察")
        #expect(s.segments == [S(text: "加强", isMatch: false), S(text: "劳动 监察", isMatch: true), S(text: "工作", isMatch: false)])
    }

    @Test func combinedCharactersAndEmoji() throws {
        // "e\u{301}cole" is five Characters with a decomposed é; the emoji is one Character.
        let s = try snippet("Victims 👩‍👩‍👧 in Café Noël, e\u{301}cole", "noel ecole")
        #expect(s.segments == [S(text: "Victims 👩‍👩‍👧 in Café ", isMatch: false), S(text: "Noël", isMatch: true),
                               S(text: ", ", isMatch: false), S(text: "e\u{301}cole", isMatch: true)])
    }

    @Test func latinTermsMatchAtWordStarts() throws {
        let s = try snippet("tribunalcourt courtroom", "court")
        #expect(s.segments == [S(text: "tribunalcourt ", isMatch: false), S(text: "court", isMatch: true), S(text: "room", isMatch: false)])
    }

    @Test func negatedTermsAreNotMarked() throws {
        let s = try snippet("court and labour", "labour -court")
        #expect(s.segments == [S(text: "court and ", isMatch: false), S(text: "labour", isMatch: true)])
    }

    @Test func noMatchShowsTheStart() throws {
        // 12 characters end inside "gamma", so the cut moves back to after "beta".
        let s = try snippet("alpha beta gamma delta", "zzz", 12)
        #expect(s.segments == [S(text: "alpha beta…", isMatch: false)])
    }

    @Test func htmlEscapesEverything() throws {
        let s = try snippet("<b>Tom & Jerry's \"court\"</b>", "court")
        #expect(s.html == "&lt;b&gt;Tom &amp; Jerry&#39;s &quot;<mark>court</mark>&quot;&lt;/b&gt;")
        let evil = Snippet.make(text: "x <script>alert(1)</script>", terms: ["<script>"], maxLength: 100)
        #expect(evil.html == "x <mark>&lt;script&gt;</mark>alert(1)&lt;/script&gt;")
    }
}
