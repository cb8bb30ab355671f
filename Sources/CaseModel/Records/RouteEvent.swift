/// One step of a trafficking route (HTCDS `hte_`).
public struct RouteEvent: Hashable, Codable, Sendable {
    public var type: EventType
    public var dateFrom: PartialDate?
    public var dateTo: PartialDate?
    /// ISO 3166 alpha-3.
    public var country: String?
    public var adminArea: String?
    public var city: String?
    public var street: String?
    public var postalCode: String?
    public var latitude: Double?
    public var longitude: Double?
    public var description: String?

    public init(type: EventType, dateFrom: PartialDate? = nil, dateTo: PartialDate? = nil, country: String? = nil, city: String? = nil, description: String? = nil) {
        self.type = type
        self.dateFrom = dateFrom
        self.dateTo = dateTo
        self.country = country
        self.city = city
        self.description = description
    }
}
