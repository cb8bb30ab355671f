/// A person as Libertas records them (HTCDS `prs_`): the same shape for victims
/// and perpetrators. Everything is optional except what the registry needs to
/// tell people apart, because real case files start incomplete.
public struct PersonRecord: Hashable, Codable, Sendable {
    public var givenName: String?
    public var middleName: String?
    public var familyName: String?
    /// Other names and spellings the person is known by.
    public var aliases: [String] = []
    public var birthDate: PartialDate?
    /// The age group when no birth date is known: a worker's assessment that
    /// the person is a child, or the band a CTDC file gives. Ignored when
    /// ``birthDate`` is set, since the date is more precise.
    public var ageGroup: AgeGroup?
    public var gender: Gender?
    /// ISO 3166 alpha-3 codes.
    public var citizenships: [String] = []
    public var primaryLanguage: LanguageCode?
    public var secondaryLanguage: LanguageCode?
    public var maritalStatus: MaritalStatus?
    public var numberOfChildren: Int?
    public var education: EducationLevel?
    public var identityNumber: String?
    public var email: String?
    public var phone: PhoneNumber?
    public var address: Address?
    public var deceased = false
    public var notes: String?

    public init() {}

    /// The name as one line: given, middle, family.
    public var fullName: String {
        [givenName, middleName, familyName].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Every name the person is known by, for search indexes.
    public var allNames: [String] {
        ([fullName] + aliases).filter { !$0.isEmpty }
    }
}

/// A postal address (HTCDS `prs_Mailing*`, `hte_*`).
public struct Address: Hashable, Codable, Sendable {
    public var street: String?
    public var city: String?
    public var state: String?
    public var postalCode: String?
    /// ISO 3166 alpha-3.
    public var country: String?

    public init(street: String? = nil, city: String? = nil, state: String? = nil, postalCode: String? = nil, country: String? = nil) {
        self.street = street
        self.city = city
        self.state = state
        self.postalCode = postalCode
        self.country = country
    }

    public var isEmpty: Bool {
        [street, city, state, postalCode, country].allSatisfy { ($0 ?? "").isEmpty }
    }
}
