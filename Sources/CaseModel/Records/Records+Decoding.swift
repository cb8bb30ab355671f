// Lenient decoding for the record types: lists and flags that are absent in
// JSON take their defaults instead of failing, so API clients send only what
// they know. Values that are present must still be valid.

extension PersonRecord {
    enum CodingKeys: String, CodingKey {
        case givenName, middleName, familyName, aliases, birthDate, ageGroup, gender, citizenships, primaryLanguage, secondaryLanguage
        case maritalStatus, numberOfChildren, education, identityNumber, email, phone, address, deceased, notes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        givenName = try c.decodeIfPresent(String.self, forKey: .givenName)
        middleName = try c.decodeIfPresent(String.self, forKey: .middleName)
        familyName = try c.decodeIfPresent(String.self, forKey: .familyName)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        birthDate = try c.decodeIfPresent(PartialDate.self, forKey: .birthDate)
        ageGroup = try c.decodeIfPresent(AgeGroup.self, forKey: .ageGroup)
        gender = try c.decodeIfPresent(Gender.self, forKey: .gender)
        citizenships = try c.decodeIfPresent([String].self, forKey: .citizenships) ?? []
        primaryLanguage = try c.decodeIfPresent(LanguageCode.self, forKey: .primaryLanguage)
        secondaryLanguage = try c.decodeIfPresent(LanguageCode.self, forKey: .secondaryLanguage)
        maritalStatus = try c.decodeIfPresent(MaritalStatus.self, forKey: .maritalStatus)
        numberOfChildren = try c.decodeIfPresent(Int.self, forKey: .numberOfChildren)
        education = try c.decodeIfPresent(EducationLevel.self, forKey: .education)
        identityNumber = try c.decodeIfPresent(String.self, forKey: .identityNumber)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        phone = try c.decodeIfPresent(PhoneNumber.self, forKey: .phone)
        address = try c.decodeIfPresent(Address.self, forKey: .address)
        deceased = try c.decodeIfPresent(Bool.self, forKey: .deceased) ?? false
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
    }
}

extension VictimContext {
    enum CodingKeys: String, CodingKey {
        case traffickingStatus, statusDecidedBy, statusDecidedOn, identifiedOn, relationshipToTrafficker, ageWhenTrafficked, ageGroupAtExploitation
        case exploitationTypes, forcedLabourIndustry, sexualExploitationTypes, controlMethods, recruitmentMethods
        case recruitmentPlatforms, exploitationPlatforms, exploitationCountry, exploitationPlace, repatriatedTo, repatriatedOn
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(identifiedOn: try c.decodeIfPresent(PartialDate.self, forKey: .identifiedOn))
        traffickingStatus = try c.decodeIfPresent(TraffickingStatus.self, forKey: .traffickingStatus) ?? .possibleVictimOfTrafficking
        statusDecidedBy = try c.decodeIfPresent(StatusDecisionMaker.self, forKey: .statusDecidedBy)
        statusDecidedOn = try c.decodeIfPresent(PartialDate.self, forKey: .statusDecidedOn)
        relationshipToTrafficker = try c.decodeIfPresent(RelationshipToTrafficker.self, forKey: .relationshipToTrafficker)
        ageWhenTrafficked = try c.decodeIfPresent(Int.self, forKey: .ageWhenTrafficked)
        ageGroupAtExploitation = try c.decodeIfPresent(AgeGroup.self, forKey: .ageGroupAtExploitation)
        exploitationTypes = try c.decodeIfPresent(Set<ExploitationType>.self, forKey: .exploitationTypes) ?? []
        forcedLabourIndustry = try c.decodeIfPresent(ForcedLabourIndustry.self, forKey: .forcedLabourIndustry)
        sexualExploitationTypes = try c.decodeIfPresent(Set<SexualExploitationType>.self, forKey: .sexualExploitationTypes) ?? []
        controlMethods = try c.decodeIfPresent(Set<ControlMethod>.self, forKey: .controlMethods) ?? []
        recruitmentMethods = try c.decodeIfPresent(Set<RecruitmentMethod>.self, forKey: .recruitmentMethods) ?? []
        recruitmentPlatforms = try c.decodeIfPresent(Set<OnlinePlatform>.self, forKey: .recruitmentPlatforms) ?? []
        exploitationPlatforms = try c.decodeIfPresent(Set<OnlinePlatform>.self, forKey: .exploitationPlatforms) ?? []
        exploitationCountry = try c.decodeIfPresent(String.self, forKey: .exploitationCountry)
        exploitationPlace = try c.decodeIfPresent(String.self, forKey: .exploitationPlace)
        repatriatedTo = try c.decodeIfPresent(String.self, forKey: .repatriatedTo)
        repatriatedOn = try c.decodeIfPresent(PartialDate.self, forKey: .repatriatedOn)
    }
}

extension PerpetratorContext {
    enum CodingKeys: String, CodingKey {
        case roles, relationship, roleDetails
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            roles: try c.decodeIfPresent(Set<PerpetratorRole>.self, forKey: .roles) ?? [],
            relationship: try c.decodeIfPresent(RelationshipToTrafficker.self, forKey: .relationship),
            roleDetails: try c.decodeIfPresent(String.self, forKey: .roleDetails)
        )
    }
}

extension CaseRecord {
    enum CodingKeys: String, CodingKey {
        case openedOn, status, closedOn, closureReason, summary
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(openedOn: try c.decode(PartialDate.self, forKey: .openedOn), status: try c.decodeIfPresent(CaseStatus.self, forKey: .status) ?? .active)
        closedOn = try c.decodeIfPresent(PartialDate.self, forKey: .closedOn)
        closureReason = try c.decodeIfPresent(String.self, forKey: .closureReason)
        summary = try c.decodeIfPresent(String.self, forKey: .summary)
    }
}
