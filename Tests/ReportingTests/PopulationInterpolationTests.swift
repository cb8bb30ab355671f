import Foundation
import Testing
@testable import Reporting

@Suite("Population: interpolation and the 15–19 split")
struct PopulationInterpolationTests {
    @Test func aTableYearIsTakenAsItIs() throws {
        let table = try PopulationTinyTable.table()
        // Female 2010: 1000 + 1000 + 1000 + 500 + 2000 = 5500.
        let total = try table.population("XXA", year: 2010, sex: .female, ageBand: .total)
        #expect(total.persons == 5500)
        #expect(!total.isInterpolated)
        #expect(total.interpolatedBetween == nil)
    }

    @Test func the15To19GroupIsSplitThreeFifthsToChildren() throws {
        let table = try PopulationTinyTable.table()
        // Female 2010 children: 0–14 = 3000, plus 3/5 of 500 = 300 → 3300.
        #expect(try table.population("XXA", year: 2010, sex: .female, ageBand: .children).persons == 3300)
        // Female 2010 adults: 2/5 of 500 = 200, plus 20–24 = 2000 → 2200 (3300 + 2200 = 5500).
        #expect(try table.population("XXA", year: 2010, sex: .female, ageBand: .adults).persons == 2200)
        // Male 2010 adults: 2/5 of 250 = 100, plus 100+ = 10 → 110.
        #expect(try table.population("XXA", year: 2010, sex: .male, ageBand: .adults).persons == 110)
    }

    @Test func yearsBetweenTablePointsAreInterpolatedLinearly() throws {
        let table = try PopulationTinyTable.table()
        // 2012 is 2/5 of the way from 2010 to 2015. Female groups in 2012:
        // 0–4 = 1000 + 0.4 × 500 = 1200; 5–9 and 10–14 stay 1000; 15–19 = 500 + 0.4 × 500 = 700;
        // 20–24 = 2000 + 0.4 × 500 = 2200. Total = 1200 + 1000 + 1000 + 700 + 2200 = 6100.
        let total = try table.population("XXA", year: 2012, sex: .female, ageBand: .total)
        #expect(abs(total.persons - 6100) < 1e-9)
        #expect(total.isInterpolated)
        #expect(total.interpolatedBetween.map { [$0.0, $0.1] } == [2010, 2015])
        // Children 2012 = 3200 + 3/5 × 700 = 3620; adults = 2/5 × 700 + 2200 = 2480.
        #expect(abs(try table.population("XXA", year: 2012, sex: .female, ageBand: .children).persons - 3620) < 1e-9)
        #expect(abs(try table.population("XXA", year: 2012, sex: .female, ageBand: .adults).persons - 2480) < 1e-9)
    }

    @Test func bothSexesAddTheInterpolatedSexes() throws {
        let table = try PopulationTinyTable.table()
        // 2013 is 3/5 of the way. Female: 0–4 = 1300, 15–19 = 800 → children = 1300 + 2000 + 480 = 3780.
        // Male: 0–4 = 800, 15–19 = 250 + 0.6 × 500 = 550 → children = 800 + 330 = 1130.
        // Both sexes: 3780 + 1130 = 4910.
        let children = try table.population("xxa", year: 2013, sex: .total, ageBand: .children)
        #expect(abs(children.persons - 4910) < 1e-9)
        #expect(children.iso3 == "XXA")
        // Male adults 2013: 2/5 × 550 = 220, plus 100+ = 10 + 0.6 × 10 = 16 → 236.
        #expect(abs(try table.population("XXA", year: 2013, sex: .male, ageBand: .adults).persons - 236) < 1e-9)
    }

    @Test func yearsOutsideTheTableAreRefusedNotCarriedForward() throws {
        let table = try PopulationTinyTable.table()
        #expect(throws: PopulationError.yearOutOfRange(iso3: "XXA", year: 2009, available: 2010...2015)) {
            try table.population("XXA", year: 2009, sex: .total, ageBand: .total)
        }
        #expect(throws: PopulationError.yearOutOfRange(iso3: "XXA", year: 2016, available: 2010...2015)) {
            try table.population("XXA", year: 2016, sex: .total, ageBand: .total)
        }
        #expect(throws: PopulationError.unknownCountry("XXB")) {
            try table.population("XXB", year: 2010, sex: .total, ageBand: .total)
        }
    }

    @Test func theMethodTextStatesBothAssumptions() {
        #expect(PopulationMethod.text.contains("interpolated linearly"))
        #expect(PopulationMethod.text.contains("3/5 count as children and 2/5 as adults"))
        #expect(PopulationMethod.text.contains("CC BY 3.0 IGO"))
    }
}
