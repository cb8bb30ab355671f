import Foundation
import Testing
@testable import PDFWriter

/// Which font draws which character, and what happens to the ones none can draw.
@Suite struct GlyphResolutionTests {
    private func glyphs(_ text: String) -> [Glyph] {
        GlyphResolver.resolve(text).compactMap { if case .glyph(let glyph) = $0 { glyph } else { nil } }
    }

    @Test func latinAndWesternEuropeanUseWinAnsi() {
        let resolved = glyphs("Aé€—")
        #expect(resolved.map(\.family) == [.latin, .latin, .latin, .latin])
        #expect(resolved.map(\.code) == [0x41, 0xE9, 0x80, 0x97])
    }

    @Test func decomposedAccentsAreComposed() {
        #expect(glyphs("e\u{301}").map(\.code) == [0xE9])
    }

    @Test func chineseUsesUCS2Codes() {
        let resolved = glyphs("劳动，")
        #expect(resolved.map(\.family) == [.chinese, .chinese, .chinese])
        #expect(resolved.map(\.code) == [0x52B3, 0x52A8, 0xFF0C])
    }

    @Test func unrepresentableCharactersBecomeQuestionMarks() {
        // Emoji (outside the BMP), an emoji sequence, Hangul, Thai: no font here can show them.
        let resolved = glyphs("a🙂b👨‍👩‍👧c한d฿")
        #expect(String(String.UnicodeScalarView(resolved.map(\.scalar))) == "a?b?c?d?")
        #expect(resolved.allSatisfy { $0.family == .latin })
    }

    @Test func controlCharactersAreDroppedAndSpacesCollapse() {
        let elements = GlyphResolver.resolve("a\u{0007}\u{00AD}b\tc")
        #expect(elements.count == 4)
        #expect(elements[2] == .space)
    }

    @Test func sharedPunctuationFollowsItsNeighbours() {
        #expect(glyphs("“劳动”").map(\.family) == [.chinese, .chinese, .chinese, .chinese])
        #expect(glyphs("“work”").map(\.family) == [.latin, .latin, .latin, .latin, .latin, .latin])
    }

    @Test func emojiDocumentStillRendersValidly() throws {
        var document = PDFDocument(title: "Emoji 🙂")
        document.add(.paragraph("Smile 🙂 and 😀😀"))
        let data = document.render()
        #expect(TestSupport.contains(data, "(Smile ? and ??) Tj"))
    }
}
