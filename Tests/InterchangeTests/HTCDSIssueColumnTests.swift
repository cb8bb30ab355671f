import CaseModel
import Testing
@testable import Interchange

@Suite("HTCDS columns of validation issues")
struct HTCDSIssueColumnTests {
    @Test("Every field the validation names is a column of the layout, so import errors point at a cell")
    func everyIssueHasAColumn() {
        let header = Set(HTCDSLayout.header(perpetrators: 2, events: 2))
        let paths = [
            "case.openedOn", "case.closedOn", "case.closureReason", "case.summary",
            "prs.givenName", "prs.familyName", "prs.aliases[3]", "prs.birthDate", "prs.citizenships", "prs.address.country",
            "prs.numberOfChildren", "prs.email", "prs.notes",
            "vic.identifiedOn", "vic.statusDecidedOn", "vic.ageWhenTrafficked", "vic.exploitationCountry", "vic.exploitationPlace",
            "per2.birthDate", "per1.citizenships", "hte1.dateFrom", "hte2.dateTo", "hte2.latitude", "hte1.description",
        ]
        for path in paths {
            let column = HTCDSLayout.column(forIssueAt: path)
            #expect(column.map(header.contains) == true, "\(path) → \(column ?? "nil")")
        }
        #expect(HTCDSLayout.column(forIssueAt: "prs.birthDate") == "prs_Birthdate")
        #expect(HTCDSLayout.column(forIssueAt: "hte2.dateTo") == "hte2_DateTo")
        #expect(HTCDSLayout.column(forIssueAt: "unknown.field") == nil)
        #expect(HTCDSLayout.column(forIssueAt: "birthDate") == nil)
    }
}
