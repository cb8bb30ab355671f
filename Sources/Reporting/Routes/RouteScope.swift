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
