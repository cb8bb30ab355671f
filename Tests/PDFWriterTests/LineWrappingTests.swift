import Foundation
import Testing
@testable import PDFWriter

/// Line breaking with the real Helvetica widths and the Chinese rules.
@Suite struct LineWrappingTests {
    let textWidth = PageGeometry(pageSize: .a4).textWidth

    private func allLines(_ document: PDFDocument) -> [LaidOutLine] {
        document.layout().flatMap(\.lines)
    }

    @Test func widthTablesHoldKnownAFMValues() {
        // Spot checks against Helvetica.afm / Helvetica-Bold.afm.
        #expect(HelveticaMetrics.regular[Int(UInt8(ascii: "W"))] == 944)
        #expect(HelveticaMetrics.regular[Int(UInt8(ascii: "i"))] == 222)
        #expect(HelveticaMetrics.bold[Int(UInt8(ascii: "i"))] == 278)
        #expect(HelveticaMetrics.bold[Int(UInt8(ascii: "m"))] == 889)
        #expect(HelveticaMetrics.regular[0x97] == 1000, "em dash")
        #expect(HelveticaMetrics.regular[0xE9] == 556, "eacute")
    }

    @Test func noLineIsWiderThanTheTextWidth() {
        var document = PDFDocument(title: "Widths")
        document.add(.title("A rather long title that will certainly need to wrap onto a second line of the page"))
        document.add(.heading("WWWWW MMMMM WWWWW MMMMM WWWWW MMMMM WWWWW MMMMM WWWWW MMMMM"))
        document.add(.paragraph(TestSupport.longEnglishParagraph))
        document.add(.paragraph(TestSupport.chineseParagraph + TestSupport.chineseParagraph))
        document.add(.field(label: "Parties", value: String(TestSupport.longEnglishParagraph.prefix(600)) + "劳动监察"))
        let lines = allLines(document)
        #expect(lines.count > 40)
        for line in lines {
            #expect(line.width <= textWidth + 1e-6, "\(line.text)")
            // Recompute from the tables rather than trusting the stored width.
            let measured = line.runs.reduce(0.0) { total, run in
                total + run.glyphs.reduce(0.0) { $0 + $1.advance(bold: run.face.bold) * line.fontSize / 1000 }
            }
            #expect(abs(measured - line.width) < 1e-6)
        }
    }

    @Test func linesAreFilledAndBreakAtSpaces() {
        let breaker = LineBreaker(fontSize: 10.5, maxWidth: textWidth, leading: 1.45)
        let elements = GlyphResolver.resolve(TestSupport.longEnglishParagraph).map { StyledElement(element: $0, bold: false) }
        let lines = breaker.lines(for: elements)
        let spaceWidth = 278 * 10.5 / 1000
        for (line, next) in zip(lines, lines.dropFirst()) {
            #expect(!line.text.hasPrefix(" ") && !line.text.hasSuffix(" "))
            // Greedy filling: the next line's first word would not have fitted.
            let nextWord = String(next.text.prefix { $0 != " " })
            let nextWordWidth = LineBreaker(fontSize: 10.5, maxWidth: .infinity, leading: 1)
                .lines(for: GlyphResolver.resolve(nextWord).map { StyledElement(element: $0, bold: false) })[0].width
            #expect(line.width + spaceWidth + nextWordWidth > textWidth)
        }
        let rejoined = lines.map(\.text).joined(separator: " ")
        #expect(rejoined == TestSupport.longEnglishParagraph.trimmingCharacters(in: .whitespaces))
    }

    @Test func overlongWordIsHardBroken() {
        let word = String(repeating: "x", count: 300)
        let breaker = LineBreaker(fontSize: 10.5, maxWidth: 100, leading: 1.45)
        let lines = breaker.lines(for: GlyphResolver.resolve("start " + word + " end").map { StyledElement(element: $0, bold: false) })
        #expect(lines.first?.text == "start")
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { $0.width <= 100 })
        #expect(lines.map(\.text).joined().replacingOccurrences(of: " ", with: "") == "start" + word + "end")
    }

    @Test func chineseBreaksBetweenCharactersButNotBeforeClosingPunctuation() {
        // 19 ideographs and a comma: with room for exactly 19 em the comma may not start
        // line 2, so the 19th ideograph moves down with it.
        let text = String(repeating: "劳", count: 19) + "，" + String(repeating: "动", count: 10)
        let breaker = LineBreaker(fontSize: 10, maxWidth: 190, leading: 1.45)
        let lines = breaker.lines(for: GlyphResolver.resolve(text).map { StyledElement(element: $0, bold: false) })
        #expect(lines.count == 2)
        #expect(lines[0].text == String(repeating: "劳", count: 18))
        #expect(lines[1].text.hasPrefix("劳，"))
        #expect(lines.allSatisfy { !$0.text.hasPrefix("，") && $0.width <= 190 })
    }

    @Test func openingBracketStaysWithFollowingCharacter() {
        let text = String(repeating: "劳", count: 18) + "（动）"
        let breaker = LineBreaker(fontSize: 10, maxWidth: 190, leading: 1.45)
        let lines = breaker.lines(for: GlyphResolver.resolve(text).map { StyledElement(element: $0, bold: false) })
        #expect(lines.map(\.text) == [String(repeating: "劳", count: 18), "（动）"])
    }

    @Test func mixedLineSwitchesFonts() throws {
        var document = PDFDocument(title: "Mixed")
        document.add(.paragraph("The 劳动监察 unit"))
        let line = try #require(document.layout().first?.lines.first)
        #expect(line.runs.map(\.face.family) == [.latin, .chinese, .latin])
        #expect(line.text == "The 劳动监察 unit")
        // Runs are placed back to back.
        for (run, next) in zip(line.runs, line.runs.dropFirst()) {
            #expect(abs(run.x + run.width - next.x) < 1e-9)
        }
    }

    @Test func blankLinesSplitParagraphsAndSingleNewlinesBreakLines() {
        #expect(BlockLayouter.paragraphs(in: "one\ntwo\n \t\nthree\r\n\r\nfour") == ["one\ntwo", "three", "four"])
        var document = PDFDocument(title: "Lines")
        document.add(.paragraph("first line\nsecond line"))
        #expect(document.layout()[0].lines.map(\.text).prefix(2) == ["first line", "second line"])
    }
}
