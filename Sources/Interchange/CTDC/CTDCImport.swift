import Foundation

/// What reading a whole CTDC file found, besides the records themselves.
public struct CTDCImportSummary: Sendable, Hashable {
    /// The layout the header showed (or the caller chose).
    public let layout: CTDCLayout
    /// The mapper's notes on ignored and missing columns.
    public let notes: [String]
    /// Records handed to the caller.
    public internal(set) var records = 0
    /// Records with at least one issue.
    public internal(set) var recordsWithIssues = 0
    /// Issues by kind, over all records.
    public internal(set) var issueCounts: [CTDCIssue.Kind: Int] = [:]
    /// Rows the file reader could not split into cells (bad quoting): they
    /// yield no record, so each is listed here rather than lost.
    public internal(set) var unreadableRows: [CTDCIssue] = []

    mutating func count(_ mapped: CTDCMappedRow) {
        records += 1
        if !mapped.issues.isEmpty { recordsWithIssues += 1 }
        for issue in mapped.issues { issueCounts[issue.kind, default: 0] += 1 }
    }
}

/// Reads CTDC files end to end: file reader, layout detection, mapping.
public enum CTDCImport {
    /// Reads a CSV file, calling `body` with each mapped row in file order.
    ///
    /// Rows whose cell count differs from the header's are still mapped, with
    /// a ``CTDCIssue/Kind/malformedRow`` issue; extra cells are quoted in it.
    /// A row the CSV reader rejects lands in ``CTDCImportSummary/unreadableRows``
    /// and reading goes on when the reader can resume.
    /// - Parameters:
    ///   - delimiter: the cell separator; guessed from the header line when `nil`.
    ///   - layout: forces a layout instead of detecting it.
    public static func readCSV(at url: URL, delimiter: UInt8? = nil, layout: CTDCLayout? = nil, _ body: (CTDCMappedRow) throws -> Void) throws -> CTDCImportSummary {
        let reader = try CSVReader(url: url, delimiter: try delimiter ?? CSVReader.sniffDelimiter(url: url))
        guard let header = try reader.readHeader() else { throw CTDCError.noHeader }
        let mapper = try CTDCMapper(header: header, layout: layout)
        var summary = CTDCImportSummary(layout: mapper.layout, notes: mapper.notes)
        while true {
            let row: CSVRow
            do {
                guard let next = try reader.next() else { break }
                row = next
            } catch let error as CSVError {
                summary.unreadableRows.append(CTDCIssue(
                    row: error.row, line: error.line, column: "", value: "", kind: .malformedRow, message: error.description))
                if error.isRecoverable { continue }
                break
            }
            var mapped = mapper.map(row.fields, row: row.number, line: row.line)
            let problems = cellProblems(row, header: header, delimiter: reader.delimiter)
            if !problems.isEmpty {
                mapped = CTDCMappedRow(record: mapped.record, issues: problems + mapped.issues)
            }
            summary.count(mapped)
            try body(mapped)
        }
        return summary
    }

    /// Reads a sheet of an `.xlsx` workbook (the first when `sheet` is `nil`):
    /// its first row with any cell is the header. Row numbers count from the
    /// header as in a CSV file (data row 1 is the row below the header), and
    /// issues give the spreadsheet row as `line`.
    public static func readXLSX(at url: URL, sheet: String? = nil, layout: CTDCLayout? = nil, _ body: (CTDCMappedRow) throws -> Void) throws -> CTDCImportSummary {
        let workbook = try XLSXReader(url: url)
        var mapper: CTDCMapper?
        var headerRow = 0
        var summary: CTDCImportSummary?
        try workbook.forEachRow(inSheet: sheet) { row in
            guard let mapper else {
                guard row.fields.contains(where: { !$0.isEmpty }) else { return }
                let created = try CTDCMapper(header: row.fields, layout: layout)
                mapper = created
                headerRow = row.number
                summary = CTDCImportSummary(layout: created.layout, notes: created.notes)
                return
            }
            var mapped = mapper.map(row.fields, row: row.number - headerRow, line: row.number)
            // Spreadsheets leave out trailing blank cells, so only surplus cells are a problem.
            if row.fields.count > mapper.header.count, row.fields[mapper.header.count...].contains(where: { !$0.isEmpty }) {
                let extra = row.fields[mapper.header.count...].joined(separator: ", ")
                let problem = CTDCIssue(row: mapped.record.row, line: row.number, column: "", value: extra, kind: .malformedRow,
                                        message: "cells beyond the header's \(mapper.header.count) columns are not read")
                mapped = CTDCMappedRow(record: mapped.record, issues: [problem] + mapped.issues)
            }
            summary?.count(mapped)
            try body(mapped)
        }
        guard let summary else { throw CTDCError.noHeader }
        return summary
    }

    private static func cellProblems(_ row: CSVRow, header: [String], delimiter: UInt8) -> [CTDCIssue] {
        var problems: [CTDCIssue] = []
        if row.fields.count < header.count {
            problems.append(CTDCIssue(row: row.number, line: row.line, column: "", value: "", kind: .malformedRow,
                                      message: "the row has \(row.fields.count) cells for \(header.count) columns; the missing ones read as blank"))
        } else if row.fields.count > header.count {
            let extra = row.fields[header.count...].joined(separator: String(UnicodeScalar(delimiter)))
            problems.append(CTDCIssue(row: row.number, line: row.line, column: "", value: extra, kind: .malformedRow,
                                      message: "the row has \(row.fields.count) cells for \(header.count) columns; the extra ones are not read"))
        }
        for index in row.invalidUTF8Fields {
            let column = index < header.count ? header[index] : "column \(index + 1)"
            problems.append(CTDCIssue(row: row.number, line: row.line, column: column, value: row.fields[index], kind: .malformedRow,
                                      message: "the cell is not valid UTF-8; damaged bytes were replaced by U+FFFD"))
        }
        return problems
    }
}
