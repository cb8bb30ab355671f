/// Whom a service provider takes in. An empty set or a `nil` limit means "no
/// limit" on that point.
public struct ProviderEligibility: Hashable, Codable, Sendable {
    /// The youngest age, in whole years, the provider takes; `nil` for no lower limit.
    public var minimumAge: Int?
    /// The oldest age, in whole years, the provider takes; `nil` for no upper limit.
    public var maximumAge: Int?
    /// The genders the provider takes (a women's shelter: `feminine` and
    /// `transgenderFeminine`, say); empty takes everyone.
    public var genders: Set<Gender>
    /// Citizenships (ISO 3166 alpha-3) the provider is limited to, for example
    /// a repatriation programme for nationals of one country; empty for any.
    public var nationalities: Set<String>
    /// Citizenships (alpha-3) the provider does not take, for example services
    /// for foreign victims that exclude the country's own nationals.
    public var excludedNationalities: Set<String>
    /// The trafficking statuses the provider serves, for example services
    /// open only to formally identified victims; empty for any.
    public var statuses: Set<TraffickingStatus>
    /// Whether a mother may come with her children.
    public var acceptsMothersWithChildren: Bool
    /// Whether the premises are accessible to wheelchair users and people with
    /// other disabilities.
    public var disabilityAccess: Bool

    public init(
        minimumAge: Int? = nil,
        maximumAge: Int? = nil,
        genders: Set<Gender> = [],
        nationalities: Set<String> = [],
        excludedNationalities: Set<String> = [],
        statuses: Set<TraffickingStatus> = [],
        acceptsMothersWithChildren: Bool = false,
        disabilityAccess: Bool = false
    ) {
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
        self.genders = genders
        self.nationalities = nationalities
        self.excludedNationalities = excludedNationalities
        self.statuses = statuses
        self.acceptsMothersWithChildren = acceptsMothersWithChildren
        self.disabilityAccess = disabilityAccess
    }
}
