/// Escaping text for the parts ``XLSXWriter`` writes.
///
/// XML 1.0 cannot carry most control characters at all, not even as `&#1;`,
/// and a carriage return in text is turned into a line feed by every parser.
/// SpreadsheetML's answer (ECMA-376 Part 1, 22.9.2.19 ST_Xstring) is the
/// escape `_xHHHH_`, which Excel and LibreOffice resolve in cell text; a
/// literal `_x0041_` in the text must then have its underscore escaped as
/// `_x005F_`, or it would be read back as `A`.
enum XLSXWriterEscaping {
    /// Appends `text` as element content: `& < >` as entities, characters XML
    /// cannot hold as `_xHHHH_`.
    static func appendCellText(_ text: String, to bytes: inout [UInt8]) {
        // Most cells need no escaping at all; copying their bytes is many times faster.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x5F || $0 == 0xEF }) {
            bytes.append(contentsOf: text.utf8)
            return
        }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar.value {
            case 0x26: bytes.append(contentsOf: "&amp;".utf8)
            case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
            // `>` only matters in `]]>`, but escaping it always is simpler than tracking that.
            case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
            case 0x09, 0x0A: bytes.append(UInt8(scalar.value))
            case 0x00...0x1F, 0xFFFE, 0xFFFF: appendOOXMLEscape(scalar.value, to: &bytes)
            case 0x5F where looksLikeEscape(scalars, at: index): appendOOXMLEscape(0x5F, to: &bytes)
            default: bytes.append(contentsOf: String(scalar).utf8)
            }
            index += 1
        }
    }

    /// Appends `text` as an attribute value in double quotes; callers make sure
    /// it holds no control characters (sheet names are validated first).
    static func appendAttribute(_ text: String, to bytes: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&apos;".utf8)
            default: bytes.append(byte)
            }
        }
    }

    /// Whether a reader would take the text at `index` (an underscore) for the start of `_xHHHH_`.
    private static func looksLikeEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x" || scalars[index + 1] == "X", scalars[index + 6] == "_" else {
            return false
        }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func appendOOXMLEscape(_ value: UInt32, to bytes: inout [UInt8]) {
        let hex = String(value, radix: 16, uppercase: true)
        bytes.append(contentsOf: "_x\(String(repeating: "0", count: 4 - hex.count))\(hex)_".utf8)
    }

    /// Whether text needs `xml:space="preserve"`, without which readers may drop
    /// leading and trailing spaces and line breaks.
    static func needsSpacePreserved(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return first.properties.isWhitespace || last.properties.isWhitespace
    }
}
