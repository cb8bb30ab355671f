import CaseModel
import Testing
@testable import Interchange

@Suite("CTDC k-anonymised 2017 mapping")
struct CTDCKAnonymisedMappingTests {
    static func map(_ rows: [[String: String]]) throws -> [CTDCMappedRow] {
        let text = CTDCSamples.csv(header: CTDCSamples.kAnonymised2017Header, rows: rows, fill: "-99")
        return try CTDCSamples.importCSV(text).rows
    }

    @Test("person, time and place columns")
    func personColumns() throws {
        let row = try Self.map([[
            "yearOfRegistration": "2016", "Datasource": "Case Management", "gender": "Female", "ageBroad": "9--17",
            "majorityStatus": "Minor", "majorityStatusAtExploit": "Minor", "majorityEntry": "Adult",
            "citizenship": "PH", "CountryOfExploitation": "MY", "isAbduction": "1",
        ]])[0]
        let record = row.record
        #expect(row.issues.isEmpty)
        #expect(record.layout == .kAnonymised2017)
        #expect(record.row == 1)
        #expect(record.registrationYears == NumberBand(lowerBound: 2016, upperBound: 2016))
        #expect(record.dataSource == .caseManagement)
        #expect(record.gender == .feminine)
        #expect(record.ageBand?.description == "9--17")
        #expect(record.ageGroup == .child)
        #expect(record.ageGroupAtExploitation == .child)
        #expect(record.ageGroupAtEntry == .adult)
        #expect(record.citizenship?.iso3 == "PHL")
        #expect(record.countryOfExploitation?.iso3 == "MYS")
        #expect(record.abduction == true)
        #expect(record.perpetrators == nil)
    }

    @Test("-99, 00 and Unknown are unknown, never an issue")
    func unknowns() throws {
        let row = try Self.map([["gender": "Unknown", "majorityStatus": "Unknown", "citizenship": "00", "Datasource": "Hotline", "RecruiterRelationship": "Unknown"]])[0]
        #expect(row.issues.isEmpty)
        let record = row.record
        #expect(record.gender == nil && record.mergedGender == nil)
        #expect(record.ageGroup == .unknown)
        #expect(record.citizenship == nil)
        #expect(record.dataSource == .hotline)
        #expect(record.registrationYears == nil && record.abduction == nil)
        #expect(record.exploitationTypes == nil && record.controlMethods == nil && record.forcedLabourIndustries == nil)
        #expect(record.sexualExploitationTypes == nil && record.recruiterRelationships == nil)
    }

    @Test("means of control: one HTCDS code per flag, restricted movement has none")
    func controlMethods() throws {
        let rows = try Self.map([
            ["meansOfControlDebtBondage": "1", "meansOfControlThreats": "1", "meansOfControlUsesChildren": "1",
             "meansOfControlThreatOfLawEnforcement": "1", "meansOfControlPsychoactiveSubstances": "1",
             "meansOfControlRestrictsMovement": "1", "meansOfControlOther": "1", "meansOfControlTakesEarnings": "0"],
            // "Not specified" alone says nothing; zeros alone say "none".
            ["meansOfControlNotSpecified": "1", "meansOfControlDebtBondage": "-99"],
            ["meansOfControlDebtBondage": "0", "meansOfControlNotSpecified": "0"],
        ])
        let control = try #require(rows[0].record.controlMethods)
        #expect(control.codes == [.debtBondage, .physicalThreats, .threatensChildrenFamily, .threatsLawEnforcement, .psychoactiveSubstance, .other])
        #expect(control.unmapped == ["meansOfControlRestrictsMovement"])
        #expect(control.merged.isEmpty)
        #expect(rows[0].issues.map(\.kind) == [.noEquivalent])
        #expect(rows[0].issues.first?.column == "meansOfControlRestrictsMovement")
        #expect(rows[1].record.controlMethods == nil)
        #expect(rows[2].record.controlMethods == MappedSet())
    }

