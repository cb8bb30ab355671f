/// One detected victim's route, read from the case's trafficking events in date order: where they
/// were recruited, the countries they passed through, and where they were exploited. No person,
/// no case: the database query returns these without identifiers.
public struct VictimRoute: Hashable, Sendable {
    /// The year the victim counts in (identified).
    public var year: Int
    /// ISO 3166-1 alpha-3 of the recruitment country, if recorded.
    public var origin: String?
    /// Transit countries in route order (may be empty).
    public var transits: [String]
    /// ISO alpha-3 of the exploitation country, if recorded.
    public var destination: String?
    /// Admin areas (first-level, free text as recorded) where known, for domestic routes.
    public var originArea: String?
    public var destinationArea: String?

    public init(year: Int, origin: String?, transits: [String] = [], destination: String?, originArea: String? = nil, destinationArea: String? = nil) {
        self.year = year
        self.origin = origin
        self.transits = transits
        self.destination = destination
        self.originArea = originArea
        self.destinationArea = destinationArea
    }
}
