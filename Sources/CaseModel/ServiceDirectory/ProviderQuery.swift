/// What a case worker looks for in the service directory: the service and the
/// person who needs it. Every field is optional; a `nil` field does not narrow
/// the search (see ``ProviderMatch`` for how unknown values are read).
public struct ProviderQuery: Hashable, Codable, Sendable {
    public var service: ServiceType?
    /// The person's age in whole years.
    public var age: Int?
    public var gender: Gender?
    /// ISO 3166 alpha-3 codes; a person may hold several.
    public var citizenships: Set<String>
    public var status: TraffickingStatus?
    /// The person comes with children.
    public var withChildren: Bool
    public var needsDisabilityAccess: Bool
    /// A language the staff must speak.
    public var language: LanguageCode?
    /// Where the person is, for the distance limit and the sort.
    public var near: GeoPoint?
    /// How far from ``near`` a provider may be; ignored without ``near``.
    public var maximumDistanceKm: Double?
    /// Only providers that report at least one free place.
    public var onlyAvailable: Bool

    public init(
        service: ServiceType? = nil,
        age: Int? = nil,
        gender: Gender? = nil,
        citizenships: Set<String> = [],
        status: TraffickingStatus? = nil,
        withChildren: Bool = false,
        needsDisabilityAccess: Bool = false,
        language: LanguageCode? = nil,
        near: GeoPoint? = nil,
        maximumDistanceKm: Double? = nil,
        onlyAvailable: Bool = false
    ) {
        self.service = service
        self.age = age
        self.gender = gender
        self.citizenships = citizenships
        self.status = status
        self.withChildren = withChildren
        self.needsDisabilityAccess = needsDisabilityAccess
        self.language = language
        self.near = near
        self.maximumDistanceKm = maximumDistanceKm
        self.onlyAvailable = onlyAvailable
    }
}
