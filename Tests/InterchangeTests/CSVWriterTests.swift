import Foundation
import Testing
@testable import Interchange

@Suite("CSV writer")
struct CSVWriterTests {
    @Test("quotes only when needed, CRLF by default")
    func quoting() {
        let text = CSVWriter.string([["plain", "with,comma", "with \"quote\"", "two\nlines", "", " spaced "]])
        #expect(text == "plain,\"with,comma\",\"with \"\"quote\"\"\",\"two\nlines\",, spaced \r\n")
    }

    @Test("a record of one empty cell is written as \"\" so it is not read as a blank line")
    func singleEmptyCell() {
        #expect(CSVWriter.string([["a"], [""]], lineEnding: .lf) == "a\n\"\"\n")
    }

    @Test("the delimiter decides what needs quotes")
    func semicolons() {
        #expect(CSVWriter.string([["a;b", "c,d"]], delimiter: UInt8(ascii: ";"), lineEnding: .lf) == "\"a;b\";c,d\n")
    }

    @Test("a file written with a byte-order mark reads back", arguments: [CSVWriter.LineEnding.crlf, .lf])
    func fileWithBOM(lineEnding: CSVWriter.LineEnding) throws {
        let file = try TestSupport.temporaryFile()
        defer { TestSupport.remove(file) }
        let writer = try CSVWriter(url: file, lineEnding: lineEnding, byteOrderMark: true)
        try writer.write(["名前", "note"])
        try writer.write(["李华", "第一行\r\n第二行"])
        try writer.close()
        let bytes = try Data(contentsOf: file)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let reader = try CSVReader(url: file)
        #expect(try reader.readHeader() == ["名前", "note"])
        #expect(try reader.next()?.fields == ["李华", "第一行\r\n第二行"])
        #expect(try reader.next() == nil)
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test("random records survive a round trip", arguments: [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")])
    func roundTrip(delimiter: UInt8) throws {
        var generator = SplitMix64(seed: 0x5EED + UInt64(delimiter))
        let alphabet: [Character] = ["a", "Z", "0", " ", ",", ";", "\t", "\"", "\n", "\r", "é", "中", "文", "👩🏽‍⚕️", "\u{FEFF}", "-", "'"]
        var records: [[String]] = []
        for _ in 0..<2_000 {
            let width = Int(generator.next() % 6) + 1
            records.append((0..<width).map { _ in
                String((0..<Int(generator.next() % 12)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            })
        }
        // A record that is a single empty cell is written as "" and reads back as [""].
        let file = try TestSupport.temporaryFile()
        defer { TestSupport.remove(file) }
        let writer = try CSVWriter(url: file, delimiter: delimiter, lineEnding: .crlf)
        for record in records { try writer.write(record) }
        try writer.close()

        let reader = try CSVReader(url: file, delimiter: delimiter, chunkSize: 97)
        var read: [[String]] = []
        while let row = try reader.next() { read.append(row.fields) }
        #expect(read.count == records.count)
        #expect(read == records)
        #expect(CSVWriter.string(records, delimiter: delimiter) == String(decoding: try Data(contentsOf: file), as: UTF8.self))
    }
}

/// A small seeded generator, so random tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
