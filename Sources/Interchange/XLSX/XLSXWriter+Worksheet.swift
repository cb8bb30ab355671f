import Foundation

/// Cell references: column letters and `A1`-style names.
enum XLSXCellReference {
    /// `0` → `A`, `25` → `Z`, `26` → `AA`.
    static func column(_ index: Int) -> String {
        var index = index + 1
        var letters: [UInt8] = []
        while index > 0 {
            let remainder = (index - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(remainder))
            index = (index - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }
}

/// The workbook's shared-strings table, filled while the sheets are written.
struct XLSXSharedStrings {
    /// Keyed by UTF-8 bytes, not by `String`: strings compare by canonical
    /// equivalence, so `é` precomposed and decomposed would share one entry and
    /// one of them would come back with the other's bytes.
    private var indices: [[UInt8]: Int] = [:]
    private(set) var strings: [String] = []
    /// How many cells refer to the table (the `count` attribute).
    private(set) var references = 0

    mutating func index(of text: String) -> Int {
        references += 1
        let key = Array(text.utf8)
        if let index = indices[key] { return index }
        indices[key] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    /// The `xl/sharedStrings.xml` part.
    func part() -> [UInt8] {
        var bytes = Array(XLSXPackageParts.declaration.utf8)
        bytes.append(contentsOf: "<sst xmlns=\"\(XLSXPackageParts.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">".utf8)
        for text in strings {
            bytes.append(contentsOf: "<si>".utf8)
            XLSXWorksheetPart.appendTextElement(text, to: &bytes)
            bytes.append(contentsOf: "</si>".utf8)
        }
        bytes.append(contentsOf: "</sst>".utf8)
        return bytes
    }
}

/// Writes one `xl/worksheets/sheetN.xml` part.
enum XLSXWorksheetPart {
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384
    /// The header's cell format: index 1 of `cellXfs` in ``XLSXPackageParts/styles``.
    static let headerStyle = 1

    static func part(
        for sheet: XLSXSheet, isFirst: Bool, strings: inout XLSXSharedStrings?
    ) throws -> [UInt8] {
        let headerRows = sheet.header.isEmpty ? 0 : 1
        let columnCount = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0)
        guard sheet.rows.count + headerRows <= maximumRows, columnCount <= maximumColumns else {
            throw XLSXWriterError.sheetTooLarge(sheet: sheet.name)
        }
        let columnNames = (0..<columnCount).map { Array(XLSXCellReference.column($0).utf8) }

        var bytes = Array(XLSXPackageParts.declaration.utf8)
        bytes.append(contentsOf: "<worksheet xmlns=\"\(XLSXPackageParts.mainNamespace)\" xmlns:r=\"\(XLSXPackageParts.relationshipNamespace)\">".utf8)
        let lastRow = sheet.rows.count + headerRows
        let dimension = columnCount == 0 || lastRow == 0 ? "A1" : "A1:\(XLSXCellReference.column(columnCount - 1))\(lastRow)"
        bytes.append(contentsOf: "<dimension ref=\"\(dimension)\"/>".utf8)
        appendSheetView(frozenHeader: headerRows > 0 && sheet.freezesHeader, selected: isFirst, to: &bytes)
        bytes.append(contentsOf: "<sheetFormatPr defaultRowHeight=\"15\"/>".utf8)
        appendColumnWidths(for: sheet, columnCount: columnCount, to: &bytes)
        bytes.append(contentsOf: "<sheetData>".utf8)
        if headerRows > 0 {
            try appendRow(sheet.header.map(XLSXCell.string), number: 1, style: headerStyle, sheet: sheet.name, columnNames: columnNames, strings: &strings, to: &bytes)
        }
        for (offset, row) in sheet.rows.enumerated() {
            try appendRow(row, number: offset + 1 + headerRows, style: nil, sheet: sheet.name, columnNames: columnNames, strings: &strings, to: &bytes)
        }
        bytes.append(contentsOf: "</sheetData></worksheet>".utf8)
        return bytes
    }

    private static func appendSheetView(frozenHeader: Bool, selected: Bool, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")".utf8)
        if frozenHeader {
            bytes.append(contentsOf: ("><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>").utf8)
        } else {
            bytes.append(contentsOf: "/></sheetViews>".utf8)
        }
    }

    /// Widths from the header and the first rows, so titles are readable on
    /// opening; later rows are not measured, to keep large sheets cheap.
    private static func appendColumnWidths(for sheet: XLSXSheet, columnCount: Int, to bytes: inout [UInt8]) {
        guard columnCount > 0 else { return }
        var widths = sheet.header.map(displayWidth) + Array(repeating: 0, count: columnCount - sheet.header.count)
        for row in sheet.rows.prefix(200) {
            for (column, cell) in row.enumerated() {
                let width = switch cell {
                case .empty: 0
                case .string(let text): displayWidth(text)
                case .integer(let value): String(value).count
                case .number(let value): numberText(value).count
                }
                widths[column] = max(widths[column], width)
            }
        }
        bytes.append(contentsOf: "<cols>".utf8)
        for (column, width) in widths.enumerated() {
            let clamped = min(max(width + 2, 8), 60)
            bytes.append(contentsOf: "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(clamped)\" customWidth=\"1\"/>".utf8)
        }
        bytes.append(contentsOf: "</cols>".utf8)
    }

    /// Characters, with East Asian ones counted twice as they take two columns.
    private static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in sum + (scalar.value >= 0x1100 ? 2 : 1) }
    }

