import Foundation

/// Reads an RFC 4180 CSV file record by record, in constant memory.
///
/// - UTF-8, with or without a byte-order mark; line breaks `\n`, `\r\n` or a
///   lone `\r`; quoted cells may hold delimiters, line breaks and doubled
///   quotes; the last record may lack a line break.
/// - The file is read in chunks from a `FileHandle`, so memory holds one chunk
///   plus the record being read, whatever the file's size. Cells are found on
///   bytes; strings are made once per cell.
/// - Blank lines are skipped but counted in ``CSVRow/number`` (see there).
/// - A quote inside an unquoted cell (`ab"c`) is kept as text, as spreadsheet
///   programs and Python's `csv` module do.
/// - Problems throw ``CSVError`` with the record's number and line. After an
///   error whose ``CSVError/isRecoverable`` is true, ``next()`` goes on with the
///   following record; after any other, it returns `nil`.
///
/// Not thread-safe: one reader belongs to one task.
public final class CSVReader {
    /// The byte between cells.
    public let delimiter: UInt8
    /// The longest record accepted, in bytes. A larger one usually means an
    /// opening quote without its closing quote, which would otherwise pull the
    /// rest of the file into memory.
    public let maximumRecordBytes: Int

    private let handle: FileHandle
    private let chunkSize: Int
    private let scanner: CSVScanner
    private var buffer: [UInt8] = []
    /// The first byte of the record not yet returned.
    private var start = 0
    private var reachedEndOfFile = false
    private var finished = false
    private var checkedByteOrderMark = false
    private var headerAllowed = true
    private var nextLine = 1
    private var recordsAfterHeader = 0
    private var spans: [CSVFieldSpan] = []
    private var unescaped: [UInt8] = []

