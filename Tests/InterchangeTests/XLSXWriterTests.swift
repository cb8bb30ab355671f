import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import Interchange

@Suite("XLSX writer")
struct XLSXWriterTests {
    @Test("two sheets read back cell for cell", arguments: [XLSXWriter.StringStorage.sharedTable, .inline])
    func roundTrip(storage: XLSXWriter.StringStorage) throws {
        let data = try XLSXWriter(stringStorage: storage).write(XLSXWriterSamples.sheets)
        let file = try TestSupport.temporaryFile("book.xlsx", contents: Array(data))
        defer { TestSupport.remove(file) }
        let reader = try XLSXReader(url: file)
        #expect(reader.sheetNames == XLSXWriterSamples.sheets.map(\.name))
        for sheet in XLSXWriterSamples.sheets {
            let rows = try reader.rows(inSheet: sheet.name)
            #expect(rows.map(\.fields) == XLSXWriterSamples.expectedFields(sheet))
        }
        // The empty row of the first sheet is left out, but the rows after it keep their numbers.
        #expect(try reader.rows().map(\.number) == [1, 2, 3, 4, 6])
    }

    @Test("every part is well-formed XML, and the package lists what it holds")
    func wellFormedParts() throws {
        let data = try XLSXWriter().write(XLSXWriterSamples.sheets)
        let archive = try Archive(data: data, accessMode: .read)
        let paths = Set(archive.map(\.path))
        #expect(paths == [
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
            "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml",
        ])
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            let parser = XMLParser(data: bytes)
            #expect(parser.parse(), "\(entry.path): \(String(describing: parser.parserError))")
            let text = String(decoding: bytes, as: UTF8.self)
            if entry.path == "[Content_Types].xml" {
                #expect(text.contains("PartName=\"/xl/worksheets/sheet2.xml\""))
                #expect(text.contains("PartName=\"/xl/sharedStrings.xml\""))
            }
            if entry.path == "xl/worksheets/sheet1.xml" {
                // Header cells carry the bold style; the header is frozen.
                #expect(text.contains("<c r=\"A1\" s=\"1\" t=\"s\">"))
                #expect(text.contains("state=\"frozen\""))
                #expect(text.contains("<c r=\"B2\"><v>42</v></c>"))
            }
            if entry.path == "xl/worksheets/sheet2.xml" {
                #expect(!text.contains("state=\"frozen\""))
            }
        }
    }

    @Test("control characters and look-alike escapes are written as _xHHHH_")
    func escaping() {
        var bytes: [UInt8] = []
        XLSXWriterEscaping.appendCellText("a\rb\u{1}c _x0041_ <&> \"'\t\n", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "a_x000D_b_x0001_c _x005F_x0041_ &lt;&amp;&gt; \"'\t\n")
        bytes = []
        XLSXWriterEscaping.appendAttribute("A&B <\"x\"> 'y'", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "A&amp;B &lt;&quot;x&quot;&gt; &apos;y&apos;")
    }

    @Test("the same sheets give the same bytes")
    func deterministic() throws {
        #expect(try XLSXWriter().write(XLSXWriterSamples.sheets) == XLSXWriter().write(XLSXWriterSamples.sheets))
    }

    @Test("column letters")
    func columnLetters() {
        #expect([0, 25, 26, 51, 52, 701, 702, 16_383].map(XLSXCellReference.column) == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"])
    }

    @Test("whole numbers are written without a fraction")
    func numberText() {
        #expect(XLSXWorksheetPart.numberText(2021) == "2021")
        #expect(XLSXWorksheetPart.numberText(-0.0) == "0")
        #expect(XLSXWorksheetPart.numberText(3.25) == "3.25")
        #expect(XLSXWorksheetPart.numberText(1e-5) == "1e-05")
        #expect(XLSXWorksheetPart.numberText(1e20) == "1e+20")
    }

    @Test("NaN and infinity are refused with the cell's reference")
    func nonFinite() {
        let sheet = XLSXSheet(name: "S", header: ["a", "b"], rows: [[1, .number(.nan)]])
        #expect(throws: XLSXWriterError.nonFiniteNumber(sheet: "S", row: 2, column: 2)) { try XLSXWriter().write([sheet]) }
        #expect(XLSXWriterError.nonFiniteNumber(sheet: "S", row: 2, column: 2).description.contains("cell B2"))
    }
}
