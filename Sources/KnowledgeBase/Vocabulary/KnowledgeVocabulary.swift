/// A closed list of values stored by name, like the HTCDS code lists: the
/// PascalCase raw value is what the database and the API hold, and
/// `labelKey` names its translation.
public protocol KnowledgeVocabulary: RawRepresentable, CaseIterable, Codable, Hashable, Sendable where RawValue == String {
    /// The prefix of this list's label keys, e.g. `knowledgeVerdict`.
    static var labelPrefix: String { get }
}

extension KnowledgeVocabulary {
    /// The key of this value's label in the catalogues, e.g. `knowledgeVerdict.Convicted`.
    public var labelKey: String { "\(Self.labelPrefix).\(rawValue)" }

    /// Reads a value as people type it in a query or a spreadsheet: the exact
    /// name, or the same ignoring case, spaces, hyphens and underscores
    /// (`convicted`, `first instance`, `tip-3b`).
    public init?(loose text: String) {
        let wanted = Self.fold(text)
        guard let match = Self.allCases.first(where: { Self.fold($0.rawValue) == wanted }) else { return nil }
        self = match
    }

    static func fold(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