    /// Opens `url` for reading.
    /// - Parameters:
    ///   - delimiter: the cell separator; a quote or line-break byte is not allowed.
    ///   - chunkSize: bytes per read; 64 KiB keeps system calls few and memory small.
    public init(url: URL, delimiter: UInt8 = UInt8(ascii: ","), chunkSize: Int = 64 * 1024, maximumRecordBytes: Int = 16 * 1024 * 1024) throws {
        precondition(![UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(delimiter), "unusable CSV delimiter")
        precondition(chunkSize > 0 && maximumRecordBytes > 0)
        handle = try FileHandle(forReadingFrom: url)
        self.delimiter = delimiter
        self.chunkSize = chunkSize
        self.maximumRecordBytes = maximumRecordBytes
        scanner = CSVScanner(delimiter: delimiter)
    }

    deinit {
        try? handle.close()
    }

    /// Reads the first record as the header, skipping blank lines before it.
    ///
    /// Call it at most once, before ``next()``. Returns `nil` for an empty file.
    public func readHeader() throws -> [String]? {
        precondition(headerAllowed, "readHeader() must come before next()")
        headerAllowed = false
        while true {
            guard let record = try readRecord(number: 0) else { return nil }
            if !record.isBlank { return record.row.fields }
        }
    }

    /// The next record, or `nil` at the end of the file.
    public func next() throws -> CSVRow? {
        headerAllowed = false
        while true {
            recordsAfterHeader += 1
            guard let record = try readRecord(number: recordsAfterHeader) else {
                recordsAfterHeader -= 1
                return nil
            }
            if !record.isBlank { return record.row }
        }
    }

    // MARK: Reading records

    private func readRecord(number: Int) throws -> (row: CSVRow, isBlank: Bool)? {
        if finished { return nil }
        if !checkedByteOrderMark { try skipByteOrderMark() }
        while true {
            var spans = self.spans
            self.spans = []
            defer { self.spans = spans }
            let outcome = buffer.withUnsafeBufferPointer { bytes in
                scanner.scan(bytes, from: start, isFinal: reachedEndOfFile, spans: &spans)
            }
            switch outcome {
            case .needMoreData:
                try readMore(number: number)
            case .endOfFile:
                finished = true
                return nil
            case .unterminatedQuote:
                finished = true
                throw CSVError(reason: .unterminatedQuote, row: number, line: nextLine)
            case let .record(next, lineBreaks, problem):
                let line = nextLine
                nextLine += lineBreaks
                defer { start = next }
                if let problem {
                    throw CSVError(reason: problem, row: number, line: line)
                }
                let isBlank = spans.count == 1 && !spans[0].quoted && spans[0].start == spans[0].end
                if isBlank { return (CSVRow(number: number, line: line, fields: []), true) }
                let (fields, invalid) = makeFields(spans)
                return (CSVRow(number: number, line: line, fields: fields, invalidUTF8Fields: invalid), false)
            }
        }
    }

    private func makeFields(_ spans: [CSVFieldSpan]) -> ([String], [Int]) {
        var fields: [String] = []
        fields.reserveCapacity(spans.count)
        var invalid: [Int] = []
        var unescaped = self.unescaped
        self.unescaped = []
        defer { self.unescaped = unescaped }
        buffer.withUnsafeBufferPointer { bytes in
            for (index, span) in spans.enumerated() {
                let text: String?
                if span.isPlainSlice {
                    text = Self.string(UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]))
                } else {
                    unescaped.removeAll(keepingCapacity: true)
                    var cursor = span.start
                    while cursor < span.end {
                        let byte = bytes[cursor]
                        unescaped.append(byte)
                        // Inside quotes every quote is doubled: keep one, skip its twin.
                        cursor += byte == UInt8(ascii: "\"") ? 2 : 1
                    }
                    unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[span.trailingStart..<span.trailingEnd]))
                    text = unescaped.withUnsafeBufferPointer { Self.string($0) }
                }
                if let text {
                    fields.append(text)
                } else {
                    invalid.append(index)
                    let slice = span.isPlainSlice ? Array(bytes[span.start..<span.end]) : unescaped
                    fields.append(String(decoding: slice, as: UTF8.self))
                }
            }
        }
        return (fields, invalid)
    }

    /// The string of valid UTF-8 bytes, or `nil` for invalid ones.
    ///
    /// `String(validating:)` is several times slower than `String(decoding:)`
    /// here. ASCII cells (most cells of data files) cannot be invalid; other
    /// cells are decoded and compared: valid input decodes byte for byte,
    /// while repair always changes the bytes (a bad sequence becomes U+FFFD).
    @inline(__always)
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        guard let base = bytes.baseAddress, !isASCII(bytes) else { return text }
        let unchanged = text.utf8.count == bytes.count && text.withUTF8 { memcmp($0.baseAddress!, base, bytes.count) == 0 }
        return unchanged ? text : nil
    }

    @inline(__always)
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var combined: UInt8 = 0
        for byte in bytes { combined |= byte }
        return combined < 0x80
    }

    // MARK: Buffer

    /// Drops the bytes already returned and appends a read at least as large as
    /// what is kept, so a record longer than a chunk costs linear time overall.
    private func readMore(number: Int) throws {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        if buffer.count > maximumRecordBytes {
            finished = true
            throw CSVError(reason: .recordTooLarge(limit: maximumRecordBytes), row: number, line: nextLine)
        }
        let wanted = max(chunkSize, buffer.count)
        if let data = try handle.read(upToCount: wanted), !data.isEmpty {
            buffer.append(contentsOf: data)
        } else {
            reachedEndOfFile = true
        }
    }

    private func skipByteOrderMark() throws {
        checkedByteOrderMark = true
        while buffer.count - start < 3, !reachedEndOfFile { try readMore(number: 0) }
        if buffer.count - start >= 3, buffer[start] == 0xEF, buffer[start + 1] == 0xBB, buffer[start + 2] == 0xBF {
            start += 3
        }
    }
}
