import CaseModel
import Testing
@testable import Reporting

/// Suppression of trends with the default rule (counts 1–4 withheld), worked by hand.
@Suite("Trend suppression")
struct TrendsSuppressionTests {
    static func key(_ year: Int, _ month: Int?, _ sex: GLOTIPSex = .female, _ age: GLOTIPAge = .adult) -> TrendKey {
        TrendKey(year: year, month: month, sex: sex, age: age, group: .forcedLabour)
    }

    /// 2025: January 10, February 2, March 8, other months 0, month unknown 0; total 20.
    @Test func aSingleSmallMonthIsProtectedAgainstTheYearTotal() {
        let counts = [Self.key(2025, 1): 10, Self.key(2025, 2): 2, Self.key(2025, 3): 8]
        let report = Trends.report(counts, years: 2025...2025, granularity: .month, rule: SuppressionRule())
        let total = report.series[0]
        // February 2 < 5: primary. The year 20 = Jan + … + Dec + unknown has one withheld part,
        // so the smallest positive published part goes too: March 8 (January is 10).
        // A reader knows only Feb + Mar = 20 − 10 = 10.
        var expected = [ReportedValue](repeating: .count(0), count: 12)
        expected[0] = .count(10)
        expected[1] = .suppressed(.primary)
        expected[2] = .suppressed(.secondary)
        #expect(total.points.map(\.value) == expected)
        #expect(total.yearTotals[0].value == .count(20))
        #expect(total.monthUnknown == [2025: .count(0)])
    }

    /// 2024: Q1 has 6 (all in March); 3 victims have no month; total 9.
    @Test func aSmallMonthUnknownPartIsProtectedToo() {
        let counts = [Self.key(2024, 3): 6, Self.key(2024, nil): 3]
        let report = Trends.report(counts, years: 2024...2024, granularity: .quarter, rule: SuppressionRule())
        let total = report.series[0]
        // Unknown 3: primary. 9 = Q1 + Q2 + Q3 + Q4 + unknown: Q1 = 6 is the only positive
        // published part, so it is withheld; the total 9 stays.
        #expect(total.monthUnknown == [2024: .suppressed(.primary)])
        #expect(total.points.map(\.value) == [.suppressed(.secondary), .count(0), .count(0), .count(0)])
        #expect(total.yearTotals[0].value == .count(9))
        // A withheld unknown part may be non-zero, so the note is there.
        #expect(report.hasUnknownMonths)
    }

    /// 2024: female 12, male 3; 2025: female 9, male 8. By year, split by sex.
    @Test func aSmallSexIsProtectedAgainstTheYearTotal() {
        let counts = [Self.key(2024, 5, .female): 12, Self.key(2024, 6, .male): 3, Self.key(2025, 1, .female): 9, Self.key(2025, 2, .male): 8]
        let report = Trends.report(counts, years: 2024...2025, granularity: .year, splitBy: .sex, rule: SuppressionRule())
        // Male 2024 = 3: primary. 2024 total 15 = F + M + O + U with O = U = 0: the only positive
        // published part is female 12, withheld. 2025 has nothing small.
        #expect(report.series.map { $0.points.map(\.value) } == [
            [.count(15), .count(17)],
            [.suppressed(.secondary), .count(9)],
            [.suppressed(.primary), .count(8)],
            [.count(0), .count(0)],
            [.count(0), .count(0)],
        ])
    }

    /// 2025, January: child 2, adult 9; February: adult 7. By month, split by age.
    ///
    /// ```
    ///             Jan  Feb  (Mar–Dec, unknown 0) | year
    ///   Total      11    7                       |  18
    ///   Child       2    0                       |   2
    ///   Adult       9    7                       |  16
    ///   Unknown     0    0                       |   0
    /// ```
    @Test func aSplitMonthlyTrendIsProtectedInBothDirections() {
        let counts = [Self.key(2025, 1, .female, .child): 2, Self.key(2025, 1, .female, .adult): 9, Self.key(2025, 2, .male, .adult): 7]
        let report = Trends.report(counts, years: 2025...2025, granularity: .month, splitBy: .age, rule: SuppressionRule())
        // Primary: child Jan 2 and child year 2. Line rule, constraints in order (rows, then the
        // columns): the child row has two withheld cells; the January column has one (child Jan),
        // so adult Jan 9 goes; the year column has one (child year), so adult year 16 goes. Then
        // every line has 0 or 2 withheld. A reader has cJan = cYear, aJan + 7 = aYear,
        // cJan + aJan = 11, cYear + aYear = 18: one free unknown, nothing solved.
        let rows = report.series.map { series in [series.points[0].value, series.points[1].value, series.yearTotals[0].value] }
        #expect(report.series.map(\.label) == ["Total", "0 to 17 years", "18 years or over", "Unknown"])
        #expect(rows == [
            [.count(11), .count(7), .count(18)],
            [.suppressed(.primary), .count(0), .suppressed(.primary)],
            [.suppressed(.secondary), .count(7), .suppressed(.secondary)],
            [.count(0), .count(0), .count(0)],
        ])
        let categories = Trends.seriesCategories(splitBy: .age, filter: .all)
        let table = Trends.table(counts, years: 2025...2025, granularity: .month, filter: .all, categories: categories)
        #expect(SuppressionAudit.disclosures(constraints: table.constraints, published: table.suppression(SuppressionRule())).isEmpty)
    }

    @Test func theSameInputGivesTheSameReport() {
        let counts = [Self.key(2025, 1): 3, Self.key(2025, 2): 3, Self.key(2025, 3): 3, Self.key(2025, 4): 3]
        // Four equal small months: ties are broken by table order, so two runs agree.
        let first = Trends.report(counts, years: 2025...2025, granularity: .month, rule: SuppressionRule())
        let second = Trends.report(counts, years: 2025...2025, granularity: .month, rule: SuppressionRule())
        #expect(first == second)
        // All four are primary; the year 12 = the sum of parts with four withheld: nothing more.
        #expect(first.series[0].points.prefix(4).allSatisfy { $0.value == .suppressed(.primary) })
        #expect(first.series[0].yearTotals[0].value == .count(12))
    }
}
