import CaseModel
import Testing
@testable import Reporting

@Suite("GLOTIP tables: persons in the criminal-justice system")
struct GLOTIPTablesJusticeTests {
    /// 2023. Prosecuted: women 7, men 12, boys 3. Formal contact: girls 3, women 2, men 4.
    /// Convicted: women 4, men 9; 10 Mexicans and 3 Guatemalans; 11 for sexual exploitation and 2
    /// for forced labour.
    static let tallies = GLOTIPTallies(
        personsByStage: [
            PersonStageKey(stage: .prosecuted, year: 2023, sex: .female, age: .adult): 7,
            PersonStageKey(stage: .prosecuted, year: 2023, sex: .male, age: .adult): 12,
            PersonStageKey(stage: .prosecuted, year: 2023, sex: .male, age: .child): 3,
            PersonStageKey(stage: .formalContact, year: 2023, sex: .female, age: .child): 3,
            PersonStageKey(stage: .formalContact, year: 2023, sex: .female, age: .adult): 2,
            PersonStageKey(stage: .formalContact, year: 2023, sex: .male, age: .adult): 4,
            PersonStageKey(stage: .convicted, year: 2023, sex: .female, age: .adult): 4,
            PersonStageKey(stage: .convicted, year: 2023, sex: .male, age: .adult): 9,
        ],
        convictedByCitizenship: [YearCountryKey(year: 2023, country: "MEX"): 10, YearCountryKey(year: 2023, country: "GTM"): 3],
        convictedByGroup: [YearGroupKey(year: 2023, group: .sexualExploitation): 11, YearGroupKey(year: 2023, group: .forcedLabour): 2]
    )

    static func rows(threshold: Int) -> [GLOTIPRow] {
        GLOTIPTables.rows(from: tallies, country: mexico, years: 2023...2023, rule: SuppressionRule(threshold: threshold))
    }

