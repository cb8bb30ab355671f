/// Spelling of PDF's basic objects (PDF 32000-1 §7.3).
enum PDFSyntax {
    /// A real number with at most two decimals and no exponent.
    ///
    /// Written by hand instead of with `String(format:)` so the output never depends on the
    /// locale or on platform formatting differences: rendering must be byte-reproducible.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return "\(sign)\(whole).\(digits)"
    }

    /// A literal string `( … )` for single-byte text.
    ///
    /// Backslash and both parentheses are escaped, as §7.3.4.2 requires for unbalanced ones
    /// (escaping all of them is simpler than checking the balance). Bytes outside printable
    /// ASCII are written as octal escapes so the file stays 7-bit clean and no line-end byte
    /// inside a string can be rewritten by a transfer in text mode.
    static func literalString(_ bytes: [UInt8]) -> String {
        var result = "("
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "("): result += "\\("
            case UInt8(ascii: ")"): result += "\\)"
            case UInt8(ascii: "\\"): result += "\\\\"
            case 0x20...0x7E: result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let octal = String(byte, radix: 8)
                result += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            }
        }
        return result + ")"
    }

    /// A hexadecimal string `< … >` of 16-bit codes, as used for the Chinese font.
    static func hexString(codes: [UInt16]) -> String {
        "<" + codes.map(hex4).joined() + ">"
    }

    /// A text string (§7.9.2.2) for the document information dictionary.
    ///
    /// Plain ASCII stays readable as a literal; anything else is UTF-16BE with a byte-order
    /// mark, the only Unicode form that PDF 1.4 readers understand in text strings.
    static func textString(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) {
            return literalString(Array(text.utf8))
        }
        return "<FEFF" + text.utf16.map(hex4).joined() + ">"
    }

    /// Four upper-case hex digits.
    static func hex4(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
