import Foundation
import Reporting

/// Reads the UNODC GLOTIP country-data export (`data_glotip.xlsx` from
/// dataunodc.un.org, or a CSV of the same table) into ``ImportedGLOTIPRow`` values.
///
/// - The header is found among the first rows, so the XLSX banner rows
///   ("UNODC", the export date) are skipped; columns are found by name.
/// - Each row is validated on its own. A bad row (unknown indicator,
///   dimension, category, sex or age, a value that is not a count or `<5`, a
///   bad year) becomes a ``GLOTIPImportProblem`` with its spreadsheet row
///   number; the good rows are kept.
/// - `<5` becomes `.suppressed(.primary)`. Counts may have thousands separators.
/// - By-citizenship rows keep their raw label as `category` and get the
///   label's code from ``GLOTIPCitizenshipLabels``.
/// - Rows are streamed: the CSV is read in chunks and the XLSX sheet is
///   decompressed as it is parsed, so memory does not grow with the file
///   (beyond the workbook's shared strings) unless the caller keeps the rows.
public struct GLOTIPExportReader: Sendable {
    /// The file's format; ``read(_:format:sheet:_:)`` detects it when not given.
    public enum Format: Sendable, Hashable {
        case csv
        case xlsx
    }

    /// The sheet of the UNODC download; read when present, else the first sheet.
    public static let exportSheet = "data_glotip_1"

    /// How many problems are kept in the report; the rest are only counted, so a
    /// wrong file cannot fill memory with messages.
    public var maximumProblems: Int

    public init(maximumProblems: Int = 1000) {
        self.maximumProblems = maximumProblems
    }

    /// Calls `body` with each good row in file order and returns the problems and counts.
    /// - Throws: ``GLOTIPImportError`` when no header is found, ``XLSXError`` for a
    ///   damaged workbook, file errors, and whatever `body` throws (which stops the reading).
    public func read(
        _ url: URL, format: Format? = nil, sheet: String? = nil, _ body: (ImportedGLOTIPRow) throws -> Void
    ) throws -> GLOTIPImportReport {
        var session = GLOTIPImportSession(maximumProblems: maximumProblems)
        switch try format ?? Self.detectFormat(of: url) {
        case .csv:
            try readCSV(url, session: &session, body)
        case .xlsx:
            let reader = try XLSXReader(url: url)
            let name = sheet ?? (reader.sheetNames.contains(Self.exportSheet) ? Self.exportSheet : nil)
            try reader.forEachRow(inSheet: name) { row in
                try session.consume(number: row.number, fields: row.fields, invalidUTF8Fields: [], cellCountMustMatch: false, body)
            }
        }
        try session.finish()
        return session.report
    }

    /// Reads the whole export into memory.
    public func readAll(_ url: URL, format: Format? = nil, sheet: String? = nil) throws -> GLOTIPImport {
        var rows: [ImportedGLOTIPRow] = []
        let report = try read(url, format: format, sheet: sheet) { rows.append($0) }
        return GLOTIPImport(rows: rows, problems: report.problems, summary: report.summary)
    }

    /// XLSX files are ZIP archives, which start with `PK\3\4`; anything else is taken for CSV.
    public static func detectFormat(of url: URL) throws -> Format {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let start = try handle.read(upToCount: 4) ?? Data()
        return start == Data([0x50, 0x4B, 0x03, 0x04]) ? .xlsx : .csv
    }

    private func readCSV(_ url: URL, session: inout GLOTIPImportSession, _ body: (ImportedGLOTIPRow) throws -> Void) throws {
        // No `readHeader()`: the header may follow banner rows, and without it
        // record numbers count from the file's first row, as a spreadsheet does.
        let reader = try CSVReader(url: url)
        while true {
            let row: CSVRow?
            do {
                row = try reader.next()
            } catch let error as CSVError {
                session.unreadable(row: error.row, reason: error.description)
                if error.isRecoverable { continue }
                break
            }
            guard let row else { break }
            try session.consume(number: row.number, fields: row.fields, invalidUTF8Fields: row.invalidUTF8Fields, cellCountMustMatch: true, body)
        }
    }
}
