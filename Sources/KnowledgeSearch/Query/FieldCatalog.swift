/// The field names a query may use (`country:MEX`, `year:2015..2020`) and how each is typed.
///
/// The catalogue is supplied by the caller rather than hard-coded because the
/// case-law, legislation and bibliography collections expose different facets.
public struct FieldCatalog: Sendable, Equatable {
    /// How the value of a field is interpreted.
    public enum Kind: Sendable, Equatable {
        /// A free value compared for equality (`country:MEX`, `court:"Supreme Court"`).
        case text
        /// An integer value or inclusive range (`year:2018`, `year:2015..2020`).
        case numeric
    }

    /// Field kinds keyed by lower-case field name.
    public let kinds: [String: Kind]

    /// Creates a catalogue from text field names and numeric field names.
    ///
    /// Names are matched case-insensitively, so they are stored lower-cased.
    public init(text: [String], numeric: [String] = []) {
        var kinds: [String: Kind] = [:]
        for name in text { kinds[name.lowercased()] = .text }
        for name in numeric { kinds[name.lowercased()] = .numeric }
        self.kinds = kinds
    }

    /// The facets of a SHERLOC-style portal: case law, legislation and bibliography.
    public static let sherloc = FieldCatalog(
        text: ["country", "crime", "exploitation", "article", "court", "stage", "verdict", "language", "type"],
        numeric: ["year"]
    )

    /// The kind of `name`, or `nil` when the field is not allowed.
    public func kind(of name: String) -> Kind? {
        kinds[name.lowercased()]
    }

    /// All allowed names, sorted so error messages are stable.
    public var allowedNames: [String] {
        kinds.keys.sorted()
    }
}
