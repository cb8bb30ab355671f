/// A whole route: origin, transits in order, destination (ISO 3166-1 alpha-3, `nil` when not
/// recorded).
public struct RoutePath: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var origin: String?
    public var transits: [String]
    public var destination: String?

    public init(origin: String?, transits: [String] = [], destination: String?) {
        self.origin = origin
        self.transits = transits
        self.destination = destination
    }

    /// `NGA → NER → LBY → ITA`, with `?` for an end not recorded.
    public var description: String {
        ([origin ?? "?"] + transits + [destination ?? "?"]).joined(separator: " → ")
    }

    /// Code by code from the origin (an unrecorded end first); a path with fewer transits first
    /// when one is the start of the other. Only used to break ties, so it need only be fixed.
    public static func < (lhs: RoutePath, rhs: RoutePath) -> Bool {
        lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey)
    }

    /// Positions line up because every path has exactly two ends, so different paths have
    /// different keys.
    private var sortKey: [String] { [origin ?? ""] + transits + [destination ?? ""] }
}
