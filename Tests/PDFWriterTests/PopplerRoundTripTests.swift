import Foundation
import Testing
@testable import PDFWriter

/// Round trips through the real poppler tools: proof that readers accept the files and
/// that the text can be extracted, which matters for search and for screen readers.
///
/// Skipped, with the reason shown in the test report, when poppler-utils is not installed
/// (Debian: `apt-get install poppler-utils`), because without the tools there is nothing to
/// check; they must never pass silently.
@Suite(.enabled(if: TestSupport.hasPdftotext, "pdftotext/pdfinfo not installed: apt-get install poppler-utils"))
struct PopplerRoundTripTests {
    /// Collapses all whitespace, since pdftotext decides line ends and spacing by itself.
    private func squeezed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Removes all whitespace: Chinese lines are re-joined without the line break.
    private func compact(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace })
    }

    @Test func englishDocument() throws {
        var document = PDFDocument(title: "English (digest) \\ test", author: "Libertas")
        document.add(.title("Case digest"))
        document.add(.field(label: "Court", value: "High Court (Family Division)"))
        document.add(.paragraph(TestSupport.longEnglishParagraph))
        let data = document.render()

        let info = try TestSupport.info(data, name: "english.pdf")
        #expect(info.status == 0)
        #expect(info.stderr.isEmpty, "poppler complained: \(info.stderr)")
        #expect(info.fields["Pages"] == "2")
        #expect(info.fields["Title"] == "English (digest) \\ test")
        #expect(info.fields["Author"] == "Libertas")

        let extracted = try TestSupport.extractText(data, name: "english.pdf")
        #expect(extracted.stderr.isEmpty, "poppler complained: \(extracted.stderr)")
        let text = squeezed(extracted.text)
        #expect(text.contains("Case digest"))
        #expect(text.contains("Court: High Court (Family Division)"))
        #expect(text.contains(squeezed(String(TestSupport.longEnglishParagraph.prefix(400)))))
        #expect(text.contains("page 1 / 2"))
        #expect(text.contains("page 2 / 2"))
    }

    @Test(.enabled(if: TestSupport.hasPopplerData, "poppler-data not installed: poppler needs its Adobe-GB1 CMaps for the Chinese font (apt-get install poppler-data)"))
    func chineseDocument() throws {
        var document = PDFDocument(title: "案例摘要：劳动监察", language: "zh-CN")
        document.add(.title("案例摘要"))
        document.add(.field(label: "案号", value: "（2023）粤01刑初123号"))
        document.add(.heading("国家转介机制"))
        document.add(.paragraph(TestSupport.chineseParagraph))
        let data = document.render()

        let info = try TestSupport.info(data, name: "chinese.pdf")
        #expect(info.status == 0)
        #expect(info.stderr.isEmpty, "poppler complained: \(info.stderr)")
        #expect(info.fields["Pages"] == "1")
        #expect(info.fields["Title"] == "案例摘要：劳动监察")

        let extracted = try TestSupport.extractText(data, name: "chinese.pdf")
        #expect(extracted.stderr.isEmpty, "poppler complained: \(extracted.stderr)")
        let text = compact(extracted.text)
        #expect(text.contains("劳动监察"))
        #expect(text.contains("国家转介机制"))
        #expect(text.contains("案号：（2023）粤01刑初123号"))
        #expect(text.contains(compact(TestSupport.chineseParagraph)))
        #expect(text.contains("page1/1"))
    }

    @Test(.enabled(if: TestSupport.hasPopplerData, "poppler-data not installed: poppler needs its Adobe-GB1 CMaps for the Chinese font (apt-get install poppler-data)"))
    func mixedDocument() throws {
        let document = TestSupport.sampleDigest()
        let data = document.render()

        let info = try TestSupport.info(data, name: "mixed.pdf")
        #expect(info.stderr.isEmpty, "poppler complained: \(info.stderr)")
        #expect(info.fields["Pages"] == "2")
        #expect(info.fields["Title"] == "Case digest 案例摘要")

        let extracted = try TestSupport.extractText(data, name: "mixed.pdf")
        #expect(extracted.stderr.isEmpty, "poppler complained: \(extracted.stderr)")
        let text = squeezed(extracted.text)
        #expect(text.contains("The labour inspectorate (劳动监察) used the national referral mechanism (国家转介机制) to refer 12 victims."))
        #expect(text.contains("Emoji ? are replaced."))
        #expect(text.contains("\"shelter\" and \\legal aid\\ followed."))
        #expect(compact(text).contains(compact(TestSupport.chineseParagraph)))
        #expect(text.contains("page 2 / 2"))
        let pages = extracted.text.split(separator: "\u{0C}")   // pdftotext ends each page with a form feed
        #expect(pages.first?.contains("page 1 / 2") == true)
        #expect(pages.dropFirst().first?.contains("Holding 判决结果") == true)
    }

    @Test func renderSampleForVisualCheck() throws {
        // Set PDFWRITER_SAMPLE_OUT=/path/sample.pdf to keep the sample digest for a look
        // with pdftoppm; without it, this only checks that pdfinfo accepts the sample.
        let data = TestSupport.sampleDigest().render()
        if let path = ProcessInfo.processInfo.environment["PDFWRITER_SAMPLE_OUT"] {
            try data.write(to: URL(fileURLWithPath: path))
        }
        let info = try TestSupport.info(data, name: "sample.pdf")
        #expect(info.status == 0)
        #expect(info.fields["Page size"]?.hasPrefix("595 x 842") == true)
    }
}
