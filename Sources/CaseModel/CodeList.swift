/// A closed list of values, stored by its raw value.
///
/// Raw values are HTCDS value names (PascalCase), the vocabulary Libertas
/// stores, imports and exports; people see translated labels, looked up by
/// ``labelKey`` in the localisation catalogues.
public protocol CodeList: RawRepresentable, CaseIterable, Codable, Hashable, Sendable where RawValue == String {
    /// The HTCDS field this list belongs to, e.g. `vic_TypeOfExploitation`.
    static var field: String { get }
    /// The prefix of this list's label keys, e.g. `exploitation`.
    static var labelPrefix: String { get }
}

extension CodeList {
    /// The key of this value's label in the catalogues, e.g. `exploitation.ForcedLabour`.
    public var labelKey: String { "\(Self.labelPrefix).\(rawValue)" }

    /// Reads a value as people and files write it: the exact value name, or the
    /// same ignoring case, spaces, hyphens and underscores (`forced labour`,
    /// `Forced-Labour`). Returns `nil` for anything else rather than guessing.
    public static func parse(_ text: String) -> Self? {
        if let exact = Self(rawValue: text) { return exact }
        let wanted = normalise(text)
        guard !wanted.isEmpty else { return nil }
        return allCases.first { normalise($0.rawValue) == wanted }
    }

    private static func normalise(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}

extension OrganisationType: CodeList {
    public static let field = "org_Type"
    public static let labelPrefix = "orgType"
}

extension Set where Element: CodeList {
    /// The values in the order of their code list, so that a multi-select field
    /// is written the same way however the set was built (a set's own order
    /// depends on its history and changes from run to run).
    public var inListOrder: [Element] { Element.allCases.filter(contains) }
}
