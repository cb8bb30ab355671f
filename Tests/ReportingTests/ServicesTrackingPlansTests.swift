import CaseModel
import Testing
@testable import Reporting

/// Support plans open and completed, with their margins suppressed together.
@Suite("Services tracking: support plans")
struct ServicesTrackingPlansTests {
    static func plans(_ count: Int, _ type: SupportPlanType, completed: Bool, year: Int = 2025) -> [SupportPlanFact] {
        Array(repeating: SupportPlanFact(year: year, planType: type, completed: completed), count: count)
    }

    /// 2025: health open 6, completed 2; legal open 4, completed 9; other types 0.
    ///
    /// ```
    ///             open  completed | total
    ///   Health      6       2     |   8
    ///   Legal       4       9     |  13
    ///   All        10      11     |  21
    /// ```
    static let plans = plans(6, .health, completed: false) + plans(2, .health, completed: true)
        + plans(4, .legal, completed: false) + plans(9, .legal, completed: true)

    @Test func openAndCompletedAddUpByTypeAndOverall() {
        let year = ServicesTracking.supportPlans(Self.plans, rule: .none)[0]
        #expect(year.rows.map(\.planType) == [nil] + SupportPlanType.allCases.map { $0 })
        #expect(year[nil] == SupportPlanRow(planType: nil, open: .count(10), completed: .count(11), total: .count(21)))
        #expect(year[.health] == SupportPlanRow(planType: .health, open: .count(6), completed: .count(2), total: .count(8)))
        #expect(year[.education] == SupportPlanRow(planType: .education, open: .count(0), completed: .count(0), total: .count(0)))
    }

    @Test func smallCountsAreProtectedAgainstTheMargins() {
        let year = ServicesTracking.supportPlans(Self.plans, rule: SuppressionRule())[0]
        // Primary: health completed 2, legal open 4. Rows first: health 8 = 6 + 2 has one withheld,
        // so health open 6 goes; legal 13 = 4 + 9 → legal completed 9 goes. Then the open column
        // (10 = … + 6 + 4 + …) and the completed column (11 = … + 2 + 9 + …) have two each.
        // A reader has hO + hC = 8, lO + lC = 13, hO + lO = 10, hC + lC = 11: rank 3 in 4 unknowns.
        #expect(year[nil] == SupportPlanRow(planType: nil, open: .count(10), completed: .count(11), total: .count(21)))
        #expect(year[.health] == SupportPlanRow(planType: .health, open: .suppressed(.secondary), completed: .suppressed(.primary), total: .count(8)))
        #expect(year[.legal] == SupportPlanRow(planType: .legal, open: .suppressed(.primary), completed: .suppressed(.secondary), total: .count(13)))
        let table = ServicesTracking.supportPlanTable(Self.plans, years: [2025])
        #expect(SuppressionAudit.disclosures(constraints: table.constraints, published: table.suppression(SuppressionRule())).isEmpty)
    }

    @Test func aYearWithoutPlansIsAllZeros() {
        // 2024 has no plans: every cell of its table is 0, published.
        let years = ServicesTracking.supportPlans(Self.plans, years: 2024...2025, rule: SuppressionRule())
        #expect(years.map(\.year) == [2024, 2025])
        #expect(years[0].rows.allSatisfy { [$0.open, $0.completed, $0.total] == [.count(0), .count(0), .count(0)] })
        #expect(ServicesTracking.supportPlans([], rule: SuppressionRule()).isEmpty)
    }
}
