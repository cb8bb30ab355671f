/// Parses the value of a numeric field: `2018`, `2015..2020`, `2015..` or `..2020`.
enum RangeParser {
    /// Returns `nil` for anything else, including `2020..2015` and `..`.
    static func parse(_ text: String) -> NumericRange? {
        guard let dots = text.range(of: "..") else {
            guard let value = integer(text) else { return nil }
            return NumericRange(lower: value, upper: value)
        }
        let lowText = String(text[..<dots.lowerBound])
        let highText = String(text[dots.upperBound...])
        let lower = lowText.isEmpty ? nil : integer(lowText)
        let upper = highText.isEmpty ? nil : integer(highText)
        // A present-but-unparsable side, or both sides missing, is an error.
        if !lowText.isEmpty && lower == nil { return nil }
        if !highText.isEmpty && upper == nil { return nil }
        if lower == nil && upper == nil { return nil }
        if let lower, let upper, lower > upper { return nil }
        return NumericRange(lower: lower, upper: upper)
    }

    /// Digits only (an optional leading minus), so `1e3`, `+5` and `20 20` are rejected;
    /// `Int(_:)` returns `nil` on overflow, which also makes the range invalid.
    private static func integer(_ text: String) -> Int? {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
