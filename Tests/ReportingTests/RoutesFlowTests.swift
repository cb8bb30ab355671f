import Testing
@testable import Reporting

/// Country-to-country flows and top routes, every count worked by hand in the comments.
@Suite("Route flows and top routes")
struct RoutesFlowTests {
    static func route(_ origin: String?, via transits: [String] = [], _ destination: String?, year: Int = 2024) -> VictimRoute {
        VictimRoute(year: year, origin: origin, transits: transits, destination: destination)
    }

    @Test func legsJoinConsecutiveRecordedCountriesAndCountOncePerVictim() {
        let routes = [
            Self.route("NGA", via: ["NER", "LBY"], "ITA"),  // NGA→NER, NER→LBY, LBY→ITA
            Self.route("NGA", "ITA"),  // NGA→ITA: origin and destination only, one leg
            Self.route("NGA", via: ["NER", "NGA", "NER"], "LBY"),  // NGA→NER (twice, counted once), NER→NGA, NER→LBY
            Self.route(nil, via: ["NER"], "LBY"),  // origin not recorded: NER→LBY
            Self.route("nga ", "nga"),  // cleaned to NGA→NGA, a domestic leg
            Self.route(nil, nil),  // no country: no leg
            Self.route("MDA", nil),  // one country: no leg
        ]
        let flows = Routes.flows(routes.counted(), rule: .none)
        // NER→LBY: routes 1, 3, 4 = 3. NGA→NER: routes 1, 3 = 2. The 1s in alphabetical order:
        // LBY→ITA, NER→NGA, NGA→ITA, NGA→NGA.
        #expect(flows.map(\.leg.description) == ["NER → LBY", "NGA → NER", "LBY → ITA", "NER → NGA", "NGA → ITA", "NGA → NGA"])
        #expect(flows.map(\.victims) == [.count(3), .count(2), .count(1), .count(1), .count(1), .count(1)])
        #expect(flows.filter(\.leg.isDomestic).map(\.leg.description) == ["NGA → NGA"])
    }

    /// 7 × NGA→ITA, 5 × NGA→NER→LBY, 1 × ALB→GRC, 2 × ALB→ITA, all in 2024; 9 × NGA→ITA in 2023.
    static let mixed: [VictimRoute] =
        Array(repeating: route("NGA", "ITA"), count: 7) + Array(repeating: route("NGA", via: ["NER"], "LBY"), count: 5)
        + [route("ALB", "GRC")] + Array(repeating: route("ALB", "ITA"), count: 2)
        + Array(repeating: route("NGA", "ITA", year: 2023), count: 9)

    @Test func smallFlowsAreWithheldAndListedAfterThePublishedOnes() {
        let flows = Routes.flows(Self.mixed.counted(), years: 2024...2024, rule: SuppressionRule())
        // 2024 only: NGA→ITA 7; NER→LBY 5 and NGA→NER 5 (tie: NER before NGA); ALB→GRC 1 and
        // ALB→ITA 2 are < 5, listed by key, so the 1 comes before the 2: the order tells nothing.
        #expect(flows.map(\.leg.description) == ["NGA → ITA", "NER → LBY", "NGA → NER", "ALB → GRC", "ALB → ITA"])
        #expect(flows.map(\.victims) == [.count(7), .count(5), .count(5), .suppressed(.primary), .suppressed(.primary)])
        // Without a year range the 2023 victims count too: NGA→ITA 7 + 9 = 16.
        #expect(Routes.flows(Self.mixed.counted(), rule: SuppressionRule()).first == RouteFlow(leg: RouteLeg(from: "NGA", to: "ITA"), victims: .count(16)))
    }

    @Test func topRoutesRankByVictimsAndStopAtTheLimit() {
        let top = Routes.topRoutes(Self.mixed.counted(), years: 2024...2024, limit: 3, rule: SuppressionRule())
        // NGA→ITA 7, NGA→NER→LBY 5, then the withheld ALB→GRC (before ALB→ITA by key).
        #expect(top.map(\.path.description) == ["NGA → ITA", "NGA → NER → LBY", "ALB → GRC"])
        #expect(top.map(\.victims) == [.count(7), .count(5), .suppressed(.primary)])
        #expect(Routes.topRoutes(Self.mixed.counted(), years: 2024...2024, limit: 10, rule: SuppressionRule()).count == 4)
        #expect(Routes.topRoutes(Self.mixed.counted(), limit: 0, rule: SuppressionRule()).isEmpty)
    }

    @Test func tiedRoutesAreOrderedByTheirCodesWhateverTheInputOrder() {
        let routes = [
            Self.route("NGA", "ITA"), Self.route("NGA", "ITA"),
            Self.route("ALB", "ITA"), Self.route("ALB", "ITA"),
            Self.route("NGA", via: ["NER"], "ITA"), Self.route("NGA", via: ["NER"], "ITA"),
            Self.route(nil, "ITA"), Self.route(nil, "ITA"),
            Self.route(nil, nil), Self.route(nil, nil), Self.route(nil, nil),
        ]
        // All four routes have 2 victims; the three with no country are left out. Keys, code by
        // code: [“”, ITA] < [ALB, ITA] < [NGA, ITA] < [NGA, NER, ITA] (ITA < NER at the second code).
        let expected = ["? → ITA", "ALB → ITA", "NGA → ITA", "NGA → NER → ITA"]
        #expect(Routes.topRoutes(routes.counted(), limit: 10, rule: .none).map(\.path.description) == expected)
        #expect(Routes.topRoutes(routes.reversed().counted(), limit: 10, rule: .none).map(\.path.description) == expected)
    }

    @Test func countedRoutesAddUpWhenARouteComesMoreThanOnce() {
        // The database groups by year and route, so one route can come in several pieces: 3 + 2
        // victims NGA→ITA make 5, published; a piece with no victims counts for nothing.
        let route = Self.route("NGA", "ITA")
        let pieces = [RouteCount(route: route, victims: 3), RouteCount(route: route, victims: 2), RouteCount(route: Self.route("ALB", "GRC"), victims: 0)]
        #expect(Routes.flows(pieces, rule: SuppressionRule()) == [RouteFlow(leg: RouteLeg(from: "NGA", to: "ITA"), victims: .count(5))])
        #expect(Array(repeating: route, count: 4).counted() == [RouteCount(route: route, victims: 4)])
    }

    @Test func emptyInputGivesNoFlowsAndNoRoutes() {
        #expect(Routes.flows([], rule: SuppressionRule()).isEmpty)
        #expect(Routes.topRoutes([], limit: 5, rule: SuppressionRule()).isEmpty)
        #expect(Routes.areaFlows([], rule: SuppressionRule()).isEmpty)
    }
}
