/// A provider in the national service directory: a shelter, a clinic, a legal
/// aid office. Not personal data: it describes an organisation's service.
public struct ServiceProvider: Hashable, Codable, Sendable {
    /// Where the provider is.
    public struct Location: Hashable, Codable, Sendable {
        /// ISO 3166 alpha-3.
        public var country: String?
        /// State, province or region.
        public var adminArea: String?
        public var city: String?
        public var address: String?
        /// For distance searches; a provider without it is never "near" anything.
        public var point: GeoPoint?

        public init(country: String? = nil, adminArea: String? = nil, city: String? = nil, address: String? = nil, point: GeoPoint? = nil) {
            self.country = country
            self.adminArea = adminArea
            self.city = city
            self.address = address
            self.point = point
        }
    }

    public var name: String
    /// A provider that closed or stopped taking referrals stays on record
    /// (referrals name it) but is no longer found.
    public var active: Bool
    public var services: Set<ServiceType>
    public var eligibility: ProviderEligibility
    /// Languages the staff work in (ISO 639-2).
    public var languages: Set<LanguageCode>
    /// Places in all, when the service counts places (beds, case slots).
    public var capacity: Int?
    /// Places free now, as the provider last said; `nil` when not known.
    public var availablePlaces: Int?
    public var location: Location
    public var phone: PhoneNumber?
    public var email: String?
    /// Opening hours as the provider writes them ("Mon–Fri 9–17, hotline 24 h").
    public var hours: String?

    public init(
        name: String,
        active: Bool = true,
        services: Set<ServiceType>,
        eligibility: ProviderEligibility = ProviderEligibility(),
        languages: Set<LanguageCode> = [],
        capacity: Int? = nil,
        availablePlaces: Int? = nil,
        location: Location = Location(),
        phone: PhoneNumber? = nil,
        email: String? = nil,
        hours: String? = nil
    ) {
        self.name = name
        self.active = active
        self.services = services
        self.eligibility = eligibility
        self.languages = languages
        self.capacity = capacity
        self.availablePlaces = availablePlaces
        self.location = location
        self.phone = phone
        self.email = email
        self.hours = hours
    }
}
