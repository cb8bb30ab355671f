import Foundation

/// Writes RFC 4180 CSV through a buffered `FileHandle`.
///
/// - Cells are quoted only when they must be: when they hold the delimiter, a
///   quote, `\r` or `\n`; quotes inside are doubled. A record made of one
///   empty cell is written as `""`, because a blank line would be read back as
///   no record at all.
/// - Records end with `\r\n` by default, as RFC 4180 and spreadsheet programs
///   expect; ``LineEnding/lf`` is there for Unix tools.
/// - A new file is created readable by its owner only (0600): exports carry
///   personal data.
/// - Call ``close()`` when done; it flushes the buffer. Dropping the writer
///   flushes too, but then a write error goes unseen.
public final class CSVWriter {
    /// How records end.
    public enum LineEnding: Sendable {
        /// `\r\n`, RFC 4180's line break.
        case crlf
        /// `\n`.
        case lf

        var bytes: [UInt8] {
            switch self {
            case .crlf: [0x0D, 0x0A]
            case .lf: [0x0A]
            }
        }
    }

    /// The byte between cells.
    public let delimiter: UInt8
    /// How each record ends.
    public let lineEnding: LineEnding

    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var closed = false
    private static let flushThreshold = 64 * 1024

    /// Creates `url`, or empties it if it exists.
    /// - Parameter byteOrderMark: start with the UTF-8 byte-order mark, which
    ///   Excel needs to recognise UTF-8 (Chinese text, for instance).
    public init(url: URL, delimiter: UInt8 = UInt8(ascii: ","), lineEnding: LineEnding = .crlf, byteOrderMark: Bool = false) throws {
        precondition(![UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(delimiter), "unusable CSV delimiter")
        if !FileManager.default.fileExists(atPath: url.path) {
            guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
            }
        }
        handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 0)
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        buffer.reserveCapacity(Self.flushThreshold + 4096)
        if byteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    deinit {
        if !closed {
            try? flush()
            try? handle.close()
        }
    }

    /// Appends one record.
    public func write(_ fields: [String]) throws {
        precondition(!closed, "write after close")
        Self.appendRecord(fields, to: &buffer, delimiter: delimiter, lineEnding: lineEnding)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Hands the buffered bytes to the file.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file.
    public func close() throws {
        guard !closed else { return }
        try flush()
        closed = true
        try handle.close()
    }

    /// The CSV text of `records`, for small outputs (tests, downloads built in memory).
    public static func string(_ records: [[String]], delimiter: UInt8 = UInt8(ascii: ","), lineEnding: LineEnding = .crlf) -> String {
        var bytes: [UInt8] = []
        for record in records {
            appendRecord(record, to: &bytes, delimiter: delimiter, lineEnding: lineEnding)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendRecord(_ fields: [String], to bytes: inout [UInt8], delimiter: UInt8, lineEnding: LineEnding) {
        if fields.count == 1, fields[0].isEmpty {
            bytes.append(contentsOf: [0x22, 0x22])
        } else {
            for (index, field) in fields.enumerated() {
                if index > 0 { bytes.append(delimiter) }
                appendField(field, to: &bytes, delimiter: delimiter)
            }
        }
        bytes.append(contentsOf: lineEnding.bytes)
    }

    private static func appendField(_ field: String, to bytes: inout [UInt8], delimiter: UInt8) {
        let utf8 = field.utf8
        let needsQuotes = utf8.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(0x22)
        for byte in utf8 {
            if byte == 0x22 { bytes.append(0x22) }
            bytes.append(byte)
        }
        bytes.append(0x22)
    }
}
