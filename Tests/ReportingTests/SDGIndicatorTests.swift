import CaseModel
import Testing
@testable import Reporting

/// SDG 16.2.2 on the hand-made table of `PopulationTinyTable` (country XXA).
///
/// Victims detected in 2010:
///
/// | sex     | age     | form               | count |
/// |---------|---------|--------------------|-------|
/// | female  | child   | sexual exploitation| 6     |
/// | female  | adult   | forced labour      | 10    |
/// | male    | adult   | sexual exploitation| 3     |
/// | unknown | adult   | other forms        | 2     |
/// | female  | unknown | none recorded      | 1     |
///
/// Population 2010: female 5500 (children 3300, adults 2200); male 1060 (children 950, adults 110);
/// both sexes 6560 (children 4250, adults 2310).
@Suite("SDG 16.2.2: counts and rates")
struct SDGIndicatorTests {
    static let victims: [VictimGroupKey: Int] = [
        VictimGroupKey(year: 2010, sex: .female, age: .child, group: .sexualExploitation): 6,
        VictimGroupKey(year: 2010, sex: .female, age: .adult, group: .forcedLabour): 10,
        VictimGroupKey(year: 2010, sex: .male, age: .adult, group: .sexualExploitation): 3,
        VictimGroupKey(year: 2010, sex: .unknown, age: .adult, group: .otherForms): 2,
        VictimGroupKey(year: 2010, sex: .female, age: .unknown, group: nil): 1,
    ]

    static func rows(rule: SuppressionRule = SuppressionRule(threshold: 5)) throws -> [SDGIndicatorRow] {
        try SDG16_2_2.rows(iso3: "XXA", victims: victims, population: PopulationTinyTable.table(), rule: rule)
    }

    static func row(_ rows: [SDGIndicatorRow], _ sex: PopulationSex, _ age: PopulationAgeBand, _ form: GLOTIPExploitationGroup? = nil) -> SDGIndicatorRow? {
        rows.first { $0.sex == sex && $0.ageBand == age && $0.form == form }
    }

    @Test func everyFormHasEverySexAndAgeHeadlineFirst() throws {
        let rows = try Self.rows()
        #expect(rows.count == 4 * 9)
        #expect(rows.first?.isHeadline == true)
        #expect(rows.filter(\.isHeadline).count == 1)
    }

    @Test func theHeadlineCountsEveryVictim() throws {
        let headline = try #require(Self.row(try Self.rows(), .total, .total))
        // 6 + 10 + 3 + 2 + 1 = 22 victims; 22 / 6560 × 100,000 = 335.3658…
        #expect(headline.count == .count(22))
        #expect(abs(try #require(headline.rate.value) - 335.365_853_658_536_6) < 1e-9)
        #expect(headline.rate.rounded == 335.37)
        #expect(headline.rate.text == "335.37")
        #expect(headline.population.persons == 6560)
    }

    @Test func unknownSexAndAgeCountOnlyInTheTotal() throws {
        let rows = try Self.rows(rule: .none)
        // Female: 6 + 10 + 1 = 17 → 17 / 5500 × 100,000 = 309.0909…
        let female = try #require(Self.row(rows, .female, .total))
        #expect(female.count == .count(17))
        #expect(abs(try #require(female.rate.value) - 309.090_909_090_909_1) < 1e-9)
        // Male: 3. Female + male = 20, two fewer than the 22 of the total (the unknown sex).
        #expect(Self.row(rows, .male, .total)?.count == .count(3))
        // Adults: 10 + 3 + 2 = 15 → 15 / 2310 × 100,000 = 649.3506…; children: 6 / 4250 → 141.1764…
        #expect(Self.row(rows, .total, .adults)?.count == .count(15))
        #expect(abs(try #require(Self.row(rows, .total, .adults)?.rate.value) - 649.350_649_350_649_4) < 1e-9)
        #expect(abs(try #require(Self.row(rows, .total, .children)?.rate.value) - 141.176_470_588_235_3) < 1e-9)
        // Female children: 6 / 3300 × 100,000 = 181.8181…
        #expect(abs(try #require(Self.row(rows, .female, .children)?.rate.value) - 181.818_181_818_181_8) < 1e-9)
    }

    @Test func ratesByFormUseTheWholePopulationOfTheSexAndAge() throws {
        let rows = try Self.rows(rule: .none)
        // Sexual exploitation: 6 + 3 = 9 → 9 / 6560 × 100,000 = 137.1951…
        let sexual = try #require(Self.row(rows, .total, .total, .sexualExploitation))
        #expect(sexual.count == .count(9))
        #expect(sexual.population.persons == 6560)
        #expect(abs(try #require(sexual.rate.value) - 137.195_121_951_219_5) < 1e-9)
        // Forced labour among female adults: 10 / 2200 × 100,000 = 454.5454…
        let labour = try #require(Self.row(rows, .female, .adults, .forcedLabour))
        #expect(abs(try #require(labour.rate.value) - 454.545_454_545_454_5) < 1e-9)
        // The three forms add up to all victims with a form recorded: 22 − 1 = 21.
        let byForm = GLOTIPExploitationGroup.allCases.compactMap { Self.row(rows, .total, .total, $0)?.count.count }
        #expect(byForm.reduce(0, +) == 21)
    }

    @Test func aWithheldCountWithholdsItsRate() throws {
        let rows = try Self.rows(rule: SuppressionRule(threshold: 5))
        // Male: 3 victims, below the threshold of 5.
        let male = try #require(Self.row(rows, .male, .total))
        #expect(male.count == .suppressed(.primary))
        #expect(male.rate == .withheld)
        #expect(male.rate.text == "")
        // Zero discloses nothing about a person: shown, with a rate of 0.
        let maleChildren = try #require(Self.row(rows, .male, .children))
        #expect(maleChildren.count == .count(0))
        #expect(maleChildren.rate == .value(0))
    }

    @Test func aYearBetweenTablePointsUsesAnInterpolatedPopulation() throws {
        let rows = try SDG16_2_2.rows(
            iso3: "XXA", victims: [VictimGroupKey(year: 2012, sex: .female, age: .adult, group: nil): 62],
            population: PopulationTinyTable.table(), rule: .none
        )
        // Female adults 2012 = 2480 (see the population tests): 62 / 2480 × 100,000 = 2500.
        let row = try #require(Self.row(rows, .female, .adults))
        #expect(row.rate == .value(2500))
        #expect(row.population.isInterpolated)
    }

    @Test func aYearWithoutVictimsGivesZerosAndAYearOutsideThePopulationThrows() throws {
        let table = try PopulationTinyTable.table()
        let rows = try SDG16_2_2.rows(iso3: "XXA", victims: [:], years: [2011], population: table, rule: .none)
        #expect(rows.allSatisfy { $0.count == .count(0) && $0.rate == .value(0) })
        #expect(throws: PopulationError.self) {
            try SDG16_2_2.rows(iso3: "XXA", victims: [:], years: [2020], population: table, rule: .none)
        }
    }

    @Test func theMethodTextCoversTheRulesPagesMustShow() {
        #expect(SDG16_2_2.methodText.contains("per 100,000 population"))
        #expect(SDG16_2_2.methodText.contains("count in the total but in no sex or age rate"))
        #expect(SDG16_2_2.methodText.contains("so are their rates"))
    }
}
