import FluentPostgresDriver
import Foundation
import NIOCore
import SQLKit

/// Large multi-row inserts on PostgreSQL, sent by `COPY … FROM STDIN`.
///
/// A 30,000-parameter `INSERT` is parsed and planned anew on every batch: in
/// the 100,000-row import that was a fifth of the server's time. `COPY` streams
/// the rows as text, with nothing to plan, and fires the same constraints and
/// foreign-key checks.
enum PostgresCopy {
    /// Rows below this go by `INSERT`: a `COPY` costs an extra round trip, which
    /// only pays for itself over many rows.
    static let minimumRows = 64

    /// Copies `rows` on `database`'s connection (the transaction's, inside one).
    /// Returns `false`, having sent nothing, when the database is not PostgreSQL,
    /// there are too few rows, or a column holds a type ``CopyText`` does not write.
    static func insert(_ rows: BulkRows, on database: any SQLDatabase) async throws -> Bool {
        guard rows.rowCount >= minimumRows, let postgres = database as? any PostgresDatabase,
              CopyText.writesEveryColumn(of: rows) else { return false }
        try await postgres.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                try await connection.copyFrom(table: rows.table, columns: rows.columns, logger: connection.logger) { writer in
                    var text = CopyText(rows)
                    while let chunk = try text.next() { try await writer.write(chunk) }
                }
            }
        }.get()
        return true
    }

    /// A value of a type that ``CopyText`` does not write, in a column whose
    /// first value it does write; the copy, and its transaction, fail. A
    /// model's column holds one type, so this is a programming error.
    struct UnsupportedValue: Error, CustomStringConvertible {
        let table: String
        let type: String
        var description: String { "COPY into \(table): no text form for a \(type)" }
    }
}

/// The rows in `COPY`'s text format, about a megabyte at a time.
///
/// One line per row, values separated by tabs, `\N` for `NULL`, and
/// backslashes, tabs and line breaks in text escaped; other characters go as they are
/// (https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2).
private struct CopyText {
    private static let chunkBytes = 1 << 20
    private let rows: BulkRows
    private var nextRow = 0
    private var lastDate: (date: Date, text: String)?

    init(_ rows: BulkRows) {
        self.rows = rows
    }

    /// Whether the first value of each column is of a type this writes. The
    /// values of a column come from one model property, so one is checked per
    /// column rather than a cast per value.
    static func writesEveryColumn(of rows: BulkRows) -> Bool {
        let width = rows.columns.count
        return (0..<width).allSatisfy { column in
            let first = stride(from: column, to: rows.values.count, by: width).lazy.compactMap { rows.values[$0] }.first
            return first.map(isWritable) ?? true
        }
    }

    private static func isWritable(_ value: any Encodable & Sendable) -> Bool {
        value is String || value is UUID || value is Date || value is Int || value is Int64 || value is Bool || value is Double
    }

    mutating func next() throws -> ByteBuffer? {
        guard nextRow < rows.rowCount else { return nil }
        var buffer = ByteBufferAllocator().buffer(capacity: Self.chunkBytes + 4096)
        let width = rows.columns.count
        while nextRow < rows.rowCount, buffer.readableBytes < Self.chunkBytes {
            for column in 0..<width {
                if column > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
                try write(rows.values[nextRow * width + column], to: &buffer)
            }
            buffer.writeInteger(UInt8(ascii: "\n"))
            nextRow += 1
        }
        return buffer
    }

    private mutating func write(_ value: (any Encodable & Sendable)?, to buffer: inout ByteBuffer) throws {
        switch value {
        case nil:
            buffer.writeStaticString("\\N")
        case let text as String:
            Self.writeEscaped(text, to: &buffer)
        case let uuid as UUID:
            buffer.writeString(uuid.uuidString)
        case let date as Date:
            // The rows of a batch share their timestamps: format each once.
            if lastDate?.date != date { lastDate = (date, Self.timestamp(date)) }
            buffer.writeString(lastDate!.text)
        case let number as Int:
            buffer.writeString(String(number))
        case let number as Int64:
            buffer.writeString(String(number))
        case let flag as Bool:
            buffer.writeStaticString(flag ? "t" : "f")
        case let number as Double:
            // Swift's shortest exact form; PostgreSQL reads it, `inf` and `nan` included.
            buffer.writeString(number.description)
        case let other?:
            throw PostgresCopy.UnsupportedValue(table: rows.table, type: "\(type(of: other))")
        }
    }

    private static func writeEscaped(_ text: String, to buffer: inout ByteBuffer) {
        var text = text
        text.withUTF8 { bytes in
            // Ciphertext, codes and digests have nothing to escape: copy them whole.
            guard bytes.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else {
                buffer.writeBytes(bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                default: buffer.writeInteger(byte)
                }
            }
        }
    }

    /// `2026-11-25 04:28:31.123456+00`, to the microsecond PostgreSQL keeps.
    private static func timestamp(_ date: Date) -> String {
        let micros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        var (whole, fraction) = micros.quotientAndRemainder(dividingBy: 1_000_000)
        if fraction < 0 { (whole, fraction) = (whole - 1, fraction + 1_000_000) }  // before 1970
        var seconds = time_t(whole)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d.%06lld+00", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                      parts.tm_hour, parts.tm_min, parts.tm_sec, fraction)
    }
}
