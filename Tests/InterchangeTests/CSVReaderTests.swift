import Foundation
import Testing
@testable import Interchange

@Suite("CSV reader")
struct CSVReaderTests {
    /// Reads a whole file: header, rows, and the error that stopped it, if any.
    static func read(_ bytes: [UInt8], chunkSize: Int = 64 * 1024, delimiter: UInt8 = UInt8(ascii: ",")) throws -> (header: [String]?, rows: [CSVRow], error: CSVError?) {
        let file = try TestSupport.temporaryFile(contents: bytes)
        defer { TestSupport.remove(file) }
        let reader = try CSVReader(url: file, delimiter: delimiter, chunkSize: chunkSize)
        let header = try reader.readHeader()
        var rows: [CSVRow] = []
        do {
            while let row = try reader.next() { rows.append(row) }
        } catch let error as CSVError {
            return (header, rows, error)
        }
        return (header, rows, nil)
    }

    static func read(_ text: String, chunkSize: Int = 64 * 1024) throws -> (header: [String]?, rows: [CSVRow], error: CSVError?) {
        try read(Array(text.utf8), chunkSize: chunkSize)
    }

    @Test("quoted cells keep commas, line breaks and doubled quotes")
    func quotedCells() throws {
        let result = try Self.read("a,b,c\n\"x, y\",\"line 1\nline 2\",\"say \"\"hi\"\"\"\nplain,,\"\"\n")
        #expect(result.header == ["a", "b", "c"])
        #expect(result.rows.map(\.fields) == [["x, y", "line 1\nline 2", "say \"hi\""], ["plain", "", ""]])
        #expect(result.rows.map(\.number) == [1, 2])
        // The second record starts on line 4: its predecessor spans lines 2 and 3.
        #expect(result.rows.map(\.line) == [2, 4])
        #expect(result.error == nil)
    }

    @Test("a byte-order mark is dropped and CRLF is one line break")
    func bomAndCRLF() throws {
        let result = try Self.read([0xEF, 0xBB, 0xBF] + Array("id,name\r\n1,\"two\r\nlines\"\r\n2,b\r\n".utf8))
        #expect(result.header == ["id", "name"])
        #expect(result.rows.map(\.fields) == [["1", "two\r\nlines"], ["2", "b"]])
        #expect(result.rows.map(\.line) == [2, 4])
    }

    @Test("a lone CR ends a record too")
    func loneCR() throws {
        let result = try Self.read("a\r1\r2")
        #expect(result.rows.map(\.fields) == [["1"], ["2"]])
        #expect(result.rows.map(\.line) == [2, 3])
    }

    @Test("the last record may lack a line break, and a trailing delimiter is an empty cell")
    func finalRecordWithoutNewline() throws {
        #expect(try Self.read("a,b\n1,2").rows.map(\.fields) == [["1", "2"]])
        #expect(try Self.read("a,b\n1,").rows.map(\.fields) == [["1", ""]])
        #expect(try Self.read("a,b\n\"1\",\"\"").rows.map(\.fields) == [["1", ""]])
    }

    @Test("empty cells and blank lines: blank lines are skipped but counted")
    func emptyCellsAndBlankLines() throws {
        let result = try Self.read("\n\na,b,c\n,,\n\n1,,3\n\n")
        #expect(result.header == ["a", "b", "c"])
        #expect(result.rows.map(\.fields) == [["", "", ""], ["1", "", "3"]])
        // Row 2 is the blank line, as a spreadsheet would show it.
        #expect(result.rows.map(\.number) == [1, 3])
        #expect(result.rows.map(\.line) == [4, 6])
    }

    @Test("a single quoted empty cell is a record, not a blank line")
    func quotedEmptyRecord() throws {
        #expect(try Self.read("a\n\"\"\n").rows.map(\.fields) == [[""]])
    }

