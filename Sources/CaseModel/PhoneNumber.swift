/// A telephone number in E.164 form, as HTCDS asks for `org_Phone` and `prs_Phone`.
public struct PhoneNumber: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The number as `+` followed by 2 to 15 digits.
    public let e164: String

    /// Parses a number typed by a person.
    ///
    /// Spaces, dots, hyphens and brackets are dropped, and a leading `00` is read
    /// as the international prefix. The result must then match HTCDS's pattern
    /// `^\+?[1-9]\d{1,14}$`; a number without a country code is refused rather
    /// than guessed, because a wrong guess would route a call to another country.
    /// - Parameter text: the number as typed.
    /// - Returns: `nil` when the text is not an international number.
    public init?(parsing text: String) {
        var digits = text.filter { !" .-()\u{00A0}".contains($0) }
        if digits.hasPrefix("00") { digits = "+" + digits.dropFirst(2) }
        guard digits.hasPrefix("+") else { return nil }
        let body = digits.dropFirst()
        guard (2...15).contains(body.count),
              body.allSatisfy({ $0.isASCII && $0.isNumber }),
              body.first != "0"
        else { return nil }
        e164 = "+" + body
    }

    public var description: String { e164 }

    /// A phone number is written in JSON as its E.164 string.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let number = PhoneNumber(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an international phone number (+ and country code): \(text)"))
        }
        self = number
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(e164)
    }
}
