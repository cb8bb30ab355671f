import CaseModel

/// The HTCDS v2.0 CSV layout Libertas reads and writes: one row per victim,
/// HTCDS field names as column headers, multi-select values joined by `;`.
///
/// HTCDS has no columns for some things a case needs (its reference and
/// dates, aliases); those use the prefix `lbt_`. A case's perpetrators and its
/// route are numbered column groups (`per1_…`, `hte1_…`, `hte2_…`), as many as
/// the file needs, so a spreadsheet shows them side by side.
public enum HTCDSLayout {
    public static let separator: Character = ";"

    static let caseColumns = ["lbt_CaseReference", "lbt_CaseOpenedOn", "cas_Status", "lbt_CaseClosedOn", "cas_ReasonForCaseClosure", "lbt_CaseSummary"]
    static let personColumns = [
        "prs_FirstName", "prs_MiddleName", "prs_SecondName", "lbt_Aliases", "prs_Birthdate", "lbt_AgeGroup", "prs_Gender", "prs_Citizenship",
        "prs_PrimaryLanguage", "prs_SecondaryLanguage", "prs_MaritalStatus", "prs_NumberOfChildren", "prs_HighestLevelOfEducation",
        "prs_IdentityNumber", "prs_Email", "prs_MobilePhone", "prs_MailingStreet", "prs_MailingCity", "prs_MailingState",
        "prs_MailingPostalCode", "prs_MailingCountry", "prs_Deceased", "lbt_PersonNotes",
    ]
    static let victimColumns = [
        "vic_TraffickingStatus", "vic_TraffickingStatusDecisionMakingOrg", "lbt_StatusDecidedOn", "lbt_IdentifiedOn",
        "vic_RelationshipToTrafficker", "vic_AgeWhenTrafficked", "lbt_AgeGroupAtExploitation", "vic_TypeOfExploitation",
        "vic_TypeOfSexExploitation", "vic_ForcedLabourIndustry", "vic_MethodsOfControl", "vic_MethodOfRecruitment",
        "vic_RecruitmentWebsitesAndApps", "vic_ExploitationWebsitesAndApps", "lbt_ExploitationCountry", "vic_LocationOfExploitation",
    ]
    static let perpetratorFields = ["FirstName", "MiddleName", "SecondName", "Aliases", "Birthdate", "Gender", "Citizenship", "RoleInProcess", "RelationshipToTrafficker", "RoleDetails"]
    static let eventFields = ["Type", "Date", "DateTo", "Country", "State", "City", "Street", "PostalCode", "Latitude", "Longitude", "Description", "Scope"]

    /// The header of a file with room for `perpetrators` perpetrators and `events` events per row.
    public static func header(perpetrators: Int, events: Int) -> [String] {
        caseColumns + personColumns + victimColumns
            + (0..<perpetrators).flatMap { index in perpetratorFields.map { "per\(index + 1)_\($0)" } }
            + (0..<events).flatMap { index in eventFields.map { "hte\(index + 1)_\($0)" } }
    }

