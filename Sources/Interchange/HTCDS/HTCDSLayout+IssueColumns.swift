extension HTCDSLayout {
    /// The column of this layout that holds the field a validation issue names
    /// (`prs.birthDate` → `prs_Birthdate`, `hte2.dateTo` → `hte2_DateTo`), so
    /// that an import's error file points at the cell to correct; `nil` for a
    /// field the layout has no column for.
    public static func column(forIssueAt path: String) -> String? {
        let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        let (group, field) = (parts[0], parts[1].split(separator: "[").first.map(String.init) ?? parts[1])
        switch group {
        case "case": return caseIssueColumns[field]
        case "prs": return personIssueColumns[field]
        case "vic": return victimIssueColumns[field]
        case let numbered where numbered.hasPrefix("per"): return perpetratorIssueFields[field].map { "\(numbered)_\($0)" }
        case let numbered where numbered.hasPrefix("hte"): return eventIssueFields[field].map { "\(numbered)_\($0)" }
        default: return nil
        }
    }

    private static let caseIssueColumns = [
        "openedOn": "lbt_CaseOpenedOn", "closedOn": "lbt_CaseClosedOn", "closureReason": "cas_ReasonForCaseClosure", "summary": "lbt_CaseSummary",
    ]
    private static let personIssueColumns = [
        "givenName": "prs_FirstName", "middleName": "prs_MiddleName", "familyName": "prs_SecondName", "aliases": "lbt_Aliases",
        "birthDate": "prs_Birthdate", "citizenships": "prs_Citizenship", "address.country": "prs_MailingCountry",
        "numberOfChildren": "prs_NumberOfChildren", "email": "prs_Email", "notes": "lbt_PersonNotes",
    ]
    private static let victimIssueColumns = [
        "identifiedOn": "lbt_IdentifiedOn", "statusDecidedOn": "lbt_StatusDecidedOn", "ageWhenTrafficked": "vic_AgeWhenTrafficked",
        "exploitationCountry": "lbt_ExploitationCountry", "exploitationPlace": "vic_LocationOfExploitation",
    ]
    private static let perpetratorIssueFields = [
        "givenName": "FirstName", "middleName": "MiddleName", "familyName": "SecondName", "aliases": "Aliases",
        "birthDate": "Birthdate", "citizenships": "Citizenship",
    ]
    private static let eventIssueFields = [
        "dateFrom": "Date", "dateTo": "DateTo", "country": "Country", "latitude": "Latitude", "longitude": "Longitude", "description": "Description",
    ]
}
