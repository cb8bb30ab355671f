/// One row of a worksheet, as ``XLSXReader`` streams it.
public struct XLSXRow: Sendable, Hashable {
    /// The spreadsheet row number (1 for the first row), from the file's
    /// `r` attribute; rows with no cells are not in the file and so not reported.
    public let number: Int
    /// Cell texts from column A up to the row's last written cell; cells the
    /// file leaves out are `""`, so every value stays under its column.
    ///
    /// Shared and inline strings come as text, numbers as written in the file
    /// (`2017`, `0.5`, `1E-3`), booleans as `TRUE`/`FALSE`, errors as their
    /// code (`#N/A`). Dates are numbers in Excel too: without reading the cell
    /// styles they come out as serial day numbers.
    public let fields: [String]

    /// A row as the reader reports it.
    public init(number: Int, fields: [String]) {
        self.number = number
        self.fields = fields
    }
}

/// Why a workbook could not be read.
public enum XLSXError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file is not a ZIP archive, or misses a part every workbook has.
    case notAWorkbook(reason: String)
    /// No sheet has this name.
    case noSuchSheet(String)
    /// A part's XML, or a value in it, cannot be read.
    case malformed(part: String, reason: String)
    /// The shared-strings table is larger than the reader accepts.
    case sharedStringsTooLarge(limit: Int)

    public var description: String {
        switch self {
        case .notAWorkbook(let reason): "not an .xlsx workbook: \(reason)"
        case .noSuchSheet(let name): "the workbook has no sheet named \(name)"
        case .malformed(let part, let reason): "\(part): \(reason)"
        case .sharedStringsTooLarge(let limit): "the shared strings exceed \(limit) bytes"
        }
    }
}