    /// The cells of one row, in the order of ``header(perpetrators:events:)``.
    public static func encode(_ row: HTCDSCaseRow, perpetrators: Int, events: Int) -> [String] {
        var cells: [String: String] = [:]
        cells["lbt_CaseReference"] = row.caseReference
        cells["lbt_CaseOpenedOn"] = row.record.openedOn.description
        cells["cas_Status"] = row.record.status.rawValue
        cells["lbt_CaseClosedOn"] = row.record.closedOn?.description
        cells["cas_ReasonForCaseClosure"] = row.record.closureReason
        cells["lbt_CaseSummary"] = row.record.summary
        encodePerson(row.person, prefix: "prs_", into: &cells)
        let person = row.person
        cells["lbt_AgeGroup"] = person.ageGroup?.rawValue
        cells["prs_SecondaryLanguage"] = person.secondaryLanguage?.alpha3
        cells["prs_MaritalStatus"] = person.maritalStatus?.rawValue
        cells["prs_NumberOfChildren"] = person.numberOfChildren.map(String.init)
        cells["prs_HighestLevelOfEducation"] = person.education?.rawValue
        cells["prs_IdentityNumber"] = person.identityNumber
        cells["prs_Email"] = person.email
        cells["prs_MobilePhone"] = person.phone?.e164
        cells["prs_MailingStreet"] = person.address?.street
        cells["prs_MailingCity"] = person.address?.city
        cells["prs_MailingState"] = person.address?.state
        cells["prs_MailingPostalCode"] = person.address?.postalCode
        cells["prs_MailingCountry"] = person.address?.country
        cells["prs_Deceased"] = person.deceased ? "true" : nil
        cells["lbt_PersonNotes"] = person.notes
        cells["lbt_Aliases"] = join(person.aliases)
        cells["prs_PrimaryLanguage"] = person.primaryLanguage?.alpha3

        let victim = row.victim
        cells["vic_TraffickingStatus"] = victim.traffickingStatus.rawValue
        cells["vic_TraffickingStatusDecisionMakingOrg"] = victim.statusDecidedBy?.rawValue
        cells["lbt_StatusDecidedOn"] = victim.statusDecidedOn?.description
        cells["lbt_IdentifiedOn"] = victim.identifiedOn?.description
        cells["vic_RelationshipToTrafficker"] = victim.relationshipToTrafficker?.rawValue
        cells["vic_AgeWhenTrafficked"] = victim.ageWhenTrafficked.map(String.init)
        cells["lbt_AgeGroupAtExploitation"] = victim.ageGroupAtExploitation?.rawValue
        for (field, values) in victim.multiSelectValues { cells[field] = join(values) }
        cells["vic_ForcedLabourIndustry"] = victim.forcedLabourIndustry?.rawValue
        cells["lbt_ExploitationCountry"] = victim.exploitationCountry
        cells["vic_LocationOfExploitation"] = victim.exploitationPlace

        for (index, perpetrator) in row.perpetrators.prefix(perpetrators).enumerated() {
            let prefix = "per\(index + 1)_"
            encodePerson(perpetrator.person, prefix: prefix, into: &cells)
            cells[prefix + "Aliases"] = join(perpetrator.person.aliases)
            cells[prefix + "RoleInProcess"] = join(perpetrator.context.roles.map(\.rawValue).sorted())
            cells[prefix + "RelationshipToTrafficker"] = perpetrator.context.relationship?.rawValue
            cells[prefix + "RoleDetails"] = perpetrator.context.roleDetails
        }
        for (index, item) in row.events.prefix(events).enumerated() {
            let prefix = "hte\(index + 1)_"
            let event = item.event
            cells[prefix + "Type"] = event.type.rawValue
            cells[prefix + "Date"] = event.dateFrom?.description
            cells[prefix + "DateTo"] = event.dateTo?.description
            cells[prefix + "Country"] = event.country
            cells[prefix + "State"] = event.adminArea
            cells[prefix + "City"] = event.city
            cells[prefix + "Street"] = event.street
            cells[prefix + "PostalCode"] = event.postalCode
            cells[prefix + "Latitude"] = event.latitude.map { String($0) }
            cells[prefix + "Longitude"] = event.longitude.map { String($0) }
            cells[prefix + "Description"] = event.description
            cells[prefix + "Scope"] = item.caseWide ? "case" : "victim"
        }
        return header(perpetrators: perpetrators, events: events).map { cells[$0] ?? "" }
    }

    /// Name, birth date, gender and citizenship, the fields victims and perpetrators share.
    static func encodePerson(_ person: PersonRecord, prefix: String, into cells: inout [String: String]) {
        let familyColumn = prefix == "prs_" ? "prs_SecondName" : prefix + "SecondName"
        cells[prefix + "FirstName"] = person.givenName
        cells[prefix + "MiddleName"] = person.middleName
        cells[familyColumn] = person.familyName
        cells[prefix + "Birthdate"] = person.birthDate?.description
        cells[prefix + "Gender"] = person.gender?.rawValue
        cells[prefix + "Citizenship"] = join(person.citizenships)
    }

    static func join(_ values: [String]) -> String? {
        values.isEmpty ? nil : values.joined(separator: String(separator))
    }
}
