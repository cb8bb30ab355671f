import Foundation
import Testing
@testable import PDFWriter

/// The file skeleton: header, cross-reference table, trailer, startxref.
@Suite struct XrefStructureTests {
    /// Parses the xref table named by startxref and returns (object number, offset) pairs.
    private func xrefEntries(_ data: Data) throws -> (entries: [(Int, Int)], size: Int) {
        let text = TestSupport.string(data)
        let startxref = try #require(text.range(of: "startxref\n", options: .backwards))
        let offsetLine = text[startxref.upperBound...].prefix { $0 != "\n" }
        let xrefOffset = try #require(Int(offsetLine))
        let bytes = [UInt8](data)
        #expect(String(decoding: bytes[xrefOffset..<xrefOffset + 5], as: UTF8.self) == "xref\n")

        let tableText = String(decoding: bytes[xrefOffset...], as: Unicode.ASCII.self)
        let lines = tableText.split(separator: "\n", omittingEmptySubsequences: false)
        let subsection = lines[1].split(separator: " ")
        #expect(subsection.first == "0")
        let count = try #require(Int(subsection[1]))
        #expect(lines[2] == "0000000000 65535 f ")
        var entries: [(Int, Int)] = []
        for number in 1..<count {
            let line = lines[1 + 1 + number]
            #expect(line.utf8.count + 1 == 20, "xref entries are 20 bytes including the line feed")
            let parts = line.split(separator: " ")
            #expect(parts.count == 3 && parts[1] == "00000" && parts[2] == "n")
            entries.append((number, try #require(Int(parts[0]))))
        }
        let trailer = tableText.range(of: "trailer\n<< /Size \(count) /Root 1 0 R")
        #expect(trailer != nil, "trailer /Size must match the xref count")
        return (entries, count)
    }

    private func checkOffsets(of document: PDFDocument) throws {
        let data = document.render()
        let bytes = [UInt8](data)
        #expect(String(decoding: bytes.prefix(9), as: UTF8.self) == "%PDF-1.4\n")
        #expect(TestSupport.string(data).hasSuffix("%%EOF\n"))
        let (entries, size) = try xrefEntries(data)
        #expect(entries.count == size - 1)
        for (number, offset) in entries {
            let header = "\(number) 0 obj\n"
            let found = String(decoding: bytes[offset..<min(offset + header.utf8.count, bytes.count)], as: UTF8.self)
            #expect(found == header, "offset \(offset) of object \(number)")
        }
    }

    @Test func offsetsOfEnglishDocumentPointAtTheirObjects() throws {
        var document = PDFDocument(title: "Offsets")
        document.add(.title("Offsets"))
        document.add(.paragraph(TestSupport.longEnglishParagraph))
        try checkOffsets(of: document)
    }

    @Test func offsetsOfChineseDocumentPointAtTheirObjects() throws {
        try checkOffsets(of: TestSupport.sampleDigest())
    }

    @Test func streamLengthsMatchTheirContent() throws {
        // Work on bytes: the binary header comment makes character and byte offsets differ.
        let data = TestSupport.sampleDigest().render()
        let bytes = [UInt8](data)
        var searchStart = data.startIndex
        var checked = 0
        while let lengthRange = data.range(of: Data("/Length ".utf8), in: searchStart..<data.endIndex) {
            let digits = bytes[lengthRange.upperBound...].prefix { (0x30...0x39).contains($0) }
            let length = try #require(Int(String(decoding: digits, as: UTF8.self)))
            let keyword = try #require(data.range(of: Data(">>\nstream\n".utf8), in: lengthRange.upperBound..<data.endIndex))
            let start = keyword.upperBound
            let after = String(decoding: bytes[(start + length)..<(start + length + 10)], as: UTF8.self)
            #expect(after == "\nendstream")
            searchStart = start
            checked += 1
        }
        #expect(checked >= 3)
    }

    @Test func emptyDocumentStillHasOnePage() throws {
        let document = PDFDocument(title: "Empty")
        #expect(document.layout().count == 1)
        try checkOffsets(of: document)
        #expect(TestSupport.contains(document.render(), "/Count 1"))
    }

    @Test func chineseFontOnlyWhenNeeded() {
        var english = PDFDocument(title: "English")
        english.add(.paragraph("Only Latin text."))
        #expect(!TestSupport.contains(english.render(), "STSong-Light"))
        let mixed = TestSupport.sampleDigest().render()
        #expect(TestSupport.contains(mixed, "/BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H"))
        #expect(TestSupport.contains(mixed, "/Registry (Adobe) /Ordering (GB1)"))
        #expect(TestSupport.contains(mixed, "/ToUnicode 9 0 R"))
        #expect(TestSupport.contains(mixed, "<52B3> <52B3>"), "ToUnicode maps 劳 to itself")
    }
}
