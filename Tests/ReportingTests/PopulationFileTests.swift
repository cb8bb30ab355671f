import Foundation
import Testing
@testable import Reporting

@Suite("Population: reading files")
struct PopulationFileTests {
    @Test func aCountryCanSupplyItsOwnFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("population-\(UUID().uuidString).csv")
        try PopulationTinyTable.csv.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let table = try PopulationTable(contentsOf: url)
        #expect(table == (try PopulationTinyTable.table()))
        #expect(table.countries == ["XXA"])
        #expect(table.years(of: "XXA") == [2010, 2015])
    }

    @Test func aHeaderInAnotherOrderIsRefused() {
        let text = "iso3,year,sex,a5,a0,a10,a15,a20,a25,a30,a35,a40,a45,a50,a55,a60,a65,a70,a75,a80,a85,a90,a95,a100\n"
        #expect(throws: PopulationError.self) { try PopulationTable(csv: text) }
    }

    @Test func aYearWithOneSexOnlyIsRefused() {
        let lines = PopulationTinyTable.csv.split(separator: "\n").filter { !$0.hasPrefix("XXA,2015,male") }
        #expect(throws: PopulationError.missingSex(iso3: "XXA", year: 2015, sex: .male)) {
            try PopulationTable(csv: lines.joined(separator: "\n"))
        }
    }

    @Test func aDuplicateLineIsRefused() {
        let text = PopulationTinyTable.csv + "XXA,2010,male,800,0,0,250,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10\n"
        #expect(throws: PopulationError.malformedLine(number: 7, reason: "XXA 2010 male appears twice")) {
            try PopulationTable(csv: text)
        }
    }

    @Test func aMissingFileIsReportedAsUnreadable() {
        #expect(throws: PopulationError.self) {
            try PopulationTable(contentsOf: URL(fileURLWithPath: "/nonexistent/population.csv"))
        }
    }
}
