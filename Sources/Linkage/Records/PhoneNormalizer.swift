/// Phone numbers to E.164 (`+` and up to 15 digits).
///
/// Agencies write numbers as dialled locally ("07700 900123"), with an
/// international prefix ("0044 7700…") or already in E.164. Linkage
/// compares digits only, so every form must become the same string.
public struct PhoneNormalizer: Sendable {
    /// Country calling code assumed for national numbers (leading single 0),
    /// e.g. "44" for the United Kingdom.
    public var defaultCountryCode: String

    public init(defaultCountryCode: String = "44") {
        self.defaultCountryCode = defaultCountryCode
    }

    /// E.164 form, or nil when the text holds too few digits to be a phone
    /// number (fewer than 7) or more than E.164 allows (15).
    ///
    /// Separators (spaces, dots, dashes, parentheses) are ignored; "00" and
    /// "+" mark an international number; a single leading "0" marks a
    /// national number, whose trunk 0 is replaced by the default country
    /// code; "(0)" after a country code, as in "+44 (0)7700", is dropped.
    public func normalise(_ text: String) -> String? {
        var digits: [UInt8] = []
        digits.reserveCapacity(16)
        var international = false
        var sawDigit = false
        var scalars = Array(text.utf8)
        // "+44 (0)7700 …": the bracketed trunk zero is not dialled from abroad.
        if let open = indexOf(sequence: Array("(0)".utf8), in: scalars) {
            scalars.removeSubrange(open..<open + 3)
        }
        for byte in scalars {
            switch byte {
            case 0x30...0x39:
                digits.append(byte)
                sawDigit = true
            case 0x2B where !sawDigit:
                international = true
            default:
                continue
            }
        }
        if !international {
            if digits.starts(with: [0x30, 0x30]) {
                digits.removeFirst(2)
            } else if digits.first == 0x30 {
                digits = Array(defaultCountryCode.utf8) + digits.dropFirst()
            }
        }
        guard digits.count >= 7 && digits.count <= 15 else { return nil }
        return "+" + String(decoding: digits, as: UTF8.self)
    }

    private func indexOf(sequence: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= sequence.count else { return nil }
        for start in 0...(bytes.count - sequence.count) where bytes[start..<start + sequence.count].elementsEqual(sequence) {
            return start
        }
        return nil
    }

    /// The number with one digit deleted, for every position after the
    /// first three digits (which hold the country code): two numbers are
    /// one edit apart (a dropped, wrong or transposed digit) when they share
    /// one of these variants or one is a variant of the other.
    public static func deletionVariants(_ e164: String) -> [String] {
        let digits = Array(e164.utf8.dropFirst())
        guard digits.count > 4 else { return [] }
        var variants: [String] = []
        variants.reserveCapacity(digits.count - 3)
        for position in 3..<digits.count {
            var copy = digits
            copy.remove(at: position)
            variants.append("+" + String(decoding: copy, as: UTF8.self))
        }
        return variants
    }
}
