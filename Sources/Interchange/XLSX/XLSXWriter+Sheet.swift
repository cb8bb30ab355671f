/// One cell of a sheet that ``XLSXWriter`` writes.
///
/// The type decides how a spreadsheet program treats the cell: numbers can be
/// summed and sorted numerically; text is kept exactly as given, so an
/// identifier such as `007` or a year range `2019-2020` is never reinterpreted.
public enum XLSXCell: Hashable, Sendable {
    /// Nothing: the cell is left out of the file.
    case empty
    /// Text, written as given (control characters and all).
    case string(String)
    /// A whole number. Spreadsheets store numbers as doubles, so magnitudes
    /// beyond 2^53 lose their last digits there.
    case integer(Int)
    /// A number; it must be finite, because SpreadsheetML has no NaN or infinity.
    case number(Double)
}

extension XLSXCell: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
}

/// A named worksheet: an optional header row, then rows of typed cells.
public struct XLSXSheet: Hashable, Sendable {
    /// The tab's name; ``XLSXSheetName`` lists the rules it must follow.
    public var name: String
    /// Column titles for row 1, shown in bold on a tinted background; empty for no header.
    public var header: [String]
    /// The data rows, under the header; rows may differ in length.
    public var rows: [[XLSXCell]]
    /// Keeps the header row in view while scrolling (ignored without a header).
    public var freezesHeader: Bool

    public init(name: String, header: [String] = [], rows: [[XLSXCell]] = [], freezesHeader: Bool = true) {
        self.name = name
        self.header = header
        self.rows = rows
        self.freezesHeader = freezesHeader
    }
}
