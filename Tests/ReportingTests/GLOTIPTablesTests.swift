import CaseModel
import Testing
@testable import Reporting

let mexico = Country.find("MEX")!

/// The value of the one row at these coordinates, `nil` when no row is there.
func value(
    _ rows: [GLOTIPRow], _ indicator: GLOTIPIndicator, _ dimension: GLOTIPDimension = .total, _ category: String = "Total",
    _ sex: GLOTIPSex = .total, _ age: GLOTIPAge = .total, year: Int
) -> ReportedValue? {
    let matching = rows.filter {
        $0.indicator == indicator && $0.dimension == dimension && $0.category == category && $0.sex == sex && $0.age == age && $0.year == year
    }
    precondition(matching.count <= 1, "a cell is published once")
    return matching.first?.value
}

/// The sex × age grid of one table as `[sex: [age: value]]`, to compare with a hand-written grid.
func grid(
    _ rows: [GLOTIPRow], _ indicator: GLOTIPIndicator, _ dimension: GLOTIPDimension = .total, _ category: String = "Total", year: Int
) -> [GLOTIPSex: [GLOTIPAge: ReportedValue]] {
    var grid: [GLOTIPSex: [GLOTIPAge: ReportedValue]] = [:]
    for row in rows where row.indicator == indicator && row.dimension == dimension && row.category == category && row.year == year {
        grid[row.sex, default: [:]][row.age] = row.value
    }
    return grid
}

/// A grid written as four rows (Total, Female, Male, Other, Unknown) of four ages (Total, 0–17, 18+,
/// Unknown); `nil` rows are all zeros. `p` is a primary-suppressed cell, `s` a secondary one.
func expectedGrid(_ lines: [GLOTIPSex: [ReportedValue]]) -> [GLOTIPSex: [GLOTIPAge: ReportedValue]] {
    var grid: [GLOTIPSex: [GLOTIPAge: ReportedValue]] = [:]
    for sex in GLOTIPSex.allCases {
        let line = lines[sex] ?? [.count(0), .count(0), .count(0), .count(0)]
        grid[sex] = Dictionary(uniqueKeysWithValues: zip(GLOTIPAge.allCases, line))
    }
    return grid
}

let p = ReportedValue.suppressed(.primary)
let s = ReportedValue.suppressed(.secondary)
func c(_ count: Int) -> ReportedValue { .count(count) }

@Suite("GLOTIP tables: rows and their order")
struct GLOTIPTablesTests {
    static let tallies = GLOTIPTallies(
        victimsByGroup: [VictimGroupKey(year: 2023, sex: .female, age: .adult, group: .sexualExploitation): 3],
        victimsByForm: [VictimFormKey(year: 2023, sex: .female, age: .adult, form: .sexualExploitation): 3],
        victimsByCitizenship: [
            YearCountryKey(year: 2023, country: nil): 1, YearCountryKey(year: 2023, country: "MEX"): 1,
            YearCountryKey(year: 2023, country: "GTM"): 1,
        ],
        offencesByYear: [2023: 4]
    )

    @Test func everyRowCarriesTheCountryAndTheSource() {
        let rows = GLOTIPTables.rows(from: Self.tallies, country: mexico, years: 2023...2023, rule: .none)
        #expect(rows.allSatisfy {
            $0.iso3 == "MEX" && $0.country == "Mexico" && $0.region == "Americas"
                && $0.subregion == "Latin America and the Caribbean" && $0.source == "Libertas"
        })
        #expect(GLOTIPLongLayout.fields(of: rows[0], rule: .none) == [
            "MEX", "Mexico", "Americas", "Latin America and the Caribbean", "Detected trafficking victims", "Total",
            "Total", "Total", "Total", "2023", "Counts", "3", "Libertas",
        ])
    }

    @Test func rowsComeByIndicatorDimensionCategorySexAgeThenYear() {
        let rows = GLOTIPTables.rows(from: Self.tallies, country: mexico, years: 2023...2024, rule: .none)
        #expect(rows.map(\.indicator).removingAdjacentDuplicates() == GLOTIPIndicator.allCases)
        // Year is the last key: both years of a cell sit together, Total before the categories.
        let first = rows.prefix(3).map { "\($0.sex.rawValue)/\($0.age.rawValue)/\($0.year)" }
        #expect(first == ["Total/Total/2023", "Total/Total/2024", "Total/0 to 17 years/2023"])
        let victimDimensions = rows.filter { $0.indicator == .detectedVictims }.map(\.dimension).removingAdjacentDuplicates()
        #expect(victimDimensions == [.total, .formOfExploitation, .detailedForm, .citizenship])
        // Countries by English name, Unknown last.
        let citizenships = rows.filter { $0.dimension == .citizenship && $0.indicator == .detectedVictims }.map(\.category)
        #expect(citizenships == ["Guatemala", "Mexico", "Unknown"])
        #expect(rows == rows.sorted(by: GLOTIPRow.reportingOrder))
    }

    @Test func offencesArePublishedEveryYearZerosIncluded() {
        let rows = GLOTIPTables.rows(from: Self.tallies, country: mexico, years: 2023...2024, rule: SuppressionRule())
        let offences = rows.filter { $0.indicator == .offences }
        // 2023: 4 offences, < 5 → primary; 2024: none recorded → a real zero.
        #expect(offences.map { "\($0.year) \($0.dimension.rawValue) \($0.category) \($0.sex.rawValue) \($0.age.rawValue)" }
            == ["2023 Total Total Total Total", "2024 Total Total Total Total"])
        #expect(offences.map(\.value) == [p, c(0)])
        #expect(SuppressionRule().text(offences[0].value) == "<5")
    }
}

extension Array where Element: Equatable {
    func removingAdjacentDuplicates() -> [Element] {
        reduce(into: []) { result, element in if result.last != element { result.append(element) } }
    }
}
