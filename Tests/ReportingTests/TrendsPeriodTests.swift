import Testing
@testable import Reporting

/// How trend periods are written, ordered and derived from months.
@Suite("Trend periods")
struct TrendsPeriodTests {
    @Test func periodsAreWrittenAsMonthQuarterAndYear() {
        #expect(TrendPeriod.month(year: 2025, month: 3).description == "2025-03")
        #expect(TrendPeriod.month(year: 2025, month: 11).description == "2025-11")
        #expect(TrendPeriod.quarter(year: 2025, quarter: 1).description == "2025-Q1")
        #expect(TrendPeriod.year(2025).description == "2025")
    }

    @Test func periodsSortByStartThenShorterFirst() {
        let shuffled: [TrendPeriod] = [.year(2025), .quarter(year: 2025, quarter: 1), .month(year: 2025, month: 1), .month(year: 2024, month: 12), .quarter(year: 2024, quarter: 4)]
        // 2024-Q4 starts in October 2024, before 2024-12; 2025-01, 2025-Q1 and 2025 all start in
        // January 2025 and sort shortest first.
        #expect(shuffled.sorted().map(\.description) == ["2024-Q4", "2024-12", "2025-01", "2025-Q1", "2025"])
    }

    @Test func monthsFallInTheirQuarter() {
        // Q1 = Jan–Mar, Q2 = Apr–Jun, Q4 = Oct–Dec.
        #expect(TrendGranularity.quarter.period(year: 2025, month: 3) == .quarter(year: 2025, quarter: 1))
        #expect(TrendGranularity.quarter.period(year: 2025, month: 4) == .quarter(year: 2025, quarter: 2))
        #expect(TrendGranularity.quarter.period(year: 2025, month: 12) == .quarter(year: 2025, quarter: 4))
        #expect(TrendGranularity.quarter.period(year: 2025, month: nil) == nil)
        #expect(TrendGranularity.year.period(year: 2025, month: nil) == .year(2025))
    }
}