    @Test("an empty file has no header and no rows")
    func emptyFile() throws {
        let result = try Self.read("")
        #expect(result.header == nil)
        #expect(result.rows.isEmpty)
    }

    @Test("an unterminated quote is an error naming the row and line")
    func unterminatedQuote() throws {
        let result = try Self.read("a,b\n1,2\n3,\"open\n4,5\n")
        #expect(result.rows.map(\.fields) == [["1", "2"]])
        #expect(result.error == CSVError(reason: .unterminatedQuote, row: 2, line: 3))
        #expect(result.error?.isRecoverable == false)
    }

    @Test("text after a closing quote fails that row only")
    func textAfterClosingQuote() throws {
        let file = try TestSupport.temporaryFile(text: "a,b\n1,\"x\"y\n2,z\n")
        defer { TestSupport.remove(file) }
        let reader = try CSVReader(url: file)
        _ = try reader.readHeader()
        #expect(throws: CSVError(reason: .textAfterClosingQuote(field: 1), row: 1, line: 2)) { try reader.next() }
        #expect(try reader.next() == CSVRow(number: 2, line: 3, fields: ["2", "z"]))
        #expect(try reader.next() == nil)
    }

    @Test("a quote inside an unquoted cell is text")
    func bareQuote() throws {
        #expect(try Self.read("a,b\n5\" disk,x\n").rows.map(\.fields) == [["5\" disk", "x"]])
    }

    @Test("invalid UTF-8 is replaced and reported")
    func invalidUTF8() throws {
        let result = try Self.read(Array("a,b\nok,".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        #expect(result.rows.first?.fields == ["ok", "\u{FFFD}("])
        #expect(result.rows.first?.invalidUTF8Fields == [1])
    }

    @Test("Unicode and semicolons pass through, with another delimiter too")
    func unicodeAndDelimiter() throws {
        let result = try Self.read(Array("名前;国\n\"李, 华\";中国\n".utf8), delimiter: UInt8(ascii: ";"))
        #expect(result.header == ["名前", "国"])
        #expect(result.rows.map(\.fields) == [["李, 华", "中国"]])
    }

    @Test("a runaway record stops at the size limit")
    func recordTooLarge() throws {
        let file = try TestSupport.temporaryFile(text: "a\n\"" + String(repeating: "x", count: 5000))
        defer { TestSupport.remove(file) }
        let reader = try CSVReader(url: file, chunkSize: 512, maximumRecordBytes: 1024)
        _ = try reader.readHeader()
        #expect(throws: CSVError(reason: .recordTooLarge(limit: 1024), row: 1, line: 2)) { try reader.next() }
        #expect(try reader.next() == nil)
    }

    @Test("every chunk size gives the same records", arguments: [1, 2, 3, 5, 7, 16, 64])
    func chunkBoundaries(chunkSize: Int) throws {
        let text = "\u{FEFF}h1,h2\r\n\"a\"\"b\",\"c\r\nd\"\r\n\r\n中文,\"x,y\"\re,\"\"\"\"\n"
        let expected = try Self.read(text)
        let chunked = try Self.read(text, chunkSize: chunkSize)
        #expect(expected.header == ["h1", "h2"])
        #expect(expected.rows.map(\.fields) == [["a\"b", "c\r\nd"], ["中文", "x,y"], ["e", "\""]])
        #expect(chunked.header == expected.header)
        #expect(chunked.rows == expected.rows)
    }

    @Test("the delimiter is guessed from the header line")
    func sniffing() throws {
        for (text, expected) in [("a;b;c\n1;2;3", ";"), ("a,b\n", ","), ("a\tb\n", "\t"), ("\"x;y\",z\n", ","), ("single\n", ",")] {
            let file = try TestSupport.temporaryFile(text: text)
            defer { TestSupport.remove(file) }
            #expect(try CSVReader.sniffDelimiter(url: file) == UInt8(ascii: Unicode.Scalar(expected)!))
        }
    }
}
