import Testing
@testable import Reporting

@Suite("SDG 16.2.2: open-sdg export")
struct SDGOpenSDGExportTests {
    @Test func theHeaderFollowsTheNationalPlatforms() {
        #expect(SDG16_2_2.openSDGHeader == ["Year", "Series", "Units", "Sex", "Age", "Type of exploitation", "Unit multiplier", "Observation status", "Value"])
    }

    @Test func headlineRowsHaveOnlyUnits() throws {
        let table = SDG16_2_2.openSDGTable(try SDGIndicatorTests.rows())
        // 36 indicator rows, each as a number and as a rate, after the header.
        #expect(table.count == 1 + 2 * 36)
        #expect(table[1] == ["2010", "Detected victims of human trafficking", "Number", "", "", "", "Units", "Normal value", "22"])
        #expect(table[37] == ["2010", "Detected victims of human trafficking", "Rate per 100,000 population", "", "", "", "Units", "Normal value", "335.37"])
    }

    @Test func disaggregationsUseTheGLOTIPSpellings() throws {
        let table = SDG16_2_2.openSDGTable(try SDGIndicatorTests.rows(rule: .none))
        // Female adults in forced labour: 10 victims, 10 / 2200 × 100,000 = 454.55.
        #expect(table.contains(["2010", "Detected victims of human trafficking", "Rate per 100,000 population", "Female", "18 years or over", "Forced labour", "Units", "Normal value", "454.55"]))
    }

    @Test func withheldValuesAreEmptyAndMarkedConfidential() throws {
        let table = SDG16_2_2.openSDGTable(try SDGIndicatorTests.rows(rule: SuppressionRule(threshold: 5)))
        let male = table.filter { $0[3] == "Male" && $0[4] == "" && $0[5] == "" }
        #expect(male.count == 2)
        #expect(male.allSatisfy { $0[7] == "Confidential statistical information" && $0[8] == "" })
    }

    @Test func ratesOnInterpolatedPopulationsAreEstimated() throws {
        let rows = try SDG16_2_2.rows(
            iso3: "XXA", victims: [VictimGroupKey(year: 2012, sex: .female, age: .adult, group: nil): 62],
            population: PopulationTinyTable.table(), rule: .none
        )
        let table = SDG16_2_2.openSDGTable(rows)
        #expect(table[1][7] == "Normal value")
        #expect(table[1 + rows.count][7] == "Estimated value")

        let metadata = SDG16_2_2.metadata(for: rows, rule: SuppressionRule(threshold: 5))
        #expect(metadata.map(\.key) == ["Indicator", "Method", "Population source", "Interpolation", "Age groups", "Suppression"])
        #expect(metadata.first { $0.key == "Interpolation" }?.value.hasSuffix("Population interpolated for 2012.") == true)
        #expect(metadata.first { $0.key == "Suppression" }?.value == SuppressionRule(threshold: 5).description)
        #expect(metadata.first { $0.key == "Population source" }?.value.contains("World Population Prospects 2024") == true)
    }
}
