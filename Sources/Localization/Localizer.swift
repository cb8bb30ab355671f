import Foundation

/// Turns text keys into the words of one language. Every user-facing string
/// in Libertas goes through here.
public struct Localizer: Sendable {
    public let language: Language
    private let table: [TextKey: String]

    public init(_ language: Language) {
        self.language = language
        self.table = Catalog.table(for: language)
    }

    /// The text for `key`, with `{name}` placeholders replaced from `arguments`.
    ///
    /// A key missing from the catalogue falls back to English, so a page never
    /// shows a raw key; the catalogue tests make sure that does not ship.
    public func callAsFunction(_ key: TextKey, _ arguments: [String: String] = [:]) -> String {
        var text = table[key] ?? Catalog.table(for: .english)[key] ?? key.rawValue
        for (name, value) in arguments {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    /// The text for a key written as a string, such as `role.analyst`; the key
    /// itself when there is none (for values that have no label yet).
    public func text(forKey rawKey: String) -> String {
        TextKey(rawValue: rawKey).map { self($0) } ?? rawKey
    }

    /// A date and time as people of this language write it, in UTC.
    public func dateTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language == .simplifiedChinese ? "zh_Hans" : "en_GB")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = language == .simplifiedChinese ? "yyyy年M月d日 HH:mm:ss 'UTC'" : "d MMM yyyy, HH:mm:ss 'UTC'"
        return formatter.string(from: date)
    }

    /// A day (no time of day) as people of this language write it, in UTC.
    public func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language == .simplifiedChinese ? "zh_Hans" : "en_GB")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = language == .simplifiedChinese ? "yyyy年M月d日" : "d MMM yyyy"
        return formatter.string(from: date)
    }

    /// A whole number with this language's grouping.
    public func number(_ value: Int) -> String {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: language == .simplifiedChinese ? "zh_Hans" : "en_GB")
        formatter.numberStyle = .decimal
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }
}
