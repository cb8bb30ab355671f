/// Victims with a route, split into domestic, cross-border and unknown, with shares.
public struct RouteScopeShares: Hashable, Sendable {
    /// Every victim with a route in the years counted: the sum of the three parts.
    public var total: ReportedValue
    /// Domestic, cross-border and unknown, in that order.
    public var parts: [RouteScopePart]

    public init(total: ReportedValue, parts: [RouteScopePart]) {
        self.total = total
        self.parts = parts
    }

    /// The part of one scope.
    public subscript(scope: RouteScope) -> RouteScopePart? {
        parts.first { $0.scope == scope }
    }
}

/// One scope's victims and their share of all victims with a route.
public struct RouteScopePart: Hashable, Sendable {
    public var scope: RouteScope
    public var victims: ReportedValue
    /// Percent of ``RouteScopeShares/total`` (unknown included, so the three add up to 100),
    /// from the true counts; `nil` when any of the three parts or the total is withheld (a share
    /// would give the withheld count back) or when there are no victims.
    public var percent: Double?

    public init(scope: RouteScope, victims: ReportedValue, percent: Double?) {
        self.scope = scope
        self.victims = victims
        self.percent = percent
    }
}
