import Foundation
import Testing
import ZIPFoundation
@testable import Interchange

@Suite("XLSX streaming")
struct XLSXStreamingTests {
    /// Writes a minimal workbook whose one sheet has `rows` rows of inline and
    /// numeric cells, deflated as Excel does.
    static func makeWorkbook(at url: URL, rows: Int) throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
        var sheet = "<worksheet xmlns=\"\(main)\"><sheetData>"
        for row in 1...rows {
            sheet += "<row r=\"\(row)\"><c r=\"A\(row)\"><v>\(row)</v></c><c r=\"C\(row)\" t=\"inlineStr\"><is><t>第\(row)行 &amp; more</t></is></c></row>"
        }
        sheet += "</sheetData></worksheet>"
        let parts: [(String, String)] = [
            ("_rels/.rels", "<Relationships xmlns=\"\(pkg)\"><Relationship Id=\"r1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets><sheet name=\"Big\" sheetId=\"1\" r:id=\"s1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"\(pkg)\"><Relationship Id=\"s1\" Type=\"\(rel)/worksheet\" Target=\"worksheets/big.xml\"/></Relationships>"),
            ("xl/worksheets/big.xml", sheet),
        ]
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }

    @Test("a sheet larger than many decompression chunks streams row by row")
    func bigSheet() throws {
        let file = try TestSupport.temporaryFile("big.xlsx")
        defer { TestSupport.remove(file) }
        let rowCount = 20_000
        try Self.makeWorkbook(at: file, rows: rowCount)
        var count = 0
        var wrong = 0
        try XLSXReader(url: file).forEachRow { row in
            count += 1
            if row.number != count || row.fields != ["\(count)", "", "第\(count)行 & more"] { wrong += 1 }
        }
        #expect(count == rowCount)
        #expect(wrong == 0)
    }
}
