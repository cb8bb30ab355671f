import Testing
@testable import Reporting

/// Domestic versus cross-border routes, and flows between admin areas.
@Suite("Route scope and area flows")
struct RoutesScopeTests {
    static func routes(_ count: Int, _ origin: String?, via transits: [String] = [], _ destination: String?, areas: (String?, String?) = (nil, nil)) -> [VictimRoute] {
        Array(repeating: VictimRoute(year: 2025, origin: origin, transits: transits, destination: destination, originArea: areas.0, destinationArea: areas.1), count: count)
    }

    @Test func aRouteIsDomesticWhenEveryRecordedCountryIsTheSame() {
        #expect(Self.routes(1, "MDA", "MDA")[0].scope == .domestic)
        #expect(Self.routes(1, "MDA", nil)[0].scope == .domestic)  // one recorded country
        #expect(Self.routes(1, "MDA", via: ["MDA"], "mda")[0].scope == .domestic)
        #expect(Self.routes(1, "MDA", via: ["ROU"], "MDA")[0].scope == .crossBorder)  // leaves and comes back
        #expect(Self.routes(1, nil, via: ["  "], nil)[0].scope == .unknown)  // a blank code is no code
    }

    /// Domestic 3, cross-border 12, unknown 5: total 20.
    static let smallDomestic = routes(3, "MDA", "MDA") + routes(12, "MDA", "ITA") + routes(5, nil, nil)

    @Test func sharesAddUpTo100WhenEverythingIsPublished() {
        let shares = Routes.scopeShares(Self.smallDomestic.counted(), rule: .none)
        // 3/20 = 15 %, 12/20 = 60 %, 5/20 = 25 %.
        #expect(shares.total == .count(20))
        #expect(shares.parts.map(\.scope) == [.domestic, .crossBorder, .unknown])
        #expect(shares.parts.map(\.victims) == [.count(3), .count(12), .count(5)])
        #expect(shares.parts.map(\.percent) == [15, 60, 25])
    }

    @Test func aSmallDomesticShareIsProtectedAndNoShareIsGiven() {
        let shares = Routes.scopeShares(Self.smallDomestic.counted(), rule: SuppressionRule())
        // Domestic 3 < 5: primary. 20 = 3 + 12 + 5 has one withheld part, so the smallest positive
        // other part goes: unknown 5. A reader knows domestic + unknown = 20 − 12 = 8, no more.
        // Shares would give 3 back (15 % of 20), so all three are withheld.
        #expect(shares.total == .count(20))
        #expect(shares[.domestic] == RouteScopePart(scope: .domestic, victims: .suppressed(.primary), percent: nil))
        #expect(shares[.crossBorder] == RouteScopePart(scope: .crossBorder, victims: .count(12), percent: nil))
        #expect(shares[.unknown] == RouteScopePart(scope: .unknown, victims: .suppressed(.secondary), percent: nil))
        let table = Routes.scopeTable(Self.smallDomestic.counted(), years: nil)
        #expect(SuppressionAudit.disclosures(constraints: table.constraints, published: table.suppression(SuppressionRule())).isEmpty)
    }

    @Test func aZeroPartIsPublishedWithItsShare() {
        // Domestic 5, cross-border 15, unknown 0: nothing is small. 5/20 = 25 %, 15/20 = 75 %, 0 %.
        let shares = Routes.scopeShares((Self.routes(5, "MDA", "MDA") + Self.routes(15, "MDA", via: ["UKR"], "POL")).counted(), rule: SuppressionRule())
        #expect(shares.parts.map(\.victims) == [.count(5), .count(15), .count(0)])
        #expect(shares.parts.map(\.percent) == [25, 75, 0])
    }

    @Test func noRoutesGiveZerosAndNoShares() {
        let shares = Routes.scopeShares([], rule: SuppressionRule())
        #expect(shares.total == .count(0))
        #expect(shares.parts.map(\.victims) == [.count(0), .count(0), .count(0)])
        #expect(shares.parts.allSatisfy { $0.percent == nil })
    }

    @Test func areaFlowsCountDomesticRoutesWithBothAreasRecorded() {
        let routes = Self.routes(2, "MDA", "MDA", areas: ("Chișinău", "Bălți"))
            + Self.routes(1, "MDA", "MDA", areas: (" Chișinău", "Bălți ")) // trimmed: the same pair
            + Self.routes(6, "MDA", "ITA", areas: ("Chișinău", "Lazio"))  // cross-border: left out
            + Self.routes(4, "MDA", "MDA", areas: ("Chișinău", nil))  // one area only: left out
            + Self.routes(1, "UKR", "UKR", areas: ("Kyiv", "Lviv"))
        // MDA Chișinău→Bălți: 2 + 1 = 3; UKR Kyiv→Lviv: 1.
        let open = Routes.areaFlows(routes.counted(), rule: .none)
        #expect(open == [
            AreaFlow(country: "MDA", from: "Chișinău", to: "Bălți", victims: .count(3)),
            AreaFlow(country: "UKR", from: "Kyiv", to: "Lviv", victims: .count(1)),
        ])
        // Both are < 5: withheld, listed by country.
        #expect(Routes.areaFlows(routes.counted(), rule: SuppressionRule()).map(\.victims) == [.suppressed(.primary), .suppressed(.primary)])
        #expect(Routes.areaFlows(routes.counted(), rule: SuppressionRule()).map(\.country) == ["MDA", "UKR"])
    }
}
