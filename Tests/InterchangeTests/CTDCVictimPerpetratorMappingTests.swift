import CaseModel
import Testing
@testable import Interchange

@Suite("CTDC Victim–Perpetrator mapping")
struct CTDCVictimPerpetratorMappingTests {
    @Test("perpetrator roles, genders, ages, regions, relations and payment")
    func perpetrators() throws {
        let header = CTDCSamples.victimPerpetratorHeader.joined(separator: ",")
        let text = header + "\n"
            // The first line of the real file.
            + ",Female,Adult,1,,Europe,Europe,1,Female;Male,,Europe,StrangerUnknownOther,No;Yes,1,1,1\n"
            + "2014-2018,Male,Minor,,1,Africa,Americas/Oceania,,Male,0--29;39--47,Africa;Americas/Oceania,FamilyIntimatePartner;FriendAcquaintance,Yes,1,,\n"
            + "2021-2022,,,,,Mars,,,Other,99--1,Asia,Neighbour,Maybe,2,,\n"
        let (summary, rows) = try CTDCSamples.importCSV(text)
        #expect(summary.layout == .victimPerpetrator)

        let first = rows[0].record
        #expect(rows[0].issues.isEmpty)
        #expect(first.registrationYears == nil)
        #expect(first.gender == .feminine && first.ageGroup == .adult)
        #expect(first.exploitationTypes?.codes == [.forcedLabour])
        #expect(first.originRegion == .europe && first.exploitationRegion == .europe)
        let people = try #require(first.perpetrators)
        #expect(people.roles?.codes == [.exploiter])
        #expect(people.roles?.merged.map(\.source).sorted() == ["IP_ControlAbuseKidnap", "IP_RecruiterBroker", "IP_TransactionProcess"])
        #expect(people.genders == [.feminine, .masculine])
        #expect(people.ageBands == nil)
        #expect(people.citizenshipRegions == [.europe])
        #expect(people.relationships?.merged == [MergedCodes(source: "StrangerUnknownOther", candidates: [.unaquainted], alsoCovers: ["Unknown", "Other"])])
        #expect(people.paidMoney == [false, true])

        let second = rows[1].record
        #expect(second.registrationYears == NumberBand(lowerBound: 2014, upperBound: 2018))
        #expect(second.ageGroup == .child)
        #expect(second.exploitationRegion == .americasOceania)
        #expect(second.perpetrators?.ageBands?.map(\.description) == ["0--29", "39--47"])
        #expect(second.perpetrators?.citizenshipRegions == [.africa, .americasOceania])
        #expect(second.perpetrators?.relationships?.codes == [.acquainted])
        #expect(second.perpetrators?.relationships?.merged.first?.candidates == [.familial, .acquainted])
        #expect(second.perpetrators?.roles?.merged.map(\.source) == ["IP_RecruiterBroker"])

        let third = rows[2]
        #expect(third.record.registrationYears?.upperBound == 2022)
        #expect(third.issues.map(\.column) == ["UN_COO_Region", "IP_Gender", "IP_ageBroad", "IP_Relation", "IP_PayMoney", "IP_RecruiterBroker"])
        #expect(third.issues.allSatisfy { $0.kind == .invalidValue && $0.row == 3 && $0.line == 4 })
        #expect(third.record.perpetrators?.citizenshipRegions == [.asia])
        #expect(CTDCRegion.americasOceania.contains(Country.find("FJI")!))
    }
}
