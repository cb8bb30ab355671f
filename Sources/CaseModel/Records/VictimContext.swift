/// What makes a person a victim in one case (HTCDS `vic_`).
public struct VictimContext: Hashable, Codable, Sendable {
    public var traffickingStatus: TraffickingStatus = .possibleVictimOfTrafficking
    public var statusDecidedBy: StatusDecisionMaker?
    public var statusDecidedOn: PartialDate?
    /// When the person was identified or registered: the year statistics count them in.
    /// `nil` only when a source gives no single year (a CTDC band such as 2005–2013);
    /// forms and the API ask for it.
    public var identifiedOn: PartialDate?
    public var relationshipToTrafficker: RelationshipToTrafficker?
    public var ageWhenTrafficked: Int?
    /// The age group when exploitation began, when neither the age then nor
    /// the birth date is known (CTDC's `majorityStatusAtExploit`).
    public var ageGroupAtExploitation: AgeGroup?
    public var exploitationTypes: Set<ExploitationType> = []
    public var forcedLabourIndustry: ForcedLabourIndustry?
    public var sexualExploitationTypes: Set<SexualExploitationType> = []
    public var controlMethods: Set<ControlMethod> = []
    public var recruitmentMethods: Set<RecruitmentMethod> = []
    public var recruitmentPlatforms: Set<OnlinePlatform> = []
    public var exploitationPlatforms: Set<OnlinePlatform> = []
    /// ISO 3166 alpha-3 of the country of exploitation.
    public var exploitationCountry: String?
    /// The place of exploitation in words (an address, a farm, a boat): encrypted.
    public var exploitationPlace: String?
    /// ISO 3166 alpha-3 of the country the victim was repatriated to, if they were: GLOTIP
    /// counts detected victims "by country of repatriation". Not an HTCDS field.
    public var repatriatedTo: String?
    /// When the repatriation took place (month precision is kept).
    public var repatriatedOn: PartialDate?

    public init(identifiedOn: PartialDate?) {
        self.identifiedOn = identifiedOn
    }

    /// The multi-select fields with their HTCDS names, as stored one value per row.
    public var multiSelectValues: [(field: String, values: [String])] {
        [
            ("vic_TypeOfExploitation", exploitationTypes.map(\.rawValue)),
            ("vic_TypeOfSexExploitation", sexualExploitationTypes.map(\.rawValue)),
            ("vic_MethodsOfControl", controlMethods.map(\.rawValue)),
            ("vic_MethodOfRecruitment", recruitmentMethods.map(\.rawValue)),
            ("vic_RecruitmentWebsitesAndApps", recruitmentPlatforms.map(\.rawValue)),
            ("vic_ExploitationWebsitesAndApps", exploitationPlatforms.map(\.rawValue)),
        ].map { ($0.0, $0.1.sorted()) }
    }

    /// Sets the multi-select fields from stored (field, value) pairs; unknown values are ignored.
    public mutating func setMultiSelect(_ pairs: [(field: String, value: String)]) {
        for (field, value) in pairs {
            switch field {
            case "vic_TypeOfExploitation": if let code = ExploitationType(rawValue: value) { exploitationTypes.insert(code) }
            case "vic_TypeOfSexExploitation": if let code = SexualExploitationType(rawValue: value) { sexualExploitationTypes.insert(code) }
            case "vic_MethodsOfControl": if let code = ControlMethod(rawValue: value) { controlMethods.insert(code) }
            case "vic_MethodOfRecruitment": if let code = RecruitmentMethod(rawValue: value) { recruitmentMethods.insert(code) }
            case "vic_RecruitmentWebsitesAndApps": if let code = OnlinePlatform(rawValue: value) { recruitmentPlatforms.insert(code) }
            case "vic_ExploitationWebsitesAndApps": if let code = OnlinePlatform(rawValue: value) { exploitationPlatforms.insert(code) }
            default: break
            }
        }
    }
}

/// What makes a person a perpetrator in one case (HTCDS `per_`).
public struct PerpetratorContext: Hashable, Codable, Sendable {
    public var roles: Set<PerpetratorRole> = []
    public var relationship: RelationshipToTrafficker?
    public var roleDetails: String?

    public init(roles: Set<PerpetratorRole> = [], relationship: RelationshipToTrafficker? = nil, roleDetails: String? = nil) {
        self.roles = roles
        self.relationship = relationship
        self.roleDetails = roleDetails
    }

    public static let rolesField = "per_RoleInProcess"
}

// Encoded by hand only to write the multi-select sets in code-list order: the
// API and exports must give the same bytes for the same record.
extension VictimContext {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(traffickingStatus, forKey: .traffickingStatus)
        try container.encodeIfPresent(statusDecidedBy, forKey: .statusDecidedBy)
        try container.encodeIfPresent(statusDecidedOn, forKey: .statusDecidedOn)
        try container.encodeIfPresent(identifiedOn, forKey: .identifiedOn)
        try container.encodeIfPresent(relationshipToTrafficker, forKey: .relationshipToTrafficker)
        try container.encodeIfPresent(ageWhenTrafficked, forKey: .ageWhenTrafficked)
        try container.encodeIfPresent(ageGroupAtExploitation, forKey: .ageGroupAtExploitation)
        try container.encode(exploitationTypes.inListOrder, forKey: .exploitationTypes)
        try container.encodeIfPresent(forcedLabourIndustry, forKey: .forcedLabourIndustry)
        try container.encode(sexualExploitationTypes.inListOrder, forKey: .sexualExploitationTypes)
        try container.encode(controlMethods.inListOrder, forKey: .controlMethods)
        try container.encode(recruitmentMethods.inListOrder, forKey: .recruitmentMethods)
        try container.encode(recruitmentPlatforms.inListOrder, forKey: .recruitmentPlatforms)
        try container.encode(exploitationPlatforms.inListOrder, forKey: .exploitationPlatforms)
        try container.encodeIfPresent(exploitationCountry, forKey: .exploitationCountry)
        try container.encodeIfPresent(exploitationPlace, forKey: .exploitationPlace)
        try container.encodeIfPresent(repatriatedTo, forKey: .repatriatedTo)
        try container.encodeIfPresent(repatriatedOn, forKey: .repatriatedOn)
    }
}

extension PerpetratorContext {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(roles.inListOrder, forKey: .roles)
        try container.encodeIfPresent(relationship, forKey: .relationship)
        try container.encodeIfPresent(roleDetails, forKey: .roleDetails)
    }
}
