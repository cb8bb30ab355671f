import CaseModel
import Testing
@testable import Reporting

@Suite("GLOTIP tables: detected victims")
struct GLOTIPTablesVictimsTests {
    /// 2023: 27 victims; 2024: none.
    ///
    /// | sex, age   | form               | victims |
    /// |------------|--------------------|---------|
    /// | F, 0–17    | sexual exploitation | 6 |
    /// | F, 18+     | sexual exploitation | 10 |
    /// | F, 18+     | forced labour       | 2 |
    /// | M, 18+     | forced labour       | 8 |
    /// | M, 0–17    | none recorded       | 1 |
    static let tallies = GLOTIPTallies(
        victimsByGroup: [
            VictimGroupKey(year: 2023, sex: .female, age: .child, group: .sexualExploitation): 6,
            VictimGroupKey(year: 2023, sex: .female, age: .adult, group: .sexualExploitation): 10,
            VictimGroupKey(year: 2023, sex: .female, age: .adult, group: .forcedLabour): 2,
            VictimGroupKey(year: 2023, sex: .male, age: .adult, group: .forcedLabour): 8,
            VictimGroupKey(year: 2023, sex: .male, age: .child, group: nil): 1,
        ],
        victimsByForm: [
            VictimFormKey(year: 2023, sex: .female, age: .child, form: .sexualExploitation): 6,
            VictimFormKey(year: 2023, sex: .female, age: .adult, form: .sexualExploitation): 10,
            VictimFormKey(year: 2023, sex: .female, age: .adult, form: .servitude): 2,
            VictimFormKey(year: 2023, sex: .male, age: .adult, form: .forcedLabour): 8,
            // The Servitude victim was also married off: a victim counts once per form.
            VictimFormKey(year: 2023, sex: .female, age: .adult, form: .forcedMarriage): 2,
            VictimFormKey(year: 2023, sex: .male, age: .adult, form: .organRemoval): 0,
        ],
        victimsByCitizenship: [
            YearCountryKey(year: 2023, country: "MEX"): 13, YearCountryKey(year: 2023, country: "MX"): 2,
            YearCountryKey(year: 2023, country: "GTM"): 9, YearCountryKey(year: 2023, country: "ZZZ"): 2,
            YearCountryKey(year: 2023, country: nil): 1, YearCountryKey(year: 2023, country: "HND"): 0,
        ],
        victimsByRepatriation: [
            YearCountryKey(year: 2023, country: "GTM"): 3, YearCountryKey(year: 2023, country: nil): 24,
            YearCountryKey(year: 2023, country: "HND"): 0,
        ]
    )

    static let rows = GLOTIPTables.rows(from: tallies, country: mexico, years: 2023...2024, rule: .none)

