/// A route among the most frequent, with its victims as published.
public struct RankedRoute: Hashable, Sendable {
    public var path: RoutePath
    public var victims: ReportedValue

    public init(path: RoutePath, victims: ReportedValue) {
        self.path = path
        self.victims = victims
    }
}
