/// Whether a route stays in one country.
public enum RouteScope: String, CaseIterable, Codable, Sendable {
    /// Every recorded country is the same one. A route with a single recorded country (say the
    /// origin only) is domestic by this rule: nothing recorded says it crossed a border.
    case domestic = "Domestic"
    /// At least two different countries are recorded.
    case crossBorder = "Cross-border"
    /// No country is recorded.
    case unknown = "Unknown"
}

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

/// The victims of domestic routes between two admin areas of one country, as published.
public struct AreaFlow: Hashable, Sendable {
    /// ISO 3166-1 alpha-3.
    public var country: String
    /// The first-level admin areas, trimmed but otherwise as recorded.
    public var from: String
    public var to: String
    public var victims: ReportedValue

    public init(country: String, from: String, to: String, victims: ReportedValue) {
        self.country = country
        self.from = from
        self.to = to
        self.victims = victims
    }
}
