/// One step of a route between two countries (ISO 3166-1 alpha-3), in the direction travelled.
public struct RouteLeg: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    /// A leg that starts and ends in the same country.
    public var isDomestic: Bool { from == to }

    public var description: String { "\(from) → \(to)" }

    /// By origin, then destination, in alphabetical order.
    public static func < (lhs: RouteLeg, rhs: RouteLeg) -> Bool {
        (lhs.from, lhs.to) < (rhs.from, rhs.to)
    }
}
