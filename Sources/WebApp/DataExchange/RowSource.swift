import Foundation
import Interchange

/// The rows of a spreadsheet or CSV file, with their header, read one at a time.
enum RowSource {
    case csv(URL)
    case xlsx(URL)

    /// Chooses by file extension.
    init(url: URL) {
        self = url.pathExtension.lowercased() == "xlsx" ? .xlsx(url) : .csv(url)
    }

    var url: URL {
        switch self {
        case .csv(let url), .xlsx(let url): url
        }
    }

    /// Calls `body` with each data row's number (1 = first row after the header) and its cells by column name.
    /// A row that cannot be read at all is passed to `unreadable` and the walk goes on.
    func forEachRow(
        _ body: (Int, [String: String]) throws -> Void,
        unreadable: (Int, String) throws -> Void,
        bytesRead: (Int64) -> Void = { _ in }
    ) throws {
        switch self {
        case .csv(let url):
            let reader = try CSVReader(url: url)
            guard let header = try reader.readHeader() else { return }
            let columns = header.map { $0.trimmingCharacters(in: .whitespaces) }
            var count = 0
            // Bytes are estimated from the cells read: close enough for a progress bar.
            var bytes: Int64 = 0
            while true {
                let row: CSVRow
                do {
                    guard let next = try reader.next() else { break }
                    row = next
                } catch let error as CSVError where error.isRecoverable {
                    try unreadable(error.row, error.description)
                    continue
                }
                count += 1
                bytes += Int64(row.fields.reduce(row.fields.count) { $0 + $1.utf8.count })
                try body(row.number, Self.cells(columns, row.fields))
                if count % 1_000 == 0 { bytesRead(bytes) }
            }
            bytesRead(bytes)
        case .xlsx(let url):
            let reader = try XLSXReader(url: url)
            var columns: [String]?
            try reader.forEachRow { row in
                guard let header = columns else {
                    columns = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
                    return
                }
                if row.fields.allSatisfy({ $0.isEmpty }) { return }
                try body(row.number - 1, Self.cells(header, row.fields))
            }
        }
    }

    /// About how many data rows the file holds, found without parsing it: a
    /// CSV's lines less the header (a quoted cell may span lines, so this can
    /// overcount); 0 for XLSX, whose rows are known only once it is read.
    func estimatedRows() throws -> Int {
        guard case .csv(let url) = self else { return 0 }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var lines = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            lines += chunk.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        }
        return max(0, lines - 1)
    }

    static func cells(_ header: [String], _ fields: [String]) -> [String: String] {
        var cells: [String: String] = [:]
        cells.reserveCapacity(header.count)
        for (index, name) in header.enumerated() where !name.isEmpty && index < fields.count {
            cells[name] = fields[index]
        }
        return cells
    }
}
