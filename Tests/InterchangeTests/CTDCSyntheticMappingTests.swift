import CaseModel
import Testing
@testable import Interchange

@Suite("CTDC synthetic 2024/2025 mapping")
struct CTDCSyntheticMappingTests {
    static func map(_ header: [String], _ rows: [[String: String]]) throws -> (CTDCImportSummary, [CTDCMappedRow]) {
        try CTDCSamples.importCSV(CTDCSamples.csv(header: header, rows: rows, fill: ""))
    }

    @Test("person and place columns, alpha-3 countries, trafficking months")
    func personColumns() throws {
        let (summary, rows) = try Self.map(CTDCSamples.synthetic2024Header, [
            ["yearOfRegistration": "2021", "gender": "Woman", "ageBroad": "48+", "citizenship": "PHL", "CountryOfExploitation": "MYS", "traffickMonths": "25+"],
            ["gender": "Man", "ageBroad": "0--8", "traffickMonths": "0--12 (0-1 yr)", "citizenship": "NULL"],
        ])
        #expect(summary.layout == .synthetic2024)
        #expect(summary.records == 2 && summary.recordsWithIssues == 0)
        let first = rows[0].record
        #expect(first.gender == .feminine)
        #expect(first.ageBand == NumberBand(lowerBound: 48, upperBound: nil))
        #expect(first.ageGroup == .adult)
        #expect(first.citizenship?.iso2 == "PH")
        #expect(first.countryOfExploitation?.name == "Malaysia")
        #expect(first.traffickingMonths?.description == "25+")
        #expect(first.dataSource == nil)
        let second = rows[1].record
        #expect(second.gender == .masculine && second.ageGroup == .child)
        #expect(second.traffickingMonths == NumberBand(lowerBound: 0, upperBound: 12))
        #expect(second.citizenship == nil)
    }

    @Test("the merged transgender category stays merged")
    func transgender() throws {
        let (_, rows) = try Self.map(CTDCSamples.synthetic2024Header, [["gender": "Trans/Transgender/NonConforming"]])
        #expect(rows[0].record.gender == nil)
        #expect(rows[0].record.mergedGender?.candidates == [.transgenderFeminine, .transgenderMasculine, .nonConforming])
        #expect(rows[0].issues.isEmpty)
    }

    @Test("merged means of control keep their candidates; exact ones are codes")
    func mergedControl() throws {
        let (_, rows) = try Self.map(CTDCSamples.synthetic2024Header, [
            ["meansDebtBondageEarnings": "1", "meansDenyBasicNeeds": "1", "meansFalsePromises": "1", "meansWithholdDocs": "1", "meansThreats": "1", "meansAbusePsyPhySex": "1"],
            [:],
        ])
        let control = try #require(rows[0].record.controlMethods)
        #expect(control.codes == [.falsePromises, .withholdsDocuments])
        #expect(control.merged.contains(MergedCodes(source: "meansDebtBondageEarnings", candidates: [.debtBondage, .takesEarnings])))
        #expect(control.merged.contains(MergedCodes(source: "meansDenyBasicNeeds", candidates: [.restrictsFinancialAccess, .restrictsMedicalCare, .withholdsNecessities], alsoCovers: ["RestrictsMovement"])))
        #expect(control.merged.contains(MergedCodes(source: "meansThreats", candidates: [.physicalThreats, .threatensChildrenFamily, .threatsLawEnforcement])))
        #expect(control.merged.count == 4)
        #expect(control.possibleCodes.count == 13)
        #expect(rows[0].issues.isEmpty)
        // Blank means NULL: no information, as the codebook's percentage rule reads it.
        #expect(rows[1].record.controlMethods == nil)
    }

