import Reporting

/// The state of one import: looking for the header, then turning rows into
/// imported rows, problems and counts. Shared by the CSV and XLSX paths.
struct GLOTIPImportSession {
    let maximumProblems: Int
    private(set) var report = GLOTIPImportReport()
    private var columns: GLOTIPExportColumns?
    private var headerFields: [String] = []
    private var rowsSearched = 0
    private var closestMiss: [String] = GLOTIPExportColumns.names

    init(maximumProblems: Int) {
        self.maximumProblems = maximumProblems
    }

    /// A data row for `body`, a problem, or (before the header) a banner row.
    /// - Parameters:
    ///   - invalidUTF8Fields: cells whose bytes were not UTF-8 (``CSVRow/invalidUTF8Fields``).
    ///   - cellCountMustMatch: CSV rows have every cell; XLSX rows stop at their last written one.
    mutating func consume(
        number: Int, fields: [String], invalidUTF8Fields: [Int], cellCountMustMatch: Bool,
        _ body: (ImportedGLOTIPRow) throws -> Void
    ) throws {
        guard let columns else {
            try lookForHeader(fields)
            return
        }
        // Spreadsheets often keep formatted but empty rows below the data.
        if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { return }
        report.summary.rowsRead += 1
        // An XLSX row stops at its last written cell, so only extra cells with text are wrong there.
        let tooMany = fields.count > columns.width && fields[columns.width...].contains { !$0.isEmpty }
        if tooMany || (cellCountMustMatch && fields.count != columns.width) {
            self.report(GLOTIPImportProblem(row: number, reason: .wrongCellCount(found: fields.count, expected: columns.width)))
            return
        }
        if let index = invalidUTF8Fields.first {
            let column = index < headerFields.count ? headerFields[index] : "cell \(index + 1)"
            self.report(GLOTIPImportProblem(row: number, reason: .invalidUTF8(column: column)))
            return
        }
        switch GLOTIPExportRowParser.parse(fields, columns: columns) {
        case .failure(let reason):
            self.report(GLOTIPImportProblem(row: number, reason: reason))
        case .success(let row):
            let code = row.dimension == .citizenship ? GLOTIPCitizenshipLabels.code(for: row.category) : nil
            let imported = ImportedGLOTIPRow(row: row, sourceRow: number, citizenshipCode: code)
            report.summary.count(imported)
            try body(imported)
        }
    }

    /// A record the CSV reader could not split into cells.
    mutating func unreadable(row: Int, reason: String) {
        if columns != nil { report.summary.rowsRead += 1 }
        report(GLOTIPImportProblem(row: row, reason: .unreadableRecord(reason)))
    }

    mutating func report(_ problem: GLOTIPImportProblem) {
        report.summary.problemCount += 1
        if report.problems.count < maximumProblems { report.problems.append(problem) }
    }

    /// Throws when the file ended before a header was seen.
    func finish() throws {
        if columns == nil { throw GLOTIPImportError.headerNotFound(missing: closestMiss) }
    }

    private mutating func lookForHeader(_ fields: [String]) throws {
        switch GLOTIPExportColumns.find(in: fields) {
        case .success(let found):
            columns = found
            headerFields = fields
        case .failure(let missing):
            if missing.names.count < closestMiss.count { closestMiss = missing.names }
            rowsSearched += 1
            if rowsSearched >= GLOTIPExportColumns.rowsSearchedForHeader {
                throw GLOTIPImportError.headerNotFound(missing: closestMiss)
            }
        }
    }
}
