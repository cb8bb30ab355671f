import Foundation

/// A language as ISO 639-2 asks HTCDS to record it (`prs_PrimaryLanguage`):
/// three letters, such as `fra` or `zho`. Two-letter ISO 639-1 codes are read
/// and stored as their three-letter form.
public struct LanguageCode: Hashable, Codable, Sendable, CustomStringConvertible {
    public let alpha3: String

    /// - Returns: `nil` for a code that is not an ISO 639 language.
    public init?(_ text: String) {
        let code = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let language = Locale.LanguageCode(code)
        guard language.isISOLanguage, let alpha3 = language.identifier(.alpha3) else { return nil }
        self.alpha3 = alpha3
    }

    public var description: String { alpha3 }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = LanguageCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an ISO 639 language code: \(text)"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(alpha3)
    }
}
