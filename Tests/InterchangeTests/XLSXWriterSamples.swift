import Foundation
@testable import Interchange

/// A two-sheet workbook that exercises the writer: numbers, text that needs
/// escaping, Chinese, and gaps.
enum XLSXWriterSamples {
    static let numbers = XLSXSheet(
        name: "Numbers & <text>",
        header: ["Year", "Count", "Label", "Note"],
        rows: [
            [2021, 42, "<&>\"'", "中华人民共和国"],
            [2022, 3.25, .empty, "人口贩运"],
            [.empty, -7, "a & b", ""],
            [],
            [2023, 0.5, "last", "end"],
        ]
    )

    static let strings = XLSXSheet(
        name: "文本 'two' sheet",
        header: ["Text", "Number"],
        rows: [
            ["  spaced  ", 1],
            ["line\nbreak\tand tab", 2],
            ["carriage\rreturn, bell \u{7}, nul \u{0}", 3],
            ["literal _x0041_ stays", 4],
            ["<![CDATA[ ]]> & &amp;", 1e-5],
            [.empty, .empty, "third column only"],
        ],
        freezesHeader: false
    )

    static let sheets = [numbers, strings]

    /// The fields ``XLSXReader`` gives for a written sheet: numbers as written,
    /// trailing gaps cut, rows without cells left out.
    static func expectedFields(_ sheet: XLSXSheet) -> [[String]] {
        var rows: [[String]] = sheet.header.isEmpty ? [] : [sheet.header]
        for row in sheet.rows {
            var fields = row.map(text)
            while fields.last == "" { fields.removeLast() }
            if !fields.isEmpty { rows.append(fields) }
        }
        return rows
    }

    static func text(_ cell: XLSXCell) -> String {
        switch cell {
        case .empty: ""
        case .string(let text): text
        case .integer(let value): String(value)
        case .number(let value): XLSXWorksheetPart.numberText(value)
        }
    }
}
