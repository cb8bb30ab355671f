import Testing
@testable import Reporting

/// The shipped resource against the check figures of `../shared/data/population/README.md`.
@Suite("Population: the shipped WPP 2024 table")
struct PopulationWPP2024Tests {
    @Test func nigeria2020MatchesThePublishedCheckFigures() throws {
        let table = try PopulationTable.wpp2024()
        #expect(try table.population("NGA", year: 2020, sex: .female, ageBand: .total).persons == 105_897_424)
        #expect(try table.population("NGA", year: 2020, sex: .male, ageBand: .total).persons == 108_098_758)
        #expect(try table.population("NGA", year: 2020, sex: .total, ageBand: .total).persons == 213_996_182)
    }

    @Test func theCountriesAddUpToTheWorld() throws {
        let table = try PopulationTable.wpp2024()
        #expect(table.countries.count == 237)
        #expect(table.countries.allSatisfy { table.years(of: $0) == Array(stride(from: 1990, through: 2050, by: 5)) })
        let world = try table.countries.reduce(0.0) { sum, iso3 in
            sum + (try table.population(iso3, year: 2020, sex: .total, ageBand: .total).persons)
        }
        // The README's World 2020 is 7,887,001,296; the 237 countries add up to 7,887,001,764.
        // The 468 persons come from rounding each group to a whole person, so allow 0.0001 %.
        #expect(abs(world - 7_887_001_296) < 7_887)
    }

    @Test func childrenAndAdultsAddUpToTheTotal() throws {
        let table = try PopulationTable.wpp2024()
        for iso3 in ["MDA", "NGA", "GBR", "XKX"] {
            for year in [1990, 2022, 2050] {
                for sex in PopulationSex.allCases {
                    let total = try table.population(iso3, year: year, sex: sex, ageBand: .total).persons
                    let children = try table.population(iso3, year: year, sex: sex, ageBand: .children).persons
                    let adults = try table.population(iso3, year: year, sex: sex, ageBand: .adults).persons
                    #expect(abs(children + adults - total) < 1e-6 * total, "\(iso3) \(year) \(sex)")
                }
            }
        }
    }

    @Test func moldova2022IsInterpolatedBetween2020And2025() throws {
        let table = try PopulationTable.wpp2024()
        // MDA both sexes: 3,069,132 in 2020 and 2,996,110 in 2025.
        // 2022 = 3,069,132 + 2/5 × (2,996,110 − 3,069,132) = 3,069,132 − 29,208.8 = 3,039,923.2.
        let estimate = try table.population("MDA", year: 2022, sex: .total, ageBand: .total)
        #expect(abs(estimate.persons - 3_039_923.2) < 1e-6)
        #expect(estimate.isInterpolated)
        #expect(throws: PopulationError.yearOutOfRange(iso3: "MDA", year: 2051, available: 1990...2050)) {
            try table.population("MDA", year: 2051, sex: .total, ageBand: .total)
        }
    }

    @Test func theTableIsLoadedOnce() throws {
        #expect(try PopulationTable.wpp2024() == PopulationTable.wpp2024())
    }
}
