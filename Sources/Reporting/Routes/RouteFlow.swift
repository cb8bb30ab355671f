/// The victims who travelled one leg, as published.
public struct RouteFlow: Hashable, Sendable {
    public var leg: RouteLeg
    public var victims: ReportedValue

    public init(leg: RouteLeg, victims: ReportedValue) {
        self.leg = leg
        self.victims = victims
    }
}
