/// Compact, locale-independent number formatting for SVG coordinates and default value labels.
public enum SVGNumber {
    /// Formats `value` with at most `fractionDigits` decimals, trailing zeros removed, never in
    /// exponent notation and never as `-0`: `12`, `3.5`, `-0.25`.
    ///
    /// Written by hand instead of with `String(format:)` or `NumberFormatter` because SVG needs a
    /// dot as decimal separator whatever the server's locale, and `Double.description` switches to
    /// exponent notation (`1e-05`) that some renderers reject. Non-finite values become `0`, which
    /// keeps the document valid; charts never pass them on purpose.
    public static func format(_ value: Double, fractionDigits: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        let digits = max(0, min(fractionDigits, 6))
        var factor: Double = 1
        for _ in 0..<digits { factor *= 10 }
        let scaled = (abs(value) * factor).rounded()
        // Past 2^53 doubles hold no fraction anyway; clamp so the Int conversion cannot trap.
        guard scaled < 9.0e15 else { return value < 0 ? "-9000000000000000" : "9000000000000000" }
        let units = Int(scaled)
        let divisor = Int(factor)
        let whole = units / divisor
        var fraction = units % divisor
        var text = (value < 0 && units != 0 ? "-" : "") + String(whole)
        if fraction != 0 {
            var fractionText = String(fraction)
            fractionText = String(repeating: "0", count: digits - fractionText.count) + fractionText
            while fractionText.hasSuffix("0") {
                fractionText.removeLast()
                fraction /= 10
            }
            text += "." + fractionText
        }
        return text
    }

    /// Formats an integer with no grouping separator (years on an axis must read `2024`, not `2,024`).
    public static func format(_ value: Int) -> String {
        String(value)
    }
}
