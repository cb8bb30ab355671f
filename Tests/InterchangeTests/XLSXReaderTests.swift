import Foundation
import Testing
@testable import Interchange

/// `Fixtures/sample.xlsx` is written by `Fixtures/make_xlsx_fixture.py` (standard
/// library only; openpyxl 3.1 opens it too). Its script lists what each cell tests.
@Suite("XLSX reader")
struct XLSXReaderTests {
    static let sample = TestSupport.fixture("sample.xlsx")

    @Test("lists the sheets in tab order")
    func sheetNames() throws {
        #expect(try XLSXReader(url: Self.sample).sheetNames == ["Cells", "CTDC 2024"])
    }

    @Test("reads shared and inline strings, numbers, booleans, errors and gaps by column")
    func cells() throws {
        let rows = try XLSXReader(url: Self.sample).rows(inSheet: "Cells")
        #expect(rows.map(\.number) == [1, 2, 3, 5, 6])
        #expect(rows[0].fields == ["Name", "Value", "Note"])
        // D2 is absent: an empty string keeps E2 in column E.
        #expect(rows[1].fields == ["中华人民共和国", "42", "inline ✓", "", "TRUE"])
        // B3 and D3 are absent; E3 is a formula's cached string.
        #expect(rows[2].fields == ["第三行", "", "3.5", "", "formula text"])
        // Rich text runs join; the phonetic guide is left out.
        #expect(rows[3].fields == ["", "Bold and plain"])
        // Entities and character references, an error, a number in E notation,
        // a cell without a reference (D6), an _x000D_ escape, a styled empty cell.
        #expect(rows[4].fields == ["a & b <c> 中文", "#N/A", "1E-3", "cdata <kept> & raw", "line\rbreak", ""])
    }

    @Test("the first sheet is the default; a namespace prefix and an absolute target are read")
    func prefixedSheet() throws {
        let reader = try XLSXReader(url: Self.sample)
        #expect(try reader.rows().first?.fields.first == "Name")
        let ctdc = try reader.rows(inSheet: "CTDC 2024")
        #expect(ctdc.count == 3)
        #expect(ctdc[1].fields == ["2021", "Woman", "18--20", "PHL", "MYS", "13--24", "1", "1", "1"])
        #expect(ctdc[2].fields == ["2020", "Man", "", "XXX", "", "", "", "1"])
    }

    @Test("an error thrown by the caller stops reading and comes back unchanged")
    func callerError() throws {
        struct Stop: Error, Equatable {}
        var seen = 0
        #expect(throws: Stop()) {
            try XLSXReader(url: Self.sample).forEachRow(inSheet: "Cells") { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }

    @Test("unknown sheets and non-workbooks are reported")
    func errors() throws {
        #expect(throws: XLSXError.noSuchSheet("Nope")) { try XLSXReader(url: Self.sample).rows(inSheet: "Nope") }
        let file = try TestSupport.temporaryFile("fake.xlsx", text: "not a zip")
        defer { TestSupport.remove(file) }
        #expect(throws: XLSXError.self) { try XLSXReader(url: file) }
    }

    @Test("column letters", arguments: [("A1", 0), ("Z9", 25), ("AA10", 26), ("XFD1", 16_383)])
    func columnIndex(reference: String, index: Int) throws {
        #expect(try XLSXSheetHandler.columnIndex(of: reference, part: "test") == index)
    }

    @Test("a column past XFD is refused")
    func columnTooFar() {
        #expect(throws: XLSXError.self) { try XLSXSheetHandler.columnIndex(of: "XFE1", part: "test") }
    }

    @Test("relationship targets resolve against their source part")
    func partPaths() {
        #expect(XLSXPartPath.resolve("worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(XLSXPartPath.resolve("/xl/worksheets/sheet2.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet2.xml")
        #expect(XLSXPartPath.resolve("../media/a.png", from: "xl/drawings/d.xml") == "xl/media/a.png")
        #expect(XLSXPartPath.relationshipsPath(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(XLSXPartPath.relationshipsPath(of: "") == "_rels/.rels")
    }
}

@Suite("XML tokenizer")
struct XMLPushTokenizerTests {
    final class Recorder: XMLEventHandler {
        var events: [String] = []
        let wantsText = true
        func startElement(_ name: String, attributes: XMLAttributes) throws {
            events.append("<\(name)" + attributes.items.map { " \($0.name)=\($0.value)" }.joined() + ">")
        }
        func endElement(_ name: String) throws { events.append("</\(name)>") }
        func text(_ text: String) throws { events.append(text) }
    }

    /// Feeds the document one byte at a time, the worst case for chunk boundaries.
    static func events(_ xml: String) throws -> [String] {
        let recorder = Recorder()
        let tokenizer = XMLPushTokenizer(handler: recorder, part: "test")
        for byte in Array(xml.utf8) { try tokenizer.feed(Data([byte])) }
        try tokenizer.finish()
        return recorder.events
    }

    @Test("tokens split across chunks are whole")
    func byteByByte() throws {
        let xml = "<?xml version=\"1.0\"?><!-- c --><a x='1 > 0' y=\"&amp;&#x4E2D;\"><b/>t&lt;\r\nu<![CDATA[<raw>]]></a>"
        #expect(try Self.events(xml) == ["<a x=1 > 0 y=&中>", "<b>", "</b>", "t<\nu", "<raw>", "</a>"])
    }

    @Test("a document type declaration is refused")
    func noDTD() {
        #expect(throws: XLSXError.self) { try Self.events("<!DOCTYPE x [<!ENTITY a \"b\">]><x/>") }
    }

    @Test("OOXML _xHHHH_ escapes")
    func ooxmlEscapes() {
        #expect(XMLText.resolveOOXMLEscapes("a_x000D_b_x005F_x_xZZ") == "a\rb_x_xZZ")
    }
}
