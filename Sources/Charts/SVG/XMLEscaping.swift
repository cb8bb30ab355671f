/// Escaping for XML text and attribute values.
///
/// Every string that reaches SVG output goes through one of these two functions (``SVGNode`` calls
/// them when it renders), so a caller's label can never open a tag, close an attribute or inject
/// markup: escaping happens by construction, not by remembering.
public enum XMLEscaping {
    /// Escapes character data: `&`, `<`, `>`, `"` and `'` become entities.
    ///
    /// Quotes need no escaping in text, but escaping them too means the same function is safe
    /// wherever a caller pastes the result. Characters that XML 1.0 forbids (most C0 controls,
    /// U+FFFE, U+FFFF) are replaced by U+FFFD so the document stays well-formed.
    public static func text(_ string: String) -> String {
        escape(string, encodeWhitespace: false)
    }

    /// Escapes an attribute value for use between double quotes.
    ///
    /// Tabs and line breaks are written as character references because an XML parser would
    /// otherwise normalise them to spaces and the value would change on the way through.
    public static func attribute(_ string: String) -> String {
        escape(string, encodeWhitespace: true)
    }

    private static func escape(_ string: String, encodeWhitespace: Bool) -> String {
        var result = ""
        result.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t" where encodeWhitespace: result += "&#9;"
            case "\n" where encodeWhitespace: result += "&#10;"
            case "\r": result += "&#13;"  // a raw CR would be folded into LF by any parser
            default:
                if isAllowed(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result.unicodeScalars.append("\u{FFFD}")
                }
            }
        }
        return result
    }

    /// XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    /// Swift scalars are never surrogates, so only controls and the two non-characters remain.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xFFFD: return scalar.value < 0xFFFE
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
