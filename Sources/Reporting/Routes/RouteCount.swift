/// The victims who share one route: how the database hands routes over, grouped, so that a year of
/// a large register is a few thousand values rather than one per victim.
public struct RouteCount: Hashable, Sendable {
    /// The route, with the year its victims count in.
    public var route: VictimRoute
    /// How many victims took it (at least 1 to count).
    public var victims: Int

    public init(route: VictimRoute, victims: Int) {
        self.route = route
        self.victims = victims
    }
}

extension Sequence<VictimRoute> {
    /// One ``RouteCount`` per distinct route, for routes listed one per victim.
    public func counted() -> [RouteCount] {
        var counts: [VictimRoute: Int] = [:]
        for route in self { counts[route, default: 0] += 1 }
        return counts.map { RouteCount(route: $0.key, victims: $0.value) }
    }
}