    @Test("types of exploitation, labour and sexual exploitation")
    func exploitation() throws {
        let rows = try Self.map([
            ["isSexAndLabour": "1", "isForcedLabour": "0", "typeOfLabourBegging": "1", "typeOfLabourPeddling": "1", "typeOfLabourAquafarming": "1",
             "typeOfSexPrivateSexualServices": "1", "typeOfSexProstitution": "0"],
            ["isOtherExploit": "1", "isForcedMarriage": "1", "isForcedMilitary": "1", "isOrganRemoval": "1",
             "typeOfLabourIllicitActivities": "1", "typeOfLabourOther": "1", "typeOfLabourNotSpecified": "1"],
        ])
        let first = rows[0].record
        #expect(first.exploitationTypes?.codes == [.forcedLabour, .sexualExploitation, .forcedBegging])
        #expect(first.forcedLabourIndustries?.codes == [.wholesaleAndRetailTradeRepairOfMotorVehicles, .agricultureForestryAndFishing])
        #expect(first.forcedLabourIndustries?.unmapped == ["typeOfLabourBegging"])
        #expect(first.sexualExploitationTypes?.codes == [.privateSexualServices])
        #expect(rows[0].issues.isEmpty)

        let second = rows[1].record
        #expect(second.exploitationTypes?.codes == [.other, .forcedMarriage, .forcedMilitaryByNonStateActors, .organRemoval])
        #expect(second.forcedLabourIndustries?.codes == [])
        #expect(second.forcedLabourIndustries?.unmapped == ["typeOfLabourIllicitActivities", "typeOfLabourOther"])
        #expect(rows[1].issues.map(\.column) == ["typeOfLabourIllicitActivities", "typeOfLabourOther"])
        #expect(rows[1].issues.allSatisfy { $0.kind == .noEquivalent })
    }

    @Test("recruiter relationship from the text column and the flags together")
    func recruiterRelationship() throws {
        let rows = try Self.map([
            ["RecruiterRelationship": "Friend; Intimate Partner", "recruiterRelationFamily": "1", "recruiterRelationUnknown": "0"],
            ["RecruiterRelationship": "Other", "recruiterRelationOther": "1"],
        ])
        let first = try #require(rows[0].record.recruiterRelationships)
        #expect(first.codes == [.acquainted, .familial])
        #expect(first.merged == [MergedCodes(source: "recruiterRelationIntimatePartner", candidates: [.familial, .acquainted])])
        #expect(first.possibleCodes == [.acquainted, .familial])
        #expect(rows[0].issues.isEmpty)
        let second = try #require(rows[1].record.recruiterRelationships)
        #expect(second.codes.isEmpty)
        #expect(second.unmapped == ["recruiterRelationOther"])
        #expect(rows[1].issues.map(\.column) == ["RecruiterRelationship", "recruiterRelationOther"])
    }

    @Test("bad values become issues with their row, line, column and value; the row still maps")
    func badValues() throws {
        let rows = try Self.map([
            ["gender": "Femal"],
            ["yearOfRegistration": "20x6", "Datasource": "Email", "citizenship": "ZZ", "isForcedLabour": "2", "isSexualExploit": "1",
             "RecruiterRelationship": "Neighbour", "majorityStatus": "Adult", "ageBroad": "9--17", "typeOfSexPornography": "yes"],
        ])
        #expect(rows[0].issues.map(\.description) == ["row 1 (line 2), gender = \"Femal\": expected Female, Male, Woman, Man, Trans/Transgender/NonConforming or blank"])
        let issues = rows[1].issues
        #expect(issues.allSatisfy { $0.row == 2 && $0.line == 3 })
        #expect(issues.map(\.column) == ["yearOfRegistration", "Datasource", "citizenship", "isForcedLabour", "typeOfSexPornography", "RecruiterRelationship", "majorityStatus"])
        #expect(issues.map(\.value) == ["20x6", "Email", "ZZ", "2", "yes", "Neighbour", "Adult"])
        #expect(issues.last?.kind == .conflict)
        #expect(issues.dropLast().allSatisfy { $0.kind == .invalidValue })
        let record = rows[1].record
        #expect(record.exploitationTypes?.codes == [.sexualExploitation])
        #expect(record.ageGroup == .adult)
        #expect(record.ageBand?.description == "9--17")
    }

    @Test("without majority status the age group comes from the age band")
    func ageGroupFromBand() throws {
        let rows = try Self.map([["ageBroad": "18--20"], ["ageBroad": "48+"], ["ageBroad": "0--8"]])
        #expect(rows.map(\.record.ageGroup) == [.adult, .adult, .child])
    }
}