    private static func appendRow(
        _ cells: [XLSXCell], number: Int, style: Int?, sheet: String, columnNames: [[UInt8]],
        strings: inout XLSXSharedStrings?, to bytes: inout [UInt8]
    ) throws {
        // A row with no cells is left out, as spreadsheet programs do.
        guard cells.contains(where: { !isEmpty($0) }) else { return }
        let rowName = Array(String(number).utf8)
        bytes.append(contentsOf: "<row r=\"".utf8)
        bytes.append(contentsOf: rowName)
        bytes.append(contentsOf: "\">".utf8)
        let styleAttribute = style.map { Array(" s=\"\($0)\"".utf8) } ?? []
        for (column, cell) in cells.enumerated() where !isEmpty(cell) {
            bytes.append(contentsOf: "<c r=\"".utf8)
            bytes.append(contentsOf: columnNames[column])
            bytes.append(contentsOf: rowName)
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: styleAttribute)
            switch cell {
            case .empty:
                break
            case .integer(let value):
                bytes.append(contentsOf: "><v>\(value)</v></c>".utf8)
            case .number(let value):
                guard value.isFinite else { throw XLSXWriterError.nonFiniteNumber(sheet: sheet, row: number, column: column + 1) }
                bytes.append(contentsOf: "><v>\(numberText(value))</v></c>".utf8)
            case .string(let text):
                if strings != nil {
                    let index = strings!.index(of: text)
                    bytes.append(contentsOf: " t=\"s\"><v>\(index)</v></c>".utf8)
                } else {
                    bytes.append(contentsOf: " t=\"inlineStr\"><is>".utf8)
                    appendTextElement(text, to: &bytes)
                    bytes.append(contentsOf: "</is></c>".utf8)
                }
            }
        }
        bytes.append(contentsOf: "</row>".utf8)
    }

    /// A `<t>` element, preserving leading and trailing white space.
    static func appendTextElement(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: (XLSXWriterEscaping.needsSpacePreserved(text) ? "<t xml:space=\"preserve\">" : "<t>").utf8)
        XLSXWriterEscaping.appendCellText(text, to: &bytes)
        bytes.append(contentsOf: "</t>".utf8)
    }

    private static func isEmpty(_ cell: XLSXCell) -> Bool {
        switch cell {
        case .empty: true
        case .string(let text): text.isEmpty
        case .integer, .number: false
        }
    }

    /// Whole numbers without `.0` (what a person would type); others in
    /// Swift's shortest round-tripping form, whose `1e-05` is valid `xsd:double`.
    static func numberText(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