    @Test("exploitation, labour sector, sexual exploitation and recruiter relation")
    func exploitation() throws {
        let (_, rows) = try Self.map(CTDCSamples.synthetic2024Header, [
            ["isForcedLabour": "1", "isOtherExploit": "1", "typeOfLabourDomesticWork": "1", "typeOfLabourAgriculture": "1", "recruiterRelationFriend": "1", "recruiterRelationOther": "1"],
            ["isSexualExploit": "1", "typeOfSexPornography": "1", "recruiterRelationIntimatePartner": "1"],
        ])
        let first = rows[0].record
        #expect(first.exploitationTypes?.codes == [.forcedLabour])
        #expect(first.exploitationTypes?.merged.first?.candidates == [.forcedMarriage, .forcedMilitaryByNonStateActors, .organRemoval, .other])
        #expect(first.forcedLabourIndustries?.codes == [.activitiesOfHouseholdsAsEmployers, .agricultureForestryAndFishing])
        #expect(first.recruiterRelationships?.codes == [.acquainted])
        #expect(first.recruiterRelationships?.unmapped == ["recruiterRelationOther"])
        #expect(rows[0].issues.map(\.kind) == [.noEquivalent])
        let second = rows[1].record
        #expect(second.sexualExploitationTypes?.codes == [.pornography])
        #expect(second.recruiterRelationships?.merged.first?.candidates == [.familial, .acquainted])
        #expect(second.forcedLabourIndustries == nil)
    }

    @Test("the 2025 sectorOf spelling maps like typeOf")
    func sectorOf() throws {
        let (summary, rows) = try Self.map(CTDCSamples.synthetic2025Header, [
            ["isForcedLabour": "1", "sectorOfLabourHospitality": "1", "sectorOfLabourConstruction": "1", "isSexualExploit": "1", "sectorOfSexProstitution": "1"],
        ])
        #expect(summary.layout == .synthetic2025)
        #expect(rows[0].record.forcedLabourIndustries?.codes == [.accommodationAndFoodServiceActivities, .construction])
        #expect(rows[0].record.sexualExploitationTypes?.codes == [.prostitution])
    }

    @Test("bad values and damaged rows are reported, and no row is lost")
    func badValues() throws {
        let header = CTDCSamples.synthetic2024Header.joined(separator: ",")
        let text = header + "\n"
            + "1999x,Woman,18--20,PHX,MYS,forever,1,,,,,,,,1,,,,,,,,,,,,\n"  // three bad cells
            + "2020,Man\n"  // too short
            + "2020,Man,\"bad\"quote,,,,,,,,,,,,,,,,,,,,,,,,\n"  // unreadable
            + "2019,Woman,,,,,,,,,,,,,,,,,,,,,,,,,,surplus\n"  // one cell too many
        let (summary, rows) = try CTDCSamples.importCSV(text)
        #expect(rows.count == 3)
        #expect(rows[0].issues.map(\.column) == ["yearOfRegistration", "citizenship", "traffickMonths"])
        #expect(rows[0].record.controlMethods?.merged.count == 1)
        #expect(rows[1].issues.map(\.kind) == [.malformedRow])
        #expect(rows[1].record.gender == .masculine)
        #expect(rows[2].record.row == 4)
        #expect(rows[2].issues.first?.value == "surplus")
        #expect(summary.unreadableRows.map(\.row) == [3])
        #expect(summary.unreadableRows.first?.line == 4)
        #expect(summary.issueCounts == [.invalidValue: 3, .malformedRow: 2])
        #expect(summary.recordsWithIssues == 3)
    }

    @Test("a workbook sheet maps like a CSV file")
    func fromXLSX() throws {
        var rows: [CTDCMappedRow] = []
        let summary = try CTDCImport.readXLSX(at: TestSupport.fixture("sample.xlsx"), sheet: "CTDC 2024") { rows.append($0) }
        #expect(summary.layout == .synthetic2024)
        #expect(rows.count == 2)
        let first = rows[0].record
        #expect(first.registrationYears?.lowerBound == 2021)
        #expect(first.citizenship?.iso3 == "PHL")
        #expect(first.controlMethods?.merged.first?.source == "meansDebtBondageEarnings")
        #expect(first.forcedLabourIndustries?.codes == [.construction])
        #expect(rows[1].issues.map(\.description) == ["row 2 (line 3), citizenship = \"XXX\": expected an ISO 3166 country code"])
        #expect(summary.notes.count == summary.notes.filter { $0.hasSuffix("stays unknown for every row.") }.count)
    }
}
