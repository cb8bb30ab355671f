/// Assembles the rows of a worksheet part from its XML events.
///
/// Finished rows wait in ``completed`` until the reader hands them on after
/// each chunk, so at most a chunk's worth of rows is held.
final class XLSXSheetHandler: XMLEventHandler {
    private enum Capture { case none, value, inlineText }

    /// Excel's last column is XFD; a larger reference is corrupt, and
    /// refusing it keeps a crafted `r="ZZZZZZ1"` from allocating a huge row.
    static let maximumColumns = 16_384

    var completed: [XLSXRow] = []
    private let sharedStrings: [String]
    private let part: String
    private var inSheetData = false
    private var rowNumber = 0
    private var cells: [String] = []
    private var nextColumn = 0
    private var column = 0
    private var reference = ""
    private var cellType = "n"
    private var value = ""
    private var inlineText = ""
    private var capture = Capture.none
    private var inInlineString = false
    private var phoneticDepth = 0

    init(sharedStrings: [String], part: String) {
        self.sharedStrings = sharedStrings
        self.part = part
    }

    var wantsText: Bool { capture != .none && phoneticDepth == 0 }

    func startElement(_ name: String, attributes: XMLAttributes) throws {
        switch name {
        case "sheetData":
            inSheetData = true
        case "row" where inSheetData:
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            cells = []
            nextColumn = 0
        case "c" where inSheetData:
            reference = attributes["r"] ?? ""
            column = try reference.isEmpty ? nextColumn : Self.columnIndex(of: reference, part: part)
            cellType = attributes["t"] ?? "n"
            value = ""
            inlineText = ""
        case "v" where inSheetData:
            capture = .value
        case "is" where inSheetData:
            inInlineString = true
        case "t" where inInlineString:
            capture = .inlineText
        case "rPh":
            phoneticDepth += 1
        default:
            break
        }
    }

    func endElement(_ name: String) throws {
        switch name {
        case "sheetData": inSheetData = false
        case "v", "t": capture = .none
        case "is": inInlineString = false
        case "rPh": phoneticDepth -= 1
        case "c" where inSheetData: try placeCell()
        case "row" where inSheetData: completed.append(XLSXRow(number: rowNumber, fields: cells))
        default: break
        }
    }

    func text(_ text: String) throws {
        switch capture {
        case .value: value += text
        case .inlineText: inlineText += text
        case .none: break
        }
    }

    private func placeCell() throws {
        let place = reference.isEmpty ? "row \(rowNumber)" : "cell \(reference)"
        guard column >= cells.count else {
            throw XLSXError.malformed(part: part, reason: "\(place) is out of column order")
        }
        let text: String
        switch cellType {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                throw XLSXError.malformed(part: part, reason: "\(place) refers to shared string \(value), which does not exist")
            }
            text = sharedStrings[index]
        case "inlineStr": text = XMLText.resolveOOXMLEscapes(inlineText)
        case "str": text = XMLText.resolveOOXMLEscapes(value)
        case "b": text = value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        default: text = value
        }
        while cells.count < column { cells.append("") }
        cells.append(text)
        nextColumn = column + 1
    }

    /// The zero-based column of a reference like `C12` or `AA3`.
    static func columnIndex(of reference: String, part: String) throws -> Int {
        var index = 0
        var letters = 0
        for byte in reference.utf8 {
            let upper = byte & ~0x20
            guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { break }
            index = index * 26 + Int(upper - UInt8(ascii: "A")) + 1
            letters += 1
            if index > maximumColumns { break }
        }
        guard letters > 0, index <= maximumColumns else {
            throw XLSXError.malformed(part: part, reason: "cell reference \(reference) is not a column A–XFD")
        }
        return index - 1
    }
}