    @Test func unsuppressedGridsHaveEveryCellAndTheirMargins() {
        let rows = Self.rows(threshold: 1)
        // Prosecuted: F 7 (18+), M 3 + 12 = 15; 0–17 3, 18+ 19; all 22.
        #expect(grid(rows, .prosecuted, year: 2023) == expectedGrid([
            .total: [c(22), c(3), c(19), c(0)], .female: [c(7), c(0), c(7), c(0)], .male: [c(15), c(3), c(12), c(0)],
        ]))
        // Formal contact: F 3 + 2 = 5, M 4; 0–17 3, 18+ 6; all 9.
        #expect(grid(rows, .formalContact, year: 2023) == expectedGrid([
            .total: [c(9), c(3), c(6), c(0)], .female: [c(5), c(3), c(2), c(0)], .male: [c(4), c(0), c(4), c(0)],
        ]))
        #expect(rows.filter { $0.indicator == .convicted && $0.dimension == .total }.count == 20)
    }

    @Test func convictedByCitizenshipAndFormAddUpToAllConvicted() {
        let rows = Self.rows(threshold: 1)
        let citizenship = rows.filter { $0.indicator == .convicted && $0.dimension == .citizenship }
        #expect(citizenship.map(\.category) == ["Guatemala", "Mexico"])
        #expect(citizenship.map(\.value) == [c(3), c(10)])
        // UNODC's three categories, zeros included; no Unknown, since every case records a form.
        let forms = rows.filter { $0.indicator == .convicted && $0.dimension == .formOfExploitation }
        #expect(forms.map(\.category) == ["Sexual exploitation", "Forced labour", "Other forms of exploitation"])
        #expect(forms.map(\.value) == [c(11), c(2), c(0)])
        #expect(forms.allSatisfy { $0.sex == .total && $0.age == .total })
    }

    @Test func prosecutedWithThresholdFive() {
        // Primary: M 0–17 = 3, and T 0–17 = 3 (the boys are all the children). Columns first
        // (Total, 0–17, 18+, Unknown), then rows (Total, Female, Male, Other, Unknown).
        // Pass 1: column 0–17 holds both primaries. Row Total has only T 0–17 → the smallest
        // positive other part, T 18+ = 19. Row Male has only M 0–17 → M 18+ = 12.
        // Pass 2: column 18+ holds T 18+ and M 18+; all lines hold 0 or 2: done.
        // Audit: T 0–17 = M 0–17 = x, M 18+ = 15 − x, T 18+ = 7 + M 18+ = 22 − x: nothing fixed.
        #expect(grid(Self.rows(threshold: 5), .prosecuted, year: 2023) == expectedGrid([
            .total: [c(22), p, s, c(0)], .female: [c(7), c(0), c(7), c(0)], .male: [c(15), p, s, c(0)],
        ]))
    }

    @Test func formalContactWithThresholdThreeTakesMarginsOverZeros() {
        // Threshold 3: primary F 18+ = 2 only (3 and 4 are shown at this threshold).
        // Pass 1: column 18+ has only F 18+ → M 18+ = 4. Row Female has only F 18+ → F 0–17 = 3.
        //   Row Male has only M 18+, its other parts are 0 → its margin M Total = 4.
        // Pass 2: column Total has only M Total → F Total = 5. Column 0–17 has only F 0–17, the other
        //   parts are 0 → T 0–17 = 3. Row Total then has only T 0–17 → T 18+ = 6.
        // Pass 3: every line has 0, 2 or 3 withheld cells.
        // Audit: with F 18+ = a and M 18+ = b free: M T = b, F T = 9 − b, F 0–17 = T 0–17 = 9 − a − b,
        // T 18+ = a + b: nothing fixed. The grand total 9 is published.
        let rows = Self.rows(threshold: 3)
        #expect(grid(rows, .formalContact, year: 2023) == expectedGrid([
            .total: [c(9), s, s, c(0)], .female: [s, s, p, c(0)], .male: [s, c(0), s, c(0)],
        ]))
        #expect(SuppressionRule(threshold: 3).text(value(rows, .formalContact, .total, "Total", .female, .adult, year: 2023)!) == "<3")
    }

    @Test func convictedTablesShareOneGrandTotal() {
        // Primary: F 18+ = 4, F Total = 4, Guatemala = 3, forced labour = 2. Grid first:
        // column Total has only F Total → M Total = 9; column 18+ has only F 18+ → M 18+ = 9;
        // rows Female and Male then hold two each. Citizenship (total = Guatemala + Mexico) has only
        // Guatemala → Mexico = 10. Forms (total = SE + FL + OF) have only FL → SE = 11 (OF is 0).
        // Every sum through the grand total 13 (column Total, row Total, citizenship, forms) now has
        // 0 or 2 withheld cells, so the one grand-total cell stays published, once.
        // Audit: F = a, M = 13 − a in both the Total column and the 18+ column; Guatemala = g,
        // Mexico = 13 − g; FL = f, SE = 13 − f: nothing fixed.
        let rows = Self.rows(threshold: 5)
        #expect(grid(rows, .convicted, year: 2023) == expectedGrid([
            .total: [c(13), c(0), c(13), c(0)], .female: [p, c(0), p, c(0)], .male: [s, c(0), s, c(0)],
        ]))
        #expect(rows.filter { $0.indicator == .convicted && $0.sex == .total && $0.age == .total && $0.category == "Total" }.count == 1)
        #expect(value(rows, .convicted, .citizenship, "Guatemala", year: 2023) == p)
        #expect(value(rows, .convicted, .citizenship, "Mexico", year: 2023) == s)
        #expect(value(rows, .convicted, .formOfExploitation, "Sexual exploitation", year: 2023) == s)
        #expect(value(rows, .convicted, .formOfExploitation, "Forced labour", year: 2023) == p)
        #expect(value(rows, .convicted, .formOfExploitation, "Other forms of exploitation", year: 2023) == c(0))
    }

    @Test func aSmallGrandTotalIsWithheldInEveryTableThatAddsUpToIt() {
        // 2021: 4 men convicted (18+), all Mexican, all for sexual exploitation. Every positive cell is
        // 4 < 5, so primary: the grid's M 18+, M Total, T 18+, the grand total, Mexico and SE. The
        // grand total is one cell: citizenship (4 = Mexico) and forms (4 = SE + 0 + 0) both see it
        // withheld and need nothing more. Zeros stay published.
        let tallies = GLOTIPTallies(
            personsByStage: [PersonStageKey(stage: .convicted, year: 2021, sex: .male, age: .adult): 4],
            convictedByCitizenship: [YearCountryKey(year: 2021, country: "MEX"): 4],
            convictedByGroup: [YearGroupKey(year: 2021, group: .sexualExploitation): 4]
        )
        let rows = GLOTIPTables.rows(from: tallies, country: mexico, years: 2021...2021, rule: SuppressionRule())
        #expect(grid(rows, .convicted, year: 2021) == expectedGrid([.total: [p, c(0), p, c(0)], .male: [p, c(0), p, c(0)]]))
        #expect(value(rows, .convicted, .citizenship, "Mexico", year: 2021) == p)
        #expect(rows.filter { $0.indicator == .convicted && $0.dimension == .formOfExploitation }.map(\.value) == [p, c(0), c(0)])
        #expect(!rows.contains { $0.value == s })
    }

    @Test func noSuppressionWhenTheThresholdIsOneOrLess() {
        for rule in [SuppressionRule(threshold: 1), .none] {
            let rows = GLOTIPTables.rows(from: Self.tallies, country: mexico, years: 2023...2023, rule: rule)
            #expect(rows.allSatisfy { !$0.value.isSuppressed })
            #expect(value(rows, .prosecuted, .total, "Total", .male, .child, year: 2023) == c(3))
            #expect(value(rows, .formalContact, .total, "Total", .female, .adult, year: 2023) == c(2))
        }
    }

    @Test func everyReleaseUnitPassesTheAudit() {
        for table in GLOTIPTables.releaseUnits(Self.tallies, year: 2023) {
            for threshold in [3, 5, 10] {
                let published = table.suppression(SuppressionRule(threshold: threshold))
                #expect(SuppressionAudit.disclosures(constraints: table.constraints, published: published).isEmpty)
            }
        }
    }
}
