import Foundation

/// Errors reading CSV input; every one names where it happened.
public enum LinkageCSVError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(path: String)
    case emptyInput
    /// Required header columns are absent.
    case missingColumns([String])
    /// A row has a different number of fields than the header. `row` counts
    /// CSV records from 1 (the header), `line` physical lines from 1.
    case wrongFieldCount(row: Int, line: Int, expected: Int, found: Int)
    /// A quote opened and not closed before the end of input.
    case unterminatedQuote(row: Int, line: Int)
    /// Text after a closing quote, before the separator (`"ab"c`).
    case textAfterQuote(row: Int, line: Int)
    /// A required value is empty.
    case emptyRequiredField(row: Int, line: Int, column: String)
    case duplicateRecordID(row: Int, line: Int, id: String)
    case invalidUTF8(row: Int, line: Int)

    public var description: String {
        switch self {
        case .cannotOpen(let path): "cannot open \(path)"
        case .emptyInput: "the input is empty (no header line)"
        case .missingColumns(let columns): "missing required column(s): \(columns.joined(separator: ", "))"
        case let .wrongFieldCount(row, line, expected, found):
            "row \(row) (line \(line)): expected \(expected) fields as in the header, found \(found)"
        case let .unterminatedQuote(row, line): "row \(row) (line \(line)): quoted field is not closed"
        case let .textAfterQuote(row, line): "row \(row) (line \(line)): text after a closing quote"
        case let .emptyRequiredField(row, line, column): "row \(row) (line \(line)): \(column) is empty"
        case let .duplicateRecordID(row, line, id): "row \(row) (line \(line)): record_id \(id) appears again"
        case let .invalidUTF8(row, line): "row \(row) (line \(line)): not valid UTF-8"
        }
    }
}

/// A streaming RFC 4180 parser: fields separated by commas, optionally in
/// double quotes (which may contain commas, quotes written twice, and line
/// breaks), records ended by LF or CRLF. Reads the input in chunks, so a
/// file of any size needs memory for one chunk and one record only.
public struct LinkageCSVReader {
    private let source: (inout [UInt8]) -> Bool
    private var buffer: [UInt8] = []
    private var position = 0
    private var exhausted = false
    /// Number of the record last returned (header = 1).
    public private(set) var row = 0
    /// Physical line on which the record last returned started.
    public private(set) var line = 1
    private var nextLine = 1

    /// Reads from a file in 1 MiB chunks.
    public init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw LinkageCSVError.cannotOpen(path: path) }
        source = { buffer in
            let data = handle.readData(ofLength: 1 << 20)
            if data.isEmpty { try? handle.close(); return false }
            buffer.append(contentsOf: data)
            return true
        }
    }

    /// Reads from text in memory (tests, small inputs).
    public init(text: String) {
        var pending: [UInt8]? = Array(text.utf8)
        source = { buffer in
            guard let bytes = pending else { return false }
            buffer.append(contentsOf: bytes)
            pending = nil
            return true
        }
    }

    /// Makes sure `count` more bytes are buffered if the input has them.
    private mutating func fill(_ count: Int) -> Bool {
        while buffer.count - position < count && !exhausted {
            if position > 0 {
                buffer.removeFirst(position)
                position = 0
            }
            if !source(&buffer) { exhausted = true }
        }
        return buffer.count - position >= count
    }

    /// The next record's fields as byte arrays, nil at end of input.
    public mutating func nextRecord() throws -> [String]? {
        guard fill(1) else { return nil }
        row += 1
        line = nextLine
        var fields: [String] = []
        var field: [UInt8] = []
        while true {
            // Start of a field.
            guard fill(1) else {
                fields.append(try string(field))
                return fields
            }
            if buffer[position] == UInt8(ascii: "\"") {
                position += 1
                quoted: while true {
                    guard fill(1) else { throw LinkageCSVError.unterminatedQuote(row: row, line: line) }
                    let byte = buffer[position]
                    position += 1
                    if byte == UInt8(ascii: "\"") {
                        if fill(1) && buffer[position] == UInt8(ascii: "\"") {
                            field.append(byte)
                            position += 1
                        } else {
                            break quoted
                        }
                    } else {
                        if byte == 0x0A { nextLine += 1 }
                        field.append(byte)
                    }
                }
                // After a closing quote only a separator or the record end may follow.
                if fill(1) {
                    let byte = buffer[position]
                    if byte != UInt8(ascii: ","), byte != 0x0A, !(byte == 0x0D && fill(2) && buffer[position + 1] == 0x0A) {
                        throw LinkageCSVError.textAfterQuote(row: row, line: line)
                    }
                }
            }
            // Unquoted part (or what follows a quoted field).
            var endedBySeparator = false
            while fill(1) {
                let byte = buffer[position]
                if byte == UInt8(ascii: ",") {
                    position += 1
                    fields.append(try string(field))
                    field.removeAll(keepingCapacity: true)
                    endedBySeparator = true
                    break
                }
                if byte == 0x0A || (byte == 0x0D && fill(2) && buffer[position + 1] == 0x0A) {
                    position += byte == 0x0D ? 2 : 1
                    nextLine += 1
                    fields.append(try string(field))
                    return fields
                }
                field.append(byte)
                position += 1
            }
            if !endedBySeparator {
                fields.append(try string(field))
                return fields
            }
        }
    }

    private func string(_ bytes: [UInt8]) throws -> String {
        guard let text = String(bytes: bytes, encoding: .utf8) else { throw LinkageCSVError.invalidUTF8(row: row, line: line) }
        return text
    }
}
