/// A rough width estimate for text, because the server cannot measure fonts.
///
/// Used only for layout decisions (label column width, legend wrapping, flipping a label to the
/// other side), where a generous estimate is good enough: Latin averages about 0.58 em per
/// character in UI fonts, while CJK, Hangul and full-width characters take a full em.
public enum TextWidth {
    /// Estimated width in pixels of `text` at `fontSize`.
    public static func estimate(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            ems += isWide(scalar) ? 1.0 : (isNarrow(scalar) ? 0.3 : 0.6)
        }
        return ems * fontSize
    }

    /// `text` cut to fit `width` with an ellipsis (the full text stays available in a `<title>`).
    public static func truncate(_ text: String, toFit width: Double, fontSize: Double) -> String {
        guard estimate(text, fontSize: fontSize) > width else { return text }
        var result = ""
        for character in text {
            let candidate = result + String(character)
            if estimate(candidate + "…", fontSize: fontSize) > width { break }
            result = candidate
        }
        return result + "…"
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    private static func isNarrow(_ scalar: Unicode.Scalar) -> Bool {
        " .,;:!'|ilIjtf()[]".unicodeScalars.contains(scalar)
    }
}
