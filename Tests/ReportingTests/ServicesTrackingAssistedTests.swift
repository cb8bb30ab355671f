import CaseModel
import Testing
@testable import Reporting

/// Victims assisted by type of service and by any service.
@Suite("Services tracking: victims assisted")
struct ServicesTrackingAssistedTests {
    static func fact(_ victim: Int, _ type: ServiceType, _ status: ServiceStatus, year: Int = 2025) -> ServiceFact {
        ServiceFact(victimKey: victim, year: year, serviceType: type, status: status, identifiedOn: nil, startedOn: nil)
    }

    @Test func onlyServicesUnderWayOrDoneCountAndEachVictimOncePerType() {
        let facts = [
            Self.fact(1, .shelter, .inProgress), Self.fact(1, .medical, .completed), Self.fact(1, .medical, .completed),
            Self.fact(2, .shelter, .planned), Self.fact(2, .medical, .cancelled),
            Self.fact(3, .shelter, .completed),
            Self.fact(4, .legalAid, .inProgress),
        ]
        let years = ServicesTracking.victimsAssisted(facts, rule: .none)
        // Shelter: victims 1 and 3 = 2 (victim 2's is only planned). Medical: victim 1 once (two
        // completed medical services) = 1; victim 2's is cancelled. Legal aid: victim 4 = 1.
        // Any service: 1, 3, 4 = 3, not 2 + 1 + 1 = 4: victim 1 has two types.
        #expect(years.map(\.year) == [2025])
        #expect(years[0][.shelter] == .count(2))
        #expect(years[0][.medical] == .count(1))
        #expect(years[0][.legalAid] == .count(1))
        #expect(years[0][.education] == .count(0))
        #expect(years[0].byType.map(\.serviceType) == ServiceType.allCases)
        #expect(years[0].anyService == .count(3))
    }

    @Test func smallTypesAreWithheldAloneSinceTheyAddUpToNothing() {
        // Shelter for victims 1…6, medical for victims 1 and 2: shelter 6, medical 2, any 6.
        let facts = (1...6).map { Self.fact($0, .shelter, .completed) } + (1...2).map { Self.fact($0, .medical, .inProgress) }
        let year = ServicesTracking.victimsAssisted(facts, rule: SuppressionRule())[0]
        // Medical 2 < 5 is withheld; no sum includes it, so nothing else is.
        #expect(year[.shelter] == .count(6))
        #expect(year[.medical] == .suppressed(.primary))
        #expect(year.anyService == .count(6))
    }

    @Test func everyYearBetweenTheFirstAndLastIsListed() {
        // Victim 1 has a shelter in 2023 and 2025: counted in each year; 2024 has none.
        let facts = [Self.fact(1, .shelter, .completed, year: 2023), Self.fact(1, .shelter, .completed, year: 2025)]
        let years = ServicesTracking.victimsAssisted(facts, rule: .none)
        #expect(years.map(\.year) == [2023, 2024, 2025])
        #expect(years.map(\.anyService) == [.count(1), .count(0), .count(1)])
    }

    @Test func emptyInputGivesNoYearsOrZeros() {
        #expect(ServicesTracking.victimsAssisted([], rule: SuppressionRule()).isEmpty)
        let year = ServicesTracking.victimsAssisted([], years: 2025...2025, rule: SuppressionRule())[0]
        #expect(year.anyService == .count(0))
        #expect(year.byType.allSatisfy { $0.victims == .count(0) })
    }
}
