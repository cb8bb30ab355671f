import Foundation
import Testing
@testable import PDFWriter

/// Page breaks, footers and keep-with-next.
@Suite struct PaginationTests {
    let geometry = PageGeometry(pageSize: .a4)

    private func bodyLines(_ page: LaidOutPage) -> [(line: LaidOutLine, baseline: Double)] {
        page.elements.compactMap { element in
            if case .text(let line, _, let baseline) = element, baseline > geometry.footerBaseline { (line, baseline) } else { nil }
        }
    }

    @Test func longParagraphRunsOntoSecondPageWithFooters() throws {
        var document = PDFDocument(title: "Two pages")
        document.add(.paragraph(TestSupport.longEnglishParagraph))
        let pages = document.layout()
        #expect(pages.count == 2)
        #expect(pages[0].lines.contains { $0.text == "page 1 / 2" })
        #expect(pages[1].lines.contains { $0.text == "page 2 / 2" })
        #expect(pages[1].lines.contains { $0.text == "Two pages" }, "title in the footer")
        let data = document.render()
        #expect(TestSupport.contains(data, "(page 2 / 2) Tj"))
        #expect(TestSupport.contains(data, "/Count 2"))
    }

    @Test func noLineReachesIntoTheMargins() {
        var document = PDFDocument(title: "Margins")
        for index in 0..<12 {
            document.add(.heading("Section \(index)"))
            document.add(.paragraph(String(TestSupport.longEnglishParagraph.prefix(700))))
            document.add(.rule)
        }
        let pages = document.layout()
        #expect(pages.count > 2)
        for page in pages {
            for (line, baseline) in bodyLines(page) {
                let top = baseline + line.baselineOffset
                #expect(top <= geometry.contentTop + 1e-6)
                #expect(top - line.height >= geometry.contentBottom - 1e-6)
            }
            for case .rule(let y, _, _) in page.elements {
                #expect(y >= geometry.contentBottom && y <= geometry.contentTop)
            }
        }
    }

    @Test func headingIsNeverLastOnAPage() {
        // Fill pages with paragraphs of varying length so headings land at many positions.
        var document = PDFDocument(title: "Keep with next")
        for index in 0..<40 {
            document.add(.heading("Heading \(index)"))
            document.add(.paragraph(String(TestSupport.longEnglishParagraph.prefix(90 + (index * 37) % 400))))
        }
        let pages = document.layout()
        #expect(pages.count > 2)
        for page in pages {
            let last = bodyLines(page).last?.line
            #expect(last?.text.hasPrefix("Heading") == false, "page ends with \(last?.text ?? "")")
        }
    }

    @Test func explicitPageBreakButNoBlankPages() {
        var document = PDFDocument(title: "Breaks")
        document.add(.pageBreak)                 // at the top of an empty page: ignored
        document.add(.paragraph("one"))
        document.add(.pageBreak)
        document.add(.pageBreak)                 // second in a row: ignored
        document.add(.paragraph("two"))
        let pages = document.layout()
        #expect(pages.count == 2)
        #expect(bodyLines(pages[1]).first?.line.text == "two")
    }

    @Test func longTitleIsShortenedInTheFooter() throws {
        let title = String(repeating: "Very long document title ", count: 20)
        var document = PDFDocument(title: title)
        document.add(.paragraph("x"))
        let footer = try #require(document.layout()[0].elements.compactMap { element -> (LaidOutLine, Double)? in
            if case .text(let line, let x, let baseline) = element, baseline == geometry.footerBaseline, x == geometry.marginLeft { (line, x) } else { nil }
        }.first)
        #expect(footer.0.text.hasSuffix("…"))
        #expect(footer.0.width < geometry.textWidth - 40)
    }

    @Test func letterPagesUseLetterSize() {
        var document = PDFDocument(title: "Letter", pageSize: .letter)
        document.add(.paragraph("x"))
        #expect(TestSupport.contains(document.render(), "/MediaBox [0 0 612 792]"))
    }
}
