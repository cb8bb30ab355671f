/// Why ``XLSXWriter`` refused to write a workbook.
public enum XLSXWriterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A workbook needs at least one sheet.
    case noSheets
    /// The name breaks one of ``XLSXSheetName``'s rules.
    case invalidSheetName(String, reason: String)
    /// Two sheets have the same name, ignoring case.
    case duplicateSheetName(String)
    /// A number cell holds NaN or an infinity (`row` and `column` count from 1, as the sheet shows them).
    case nonFiniteNumber(sheet: String, row: Int, column: Int)
    /// More rows or columns than a worksheet holds (1,048,576 × 16,384).
    case sheetTooLarge(sheet: String)

    public var description: String {
        switch self {
        case .noSheets: "a workbook needs at least one sheet"
        case .invalidSheetName(let name, let reason): "sheet name \"\(name)\": \(reason)"
        case .duplicateSheetName(let name): "two sheets are named \"\(name)\" (Excel ignores case)"
        case .nonFiniteNumber(let sheet, let row, let column):
            "sheet \"\(sheet)\", cell \(XLSXCellReference.column(column - 1))\(row): a number must be finite"
        case .sheetTooLarge(let sheet): "sheet \"\(sheet)\" has more than 1,048,576 rows or 16,384 columns"
        }
    }
}
