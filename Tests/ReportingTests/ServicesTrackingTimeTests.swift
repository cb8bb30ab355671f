import CaseModel
import Testing
@testable import Reporting

/// Days from identification to the first service, and the percentile definition (R type 7).
@Suite("Services tracking: time to first service")
struct ServicesTrackingTimeTests {
    static func fact(_ victim: Int, identified: String?, started: String?, _ status: ServiceStatus = .completed, _ type: ServiceType = .shelter, year: Int = 2025) -> ServiceFact {
        ServiceFact(victimKey: victim, year: year, serviceType: type, status: status, identifiedOn: identified.flatMap(PartialDate.init(parsing:)), startedOn: started.flatMap(PartialDate.init(parsing:)))
    }

    @Test func daysBetweenDatesCountLeapDays() {
        func days(_ from: String, _ to: String) -> Int { PartialDate(parsing: to)!.firstDayNumber - PartialDate(parsing: from)!.firstDayNumber }
        #expect(days("2024-02-27", "2024-03-01") == 3)  // 28 and 29 February 2024
        #expect(days("2025-02-27", "2025-03-01") == 2)  // 2025 is not a leap year
        #expect(days("2024-12-31", "2025-01-01") == 1)
        #expect(days("2025-01-01", "2025-04-11") == 100)  // 31 + 28 + 31 + 10
        #expect(days("2000-02-28", "2000-03-01") == 2)  // 2000 is a leap year (divisible by 400)
        #expect(days("1900-02-28", "1900-03-01") == 1)  // 1900 is not
    }

    @Test func percentilesInterpolateLinearlyBetweenOrderStatistics() {
        let values = [0, 1, 2, 10, 30, 100]
        // n = 6, h = 5p. p = 0.25: h = 1.25 → 1 + 0.25·(2 − 1) = 1.25.
        // p = 0.5: h = 2.5 → 2 + 0.5·(10 − 2) = 6. p = 0.75: h = 3.75 → 10 + 0.75·(30 − 10) = 25.
        // p = 0 and 1 give the smallest and largest.
        #expect(percentile(ofSorted: values, 0.25) == 1.25)
        #expect(percentile(ofSorted: values, 0.5) == 6)
        #expect(percentile(ofSorted: values, 0.75) == 25)
        #expect(percentile(ofSorted: values, 0) == 0)
        #expect(percentile(ofSorted: values, 1) == 100)
        #expect(percentile(ofSorted: [7], 0.5) == 7)
    }

    /// Six victims measured in 2025, two not:
    /// - 1: identified 2025-03-10; medical started 03-11, shelter 03-12 → earliest, 1 day.
    /// - 2: identified 2025-03 (month only: from 03-01); started 03-31 → 30 days.
    /// - 3: identified 2025-02-27; started 03-01 → 2 days.
    /// - 4: identified 2025-01-01; a planned service 01-02 does not count; started 04-11 → 100 days.
    /// - 5: identified 2025-05-20; started 05-10, before → 0 days.
    /// - 6: identified 2025-07-01; started 07-11 → 10 days.
    /// - 7: identified in 2025 (year only) → not measured.
    /// - 8: started 2025-06 (month only) → not measured.
    static let facts = [
        fact(1, identified: "2025-03-10", started: "2025-03-12"), fact(1, identified: "2025-03-10", started: "2025-03-11", .inProgress, .medical),
        fact(2, identified: "2025-03", started: "2025-03-31"),
        fact(3, identified: "2025-02-27", started: "2025-03-01"),
        fact(4, identified: "2025-01-01", started: "2025-01-02", .planned), fact(4, identified: "2025-01-01", started: "2025-04-11"),
        fact(5, identified: "2025-05-20", started: "2025-05-10"),
        fact(6, identified: "2025-07-01", started: "2025-07-11"),
        fact(7, identified: "2025", started: "2025-02-01"),
        fact(8, identified: "2025-06-01", started: "2025-06"),
    ]

    @Test func quartilesOfTheMeasuredVictims() {
        let year = ServicesTracking.timeToFirstService(Self.facts, rule: SuppressionRule())
        // Waits sorted: [0, 1, 2, 10, 30, 100], n = 6 ≥ 5: quartiles 1.25, 6 and 25 (see above).
        #expect(year == [TimeToFirstServiceYear(year: 2025, measured: .count(6), days: DayQuartiles(p25: 1.25, median: 6, p75: 25))])
    }

    @Test func fewerVictimsThanTheThresholdGiveNoQuartiles() {
        // Victims 1–4 only: [1, 2, 30, 100], n = 4 < 5: the count is withheld and so are the quartiles.
        let four = Self.facts.filter { $0.victimKey <= 4 }
        #expect(ServicesTracking.timeToFirstService(four, rule: SuppressionRule()) == [TimeToFirstServiceYear(year: 2025, measured: .suppressed(.primary), days: nil)])
        // With no suppression the same four give h = 3p: p25 h = 0.75 → 1 + 0.75·1 = 1.75;
        // median h = 1.5 → 2 + 0.5·28 = 16; p75 h = 2.25 → 30 + 0.25·70 = 47.5.
        #expect(ServicesTracking.timeToFirstService(four, rule: .none)[0].days == DayQuartiles(p25: 1.75, median: 16, p75: 47.5))
    }

    @Test func emptyInputMeasuresNobody() {
        #expect(ServicesTracking.timeToFirstService([], rule: SuppressionRule()).isEmpty)
        #expect(ServicesTracking.timeToFirstService([], years: 2025...2025, rule: .none) == [TimeToFirstServiceYear(year: 2025, measured: .count(0), days: nil)])
    }
}