    @Test func theTotalGridHasEveryCellAndItsMargins() {
        // Female: 6 + 12 (10 + 2) = 18; male: 1 + 8 = 9; 0–17: 6 + 1 = 7; 18+: 12 + 8 = 20; all 27.
        #expect(grid(Self.rows, .detectedVictims, year: 2023) == expectedGrid([
            .total: [c(27), c(7), c(20), c(0)],
            .female: [c(18), c(6), c(12), c(0)],
            .male: [c(9), c(1), c(8), c(0)],
        ]))
        // A year without victims is all real zeros: 5 sexes × 4 ages.
        #expect(grid(Self.rows, .detectedVictims, year: 2024) == expectedGrid([:]))
        #expect(Self.rows.filter { $0.dimension == .total && $0.indicator == .detectedVictims }.count == 40)
    }

    @Test func formsAreGridsThatAddUpToTheTotalGrid() {
        // Sexual exploitation: F 0–17 6, F 18+ 10 → F 16, 0–17 6, 18+ 10, all 16.
        #expect(grid(Self.rows, .detectedVictims, .formOfExploitation, "Sexual exploitation", year: 2023) == expectedGrid([
            .total: [c(16), c(6), c(10), c(0)], .female: [c(16), c(6), c(10), c(0)],
        ]))
        // Forced labour: F 18+ 2, M 18+ 8 → all 10.
        #expect(grid(Self.rows, .detectedVictims, .formOfExploitation, "Forced labour", year: 2023) == expectedGrid([
            .total: [c(10), c(0), c(10), c(0)], .female: [c(2), c(0), c(2), c(0)], .male: [c(8), c(0), c(8), c(0)],
        ]))
        #expect(grid(Self.rows, .detectedVictims, .formOfExploitation, "Other forms of exploitation", year: 2023) == expectedGrid([:]))
        // Unknown: the one boy without a recorded form. 16 + 10 + 0 + 1 = 27.
        #expect(grid(Self.rows, .detectedVictims, .formOfExploitation, "Unknown", year: 2023) == expectedGrid([
            .total: [c(1), c(1), c(0), c(0)], .male: [c(1), c(1), c(0), c(0)],
        ]))
        // 2024 has nobody without a form, so no Unknown: three categories × 20 cells.
        let categories2024 = Self.rows.filter { $0.indicator == .detectedVictims && $0.dimension == .formOfExploitation && $0.year == 2024 }.map(\.category)
        #expect(categories2024.removingAdjacentDuplicates() == ["Sexual exploitation", "Forced labour", "Other forms of exploitation"])
        #expect(categories2024.count == 60)
    }

    @Test func detailedFormsAreNonZeroHTCDSValueNamesAndNeedNotAddUp() {
        let detailed = Self.rows.filter { $0.dimension == .detailedForm && $0.year == 2023 }
        // ExploitationType order: ForcedLabour, SexualExploitation, ForcedMarriage, Servitude;
        // OrganRemoval is zero and left out. 8 + 16 + 2 + 2 = 28 ≠ 27: the Servitude victim counts twice.
        #expect(detailed.map(\.category).removingAdjacentDuplicates() == ["ForcedLabour", "SexualExploitation", "ForcedMarriage", "Servitude"])
        #expect(detailed.count == 4 * 20)
        #expect(grid(Self.rows, .detectedVictims, .detailedForm, "Servitude", year: 2023) == expectedGrid([
            .total: [c(2), c(0), c(2), c(0)], .female: [c(2), c(0), c(2), c(0)],
        ]))
        #expect(!Self.rows.contains { $0.dimension == .detailedForm && $0.year == 2024 })
    }

    @Test func citizenshipNamesCountriesInEnglishWithUnknownLast() {
        let citizenship = Self.rows.filter { $0.dimension == .citizenship && $0.year == 2023 }
        // MEX 13 + MX 2 = Mexico 15; ZZZ is no country we know, so it is kept as written; HND is zero.
        // 9 + 15 + 2 + 1 = 27, all victims.
        #expect(citizenship.map(\.category) == ["Guatemala", "Mexico", "ZZZ", "Unknown"])
        #expect(citizenship.map(\.value) == [c(9), c(15), c(2), c(1)])
        #expect(citizenship.allSatisfy { $0.sex == .total && $0.age == .total })
    }

    @Test func repatriationListsOnlyCountriesVictimsWentBackTo() {
        let repatriation = Self.rows.filter { $0.dimension == .repatriation }
        #expect(repatriation.map { "\($0.category) \($0.year) \($0.sex.rawValue) \($0.age.rawValue)" } == ["Guatemala 2023 Total Total"])
        #expect(repatriation.map(\.value) == [c(3)])
    }

    /// 2022, threshold 5: girls 2 and women 6, all sexually exploited, all Mexican, 2 of them
    /// repatriated to Guatemala; the detailed form (sexual exploitation) has the same 2 and 6.
    static let small = GLOTIPTallies(
        victimsByGroup: [
            VictimGroupKey(year: 2022, sex: .female, age: .child, group: .sexualExploitation): 2,
            VictimGroupKey(year: 2022, sex: .female, age: .adult, group: .sexualExploitation): 6,
        ],
        victimsByForm: [
            VictimFormKey(year: 2022, sex: .female, age: .child, form: .sexualExploitation): 2,
            VictimFormKey(year: 2022, sex: .female, age: .adult, form: .sexualExploitation): 6,
        ],
        victimsByCitizenship: [YearCountryKey(year: 2022, country: "MEX"): 8],
        victimsByRepatriation: [YearCountryKey(year: 2022, country: "GTM"): 2]
    )

    @Test func theFormGridsAndTheTotalGridAreSuppressedAsOneTable() {
        let rows = GLOTIPTables.rows(from: Self.small, country: mexico, years: 2022...2022, rule: SuppressionRule())
        // Total grid: F 0–17 2 and T 0–17 2 are < 5 (primary). Constraints, total grid first:
        // column 0–17 holds both primaries; row Total (T = 0–17 + 18+ + U) has only T 0–17 → the
        // smallest positive other part, T 18+ = 6; row Female has only F 0–17 → F 18+ = 6.
        // Column 18+ then holds T 18+ and F 18+. The sexual-exploitation grid is the same grid and
        // goes the same way; the category sums (total cell = SE + FL + OF cell) then hold 0 or 2
        // withheld cells each. Audit: in both grids every 0–17 cell is x and every 18+ cell 8 − x,
        // for any x: nothing fixed. The grand total 8 stays published, so citizenship (Mexico 8 = total) needs nothing.
        let expected = expectedGrid([.total: [c(8), p, s, c(0)], .female: [c(8), p, s, c(0)]])
        #expect(grid(rows, .detectedVictims, year: 2022) == expected)
        #expect(grid(rows, .detectedVictims, .formOfExploitation, "Sexual exploitation", year: 2022) == expected)
        #expect(grid(rows, .detectedVictims, .formOfExploitation, "Forced labour", year: 2022) == expectedGrid([:]))
        #expect(grid(rows, .detectedVictims, .formOfExploitation, "Other forms of exploitation", year: 2022) == expectedGrid([:]))
        // The detailed form is its own table: its lines add up within it, so it goes the same way.
        #expect(grid(rows, .detectedVictims, .detailedForm, "SexualExploitation", year: 2022) == expected)
        #expect(value(rows, .detectedVictims, .citizenship, "Mexico", year: 2022) == c(8))
        // Repatriation takes part in no sum: primary only.
        #expect(value(rows, .detectedVictims, .repatriation, "Guatemala", year: 2022) == p)
    }

    @Test func theAuditRecoversSmallCellsFromPrimarySuppressionAloneAndNothingAfterwards() {
        let table = GLOTIPTables.victimTables(Self.small, year: 2022)
        // Primary only: T 0–17 = 8 − 6 − 0 = 2 from row Total; F 0–17 = 8 − 6 − 0 = 2 from row
        // Female; the same in the sexual-exploitation grid and in the detailed-form grid. Guatemala
        // (repatriation) is in no sum and stays hidden.
        let primaryOnly = SuppressionAudit.disclosures(constraints: table.constraints, published: table.primarySuppression(SuppressionRule()))
        let children = [
            GLOTIPCell(.detectedVictims, sex: .total, age: .child, year: 2022),
            GLOTIPCell(.detectedVictims, sex: .female, age: .child, year: 2022),
            GLOTIPCell(.detectedVictims, .formOfExploitation, "Sexual exploitation", sex: .total, age: .child, year: 2022),
            GLOTIPCell(.detectedVictims, .formOfExploitation, "Sexual exploitation", sex: .female, age: .child, year: 2022),
            GLOTIPCell(.detectedVictims, .detailedForm, "SexualExploitation", sex: .total, age: .child, year: 2022),
            GLOTIPCell(.detectedVictims, .detailedForm, "SexualExploitation", sex: .female, age: .child, year: 2022),
        ]
        #expect(primaryOnly == Dictionary(uniqueKeysWithValues: children.map { ($0, 2) }))
        #expect(SuppressionAudit.disclosures(constraints: table.constraints, published: table.suppression(SuppressionRule())).isEmpty)
    }

    @Test func noReleaseUnitOfTheLargeExampleDisclosesAnything() {
        for year in 2023...2024 {
            for table in GLOTIPTables.releaseUnits(Self.tallies, year: year) {
                for threshold in [3, 5, 10] {
                    let published = table.suppression(SuppressionRule(threshold: threshold))
                    #expect(SuppressionAudit.disclosures(constraints: table.constraints, published: published).isEmpty)
                }
            }
        }
    }
}
