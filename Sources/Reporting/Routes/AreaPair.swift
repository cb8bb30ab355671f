/// Two admin areas of one country, as a key.
struct AreaPair: Hashable, Sendable, Comparable {
    var country: String
    var from: String
    var to: String

    static func < (lhs: AreaPair, rhs: AreaPair) -> Bool {
        (lhs.country, lhs.from, lhs.to) < (rhs.country, rhs.from, rhs.to)
    }
}
