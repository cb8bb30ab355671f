import Foundation

/// A language the interface is offered in.
///
/// English and Simplified Chinese are complete. Adding one of the other UN
/// languages means adding a case here and a catalogue in `Catalogs/`; the tests
/// refuse a catalogue with a missing or extra key.
public enum Language: String, CaseIterable, Codable, Sendable {
    case english = "en"
    case simplifiedChinese = "zh-Hans"

    /// The BCP 47 tag, for `<html lang>` and `Content-Language`.
    public var tag: String { rawValue }

    /// The language's name in itself, as a language switcher shows it.
    public var nativeName: String {
        switch self {
        case .english: "English"
        case .simplifiedChinese: "简体中文"
        }
    }

    /// Whether the script runs right to left (Arabic, later).
    public var isRightToLeft: Bool { false }

    /// Reads a tag such as `zh-CN`, `zh-Hans-CN`, `zh` or `en-GB`.
    public init?(tag: String) {
        let lower = tag.trimmingCharacters(in: .whitespaces).lowercased()
        if lower == "en" || lower.hasPrefix("en-") {
            self = .english
        } else if lower == "zh" || lower.hasPrefix("zh-hans") || lower == "zh-cn" || lower == "zh-sg" {
            self = .simplifiedChinese
        } else {
            return nil
        }
    }

    /// Chooses from an `Accept-Language` header, honouring its q-values; English when nothing matches.
    public static func negotiate(acceptLanguage header: String?) -> Language {
        guard let header else { return .english }
        let ranked = header.split(separator: ",").enumerated().compactMap { index, part -> (Language, Double, Int)? in
            let pieces = part.split(separator: ";")
            guard let first = pieces.first, let language = Language(tag: String(first)) else { return nil }
            let quality = pieces.dropFirst()
                .compactMap { piece -> Double? in
                    let trimmed = piece.trimmingCharacters(in: .whitespaces)
                    return trimmed.hasPrefix("q=") ? Double(trimmed.dropFirst(2)) : nil
                }
                .first ?? 1
            return quality > 0 ? (language, quality, index) : nil
        }
        return ranked.sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }.first?.0 ?? .english
    }
}
