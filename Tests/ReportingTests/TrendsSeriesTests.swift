import CaseModel
import Testing
@testable import Reporting

/// The shape of trend series: every period present, filters, splits and the month-unknown part.
/// Suppression is off here (threshold 0) unless a test says otherwise.
@Suite("Trend series")
struct TrendsSeriesTests {
    static func key(_ year: Int, _ month: Int?, _ sex: GLOTIPSex = .female, _ age: GLOTIPAge = .adult, _ group: GLOTIPExploitationGroup? = .sexualExploitation) -> TrendKey {
        TrendKey(year: year, month: month, sex: sex, age: age, group: group)
    }

    @Test func emptyInputGivesZeroForEveryMonth() {
        let report = Trends.report([:], years: 2023...2024, granularity: .month, rule: SuppressionRule())
        // Two years of twelve months: 24 points, all zero, from 2023-01 to 2024-12.
        #expect(report.series.count == 1)
        let total = report.series[0]
        #expect(total.label == "Total")
        #expect(total.points.count == 24)
        #expect(total.points.allSatisfy { $0.value == .count(0) })
        #expect(total.points.first?.period.description == "2023-01")
        #expect(total.points.last?.period.description == "2024-12")
        #expect(total.yearTotals == [TrendPoint(period: .year(2023), value: .count(0)), TrendPoint(period: .year(2024), value: .count(0))])
        #expect(total.monthUnknown == [2023: .count(0), 2024: .count(0)])
        #expect(!report.hasUnknownMonths)
        #expect(report.unknownMonthNote == nil)
    }

    /// 2024: 4 victims in February, 2 in March, 5 in May, 7 with the month unknown; total 18.
    @Test func unknownMonthCountsInTheYearButInNoQuarter() {
        let counts = [Self.key(2024, 2): 4, Self.key(2024, 3): 2, Self.key(2024, 5): 5, Self.key(2024, nil): 7]
        let report = Trends.report(counts, years: 2024...2024, granularity: .quarter, rule: .none)
        let total = report.series[0]
        // Q1 = 4 + 2 = 6, Q2 = 5, Q3 = Q4 = 0; 6 + 5 = 11 ≠ 18: the 7 of unknown month make the rest.
        #expect(total.points.map(\.value) == [.count(6), .count(5), .count(0), .count(0)])
        #expect(total.points.map(\.period.description) == ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"])
        #expect(total.monthUnknown == [2024: .count(7)])
        #expect(total.yearTotals == [TrendPoint(period: .year(2024), value: .count(18))])
        #expect(report.hasUnknownMonths)
        #expect(report.unknownMonthNote?.contains("no quarter") == true)
    }

    @Test func yearGranularityCountsUnknownMonthsInTheYear() {
        // 2022: 3 in June + 2 of unknown month = 5; 2023: none; 2024: 1 of unknown month.
        let counts = [Self.key(2022, 6): 3, Self.key(2022, nil): 2, Self.key(2024, nil): 1]
        let report = Trends.report(counts, years: 2022...2024, granularity: .year, rule: .none)
        #expect(report.series[0].points.map(\.value) == [.count(5), .count(0), .count(1)])
        #expect(report.series[0].points.map(\.period.description) == ["2022", "2023", "2024"])
        #expect(report.series[0].monthUnknown.isEmpty)
        #expect(!report.hasUnknownMonths)
    }

    @Test func keysOutsideTheYearsAreIgnoredAndABadMonthIsUnknown() {
        // 2019 is outside the range; month 13 is no month, so it counts as month unknown.
        let counts = [Self.key(2019, 1): 50, Self.key(2020, 13): 6, Self.key(2020, 1): 8]
        let total = Trends.report(counts, years: 2020...2020, granularity: .month, rule: .none).series[0]
        #expect(total.points[0].value == .count(8))
        #expect(total.monthUnknown == [2020: .count(6)])
        #expect(total.yearTotals[0].value == .count(14))
    }

    /// 2025, all in January: female adult sexual exploitation 10, female child forced labour 7,
    /// female child no form 6, male child forced labour 9.
    static let mixed = [
        key(2025, 1, .female, .adult, .sexualExploitation): 10,
        key(2025, 1, .female, .child, .forcedLabour): 7,
        key(2025, 1, .female, .child, nil): 6,
        key(2025, 1, .male, .child, .forcedLabour): 9,
    ]

    @Test func filterKeepsVictimsInEveryGivenCategory() {
        func january(_ filter: TrendFilter) -> ReportedValue {
            Trends.report(Self.mixed, years: 2025...2025, granularity: .year, filter: filter, rule: .none).series[0].points[0].value
        }
        // Females: 10 + 7 + 6 = 23. Children: 7 + 6 + 9 = 22. Female children in forced labour: 7.
        // No form recorded (group unknown): 6. `total` means all: 32.
        #expect(january(TrendFilter(sex: .female)) == .count(23))
        #expect(january(TrendFilter(age: .child)) == .count(22))
        #expect(january(TrendFilter(sex: .female, age: .child, group: .forcedLabour)) == .count(7))
        #expect(january(TrendFilter(group: .unknown)) == .count(6))
        #expect(january(TrendFilter(sex: .total, age: .total)) == .count(32))
    }

    @Test func splitBySexGivesTheTotalThenEachSexInGLOTIPOrder() {
        let report = Trends.report(Self.mixed, years: 2025...2025, granularity: .year, splitBy: .sex, rule: .none)
        // Total 32; female 23; male 9; other 0; unknown 0.
        #expect(report.series.map(\.label) == ["Total", "Female", "Male", "Other", "Unknown"])
        #expect(report.series.map { $0.points[0].value } == [.count(32), .count(23), .count(9), .count(0), .count(0)])
    }

    @Test func splitByGroupWithinAFilterOnChildren() {
        let report = Trends.report(Self.mixed, years: 2025...2025, granularity: .year, filter: TrendFilter(age: .child), splitBy: .group, rule: .none)
        // Children 22: sexual exploitation 0, forced labour 7 + 9 = 16, other forms 0, unknown 6.
        #expect(report.series.map(\.label) == ["Total", "Sexual exploitation", "Forced labour", "Other forms of exploitation", "Unknown"])
        #expect(report.series.map { $0.points[0].value } == [.count(22), .count(0), .count(16), .count(0), .count(6)])
    }

    @Test func splittingOnTheFilteredDimensionKeepsTheOneCategory() {
        let report = Trends.report(Self.mixed, years: 2025...2025, granularity: .year, filter: TrendFilter(sex: .male), splitBy: .sex, rule: .none)
        // Males only: the total 9 and the one male series 9.
        #expect(report.series.map(\.label) == ["Total", "Male"])
        #expect(report.series.map { $0.points[0].value } == [.count(9), .count(9)])
    }
}
