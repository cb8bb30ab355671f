import CaseModel

/// A problem with one cell of an imported row.
public struct RowIssue: Hashable, Sendable {
    public var column: String
    public var value: String
    public var message: String

    public init(column: String, value: String, message: String) {
        self.column = column
        self.value = value
        self.message = message
    }
}

extension HTCDSLayout {
    /// Reads one row, given as column name → cell. Returns the row, or the
    /// problems that stop it from being imported: every bad cell is reported,
    /// none is silently dropped.
    public static func decode(_ cells: [String: String]) -> (row: HTCDSCaseRow?, issues: [RowIssue]) {
        var reader = CellReader(cells: cells)
        let opened = reader.date("lbt_CaseOpenedOn")
        let identified = reader.date("lbt_IdentifiedOn")
        guard let openedOn = opened ?? identified.map({ $0 }) else {
            reader.issue("lbt_CaseOpenedOn", "", "a case needs lbt_CaseOpenedOn or lbt_IdentifiedOn")
            return (nil, reader.issues)
        }
        var record = CaseRecord(openedOn: openedOn, status: reader.code("cas_Status", CaseStatus.self) ?? .active)
        record.closedOn = reader.date("lbt_CaseClosedOn")
        record.closureReason = reader.text("cas_ReasonForCaseClosure")
        record.summary = reader.text("lbt_CaseSummary")

        var person = reader.person(prefix: "prs_", familyColumn: "prs_SecondName")
        person.ageGroup = reader.text("lbt_AgeGroup").flatMap { text in
            let group = AgeGroup(rawValue: text)
            if group == nil { reader.issue("lbt_AgeGroup", text, "must be 0-17, 18+ or Unknown") }
            return group
        }
        person.secondaryLanguage = reader.language("prs_SecondaryLanguage")
        person.maritalStatus = reader.code("prs_MaritalStatus", MaritalStatus.self)
        person.numberOfChildren = reader.integer("prs_NumberOfChildren")
        person.education = reader.code("prs_HighestLevelOfEducation", EducationLevel.self)
        person.identityNumber = reader.text("prs_IdentityNumber")
        person.email = reader.text("prs_Email")
        person.phone = reader.phone("prs_MobilePhone")
        let address = Address(
            street: reader.text("prs_MailingStreet"), city: reader.text("prs_MailingCity"), state: reader.text("prs_MailingState"),
            postalCode: reader.text("prs_MailingPostalCode"), country: reader.country("prs_MailingCountry")
        )
        person.address = address.isEmpty ? nil : address
        person.deceased = reader.flag("prs_Deceased") ?? false
        person.notes = reader.text("lbt_PersonNotes")
        person.primaryLanguage = reader.language("prs_PrimaryLanguage")

        var victim = VictimContext(identifiedOn: identified)
        victim.traffickingStatus = reader.code("vic_TraffickingStatus", TraffickingStatus.self) ?? .possibleVictimOfTrafficking
        victim.statusDecidedBy = reader.code("vic_TraffickingStatusDecisionMakingOrg", StatusDecisionMaker.self)
        victim.statusDecidedOn = reader.date("lbt_StatusDecidedOn")
        victim.relationshipToTrafficker = reader.code("vic_RelationshipToTrafficker", RelationshipToTrafficker.self)
        victim.ageWhenTrafficked = reader.integer("vic_AgeWhenTrafficked")
        victim.ageGroupAtExploitation = reader.text("lbt_AgeGroupAtExploitation").flatMap { text in
            let group = AgeGroup(rawValue: text)
            if group == nil { reader.issue("lbt_AgeGroupAtExploitation", text, "must be 0-17, 18+ or Unknown") }
            return group
        }
        victim.exploitationTypes = reader.codes("vic_TypeOfExploitation", ExploitationType.self)
        victim.sexualExploitationTypes = reader.codes("vic_TypeOfSexExploitation", SexualExploitationType.self)
        victim.forcedLabourIndustry = reader.code("vic_ForcedLabourIndustry", ForcedLabourIndustry.self)
        victim.controlMethods = reader.codes("vic_MethodsOfControl", ControlMethod.self)
        victim.recruitmentMethods = reader.codes("vic_MethodOfRecruitment", RecruitmentMethod.self)
        victim.recruitmentPlatforms = reader.codes("vic_RecruitmentWebsitesAndApps", OnlinePlatform.self)
        victim.exploitationPlatforms = reader.codes("vic_ExploitationWebsitesAndApps", OnlinePlatform.self)
        victim.exploitationCountry = reader.country("lbt_ExploitationCountry")
        victim.exploitationPlace = reader.text("vic_LocationOfExploitation")

        var perpetrators: [HTCDSCaseRow.Perpetrator] = []
        for index in reader.groupNumbers(prefix: "per") {
            let prefix = "per\(index)_"
            let details = reader.person(prefix: prefix, familyColumn: prefix + "SecondName")
            let context = PerpetratorContext(
                roles: reader.codes(prefix + "RoleInProcess", PerpetratorRole.self),
                relationship: reader.code(prefix + "RelationshipToTrafficker", RelationshipToTrafficker.self),
                roleDetails: reader.text(prefix + "RoleDetails")
            )
            if details != PersonRecord() || context != PerpetratorContext() {
                perpetrators.append(.init(person: details, context: context))
            }
        }
        var events: [HTCDSCaseRow.Event] = []
        for index in reader.groupNumbers(prefix: "hte") {
            let prefix = "hte\(index)_"
            guard let typeText = reader.text(prefix + "Type") else {
                if reader.groupHasValues(prefix) { reader.issue(prefix + "Type", "", "an event needs a type: Recruitment, Transit or Exploitation") }
                continue
            }
            guard let type = EventType.parse(typeText) else {
                reader.issue(prefix + "Type", typeText, "must be Recruitment, Transit or Exploitation")
                continue
            }
            var event = RouteEvent(type: type)
            event.dateFrom = reader.date(prefix + "Date")
            event.dateTo = reader.date(prefix + "DateTo")
            event.country = reader.country(prefix + "Country")
            event.adminArea = reader.text(prefix + "State")
            event.city = reader.text(prefix + "City")
            event.street = reader.text(prefix + "Street")
            event.postalCode = reader.text(prefix + "PostalCode")
            event.latitude = reader.decimal(prefix + "Latitude")
            event.longitude = reader.decimal(prefix + "Longitude")
            event.description = reader.text(prefix + "Description")
            events.append(.init(caseWide: reader.text(prefix + "Scope")?.lowercased() == "case", event: event))
        }
        let row = HTCDSCaseRow(caseReference: reader.text("lbt_CaseReference"), record: record, person: person, victim: victim, perpetrators: perpetrators, events: events)
        return reader.issues.isEmpty ? (row, []) : (nil, reader.issues)
    }
}
