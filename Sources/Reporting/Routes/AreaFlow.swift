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
