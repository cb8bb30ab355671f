import Reporting

/// A row of a GLOTIP export that was left out, and why.
public struct GLOTIPImportProblem: Hashable, Sendable, CustomStringConvertible {
    /// What was wrong with the row.
    public enum Reason: Error, Hashable, Sendable {
        /// The row has another number of cells than the header.
        case wrongCellCount(found: Int, expected: Int)
        case unknownIndicator(String)
        case unknownDimension(String)
        /// The category does not belong to the dimension (`Total` on the total
        /// dimension; one of UNODC's forms on the form-of-exploitation dimension).
        case unknownCategory(String, dimension: GLOTIPDimension)
        case unknownSex(String)
        case unknownAge(String)
        /// Not a whole number in ``GLOTIPExportRowParser/years``.
        case badYear(String)
        /// Neither a count, `<5` nor `x`.
        case badValue(String)
        /// Only counts can be imported (the long layout writes `Counts`).
        case unsupportedUnit(String)
        /// The cell's bytes are not UTF-8 (the file was probably saved as Latin-1).
        case invalidUTF8(column: String)
        /// The CSV record itself could not be read.
        case unreadableRecord(String)
    }

    /// The row's number as a spreadsheet shows it: the header and banner rows count.
    public let row: Int
    public let reason: Reason

    public init(row: Int, reason: Reason) {
        self.row = row
        self.reason = reason
    }

    public var description: String { "row \(row): \(message)" }

    /// The explanation without the row number.
    public var message: String {
        switch reason {
        case .wrongCellCount(let found, let expected):
            "\(found) cells, but the header has \(expected)"
        case .unknownIndicator(let text):
            "Indicator \(quoted(text)) is not one of \(list(GLOTIPIndicator.allCases.map(\.rawValue)))"
        case .unknownDimension(let text):
            "Dimension \(quoted(text)) is not one of \(list(GLOTIPDimension.allCases.map(\.rawValue)))"
        case .unknownCategory(let text, let dimension):
            "Category \(quoted(text)) does not belong to the dimension \(quoted(dimension.rawValue))"
        case .unknownSex(let text):
            "Sex \(quoted(text)) is not one of \(list(GLOTIPSex.allCases.map(\.rawValue)))"
        case .unknownAge(let text):
            "Age \(quoted(text)) is not one of \(list(GLOTIPAge.allCases.map(\.rawValue)))"
        case .badYear(let text):
            "Year \(quoted(text)) is not a year from \(GLOTIPExportRowParser.years.lowerBound) to \(GLOTIPExportRowParser.years.upperBound)"
        case .badValue(let text):
            "txtVALUE \(quoted(text)) is not a count, <5 or x"
        case .unsupportedUnit(let text):
            "Unit of measurement \(quoted(text)) is not Counts"
        case .invalidUTF8(let column):
            "\(column) is not valid UTF-8; save the file as UTF-8"
        case .unreadableRecord(let reason):
            reason
        }
    }

    private func quoted(_ text: String) -> String { "\"\(text)\"" }
    private func list(_ values: [String]) -> String { values.joined(separator: ", ") }
}

/// Why a GLOTIP export could not be read at all.
public enum GLOTIPImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// None of the first rows is the export's header; `missing` lists the
    /// columns absent from the row that came closest.
    case headerNotFound(missing: [String])

    public var description: String {
        switch self {
        case .headerNotFound(let missing):
            "no header row with the UNODC GLOTIP columns in the first \(GLOTIPExportColumns.rowsSearchedForHeader) rows; missing: \(missing.joined(separator: ", "))"
        }
    }
}
