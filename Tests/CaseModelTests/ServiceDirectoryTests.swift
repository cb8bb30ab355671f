import Testing
@testable import CaseModel

@Suite("Service directory eligibility")
struct ServiceDirectoryTests {
    /// A women's shelter in Rome: adult women (and trans women), mothers with
    /// children welcome, no entry for Italian nationals (the state houses them
    /// elsewhere), English and Italian spoken, 3 of 12 places free.
    static let shelter = ServiceProvider(
        name: "Casa Aurora",
        services: [.shelter, .psychosocial],
        eligibility: ProviderEligibility(minimumAge: 18, genders: [.feminine, .transgenderFeminine], excludedNationalities: ["ITA"],
                                         acceptsMothersWithChildren: true, disabilityAccess: false),
        languages: [LanguageCode("eng")!, LanguageCode("ita")!],
        capacity: 12, availablePlaces: 3,
        location: .init(country: "ITA", city: "Rome", point: GeoPoint(latitude: 41.9028, longitude: 12.4964))
    )

    /// A children's home in Milan for identified victims under 18, step-free, full.
    static let childrensHome = ServiceProvider(
        name: "Il Faro",
        services: [.shelter, .education],
        eligibility: ProviderEligibility(maximumAge: 17, statuses: [.actualVictimOfTrafficking], disabilityAccess: true),
        languages: [LanguageCode("ita")!],
        capacity: 8, availablePlaces: 0,
        location: .init(country: "ITA", city: "Milan", point: GeoPoint(latitude: 45.4642, longitude: 9.19))
    )

    /// A repatriation programme for Nigerian nationals only, no location known,
    /// places not counted.
    static let repatriation = ServiceProvider(
        name: "Return Home",
        services: [.repatriation],
        eligibility: ProviderEligibility(nationalities: ["NGA"]),
        languages: [LanguageCode("eng")!, LanguageCode("yor")!]
    )

    static let closed = ServiceProvider(name: "Closed clinic", active: false, services: [.medical])

    static let rome = GeoPoint(latitude: 41.9, longitude: 12.5)!
    static let eng = LanguageCode("eng")!

    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let provider: ServiceProvider
        let query: ProviderQuery
        let expected: [Ineligibility]
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "adult woman needing shelter fits the women's shelter", provider: shelter,
             query: ProviderQuery(service: .shelter, age: 30, gender: .feminine, citizenships: ["NGA"]), expected: []),
        Case(label: "the shelter does not give legal aid", provider: shelter,
             query: ProviderQuery(service: .legalAid, age: 30, gender: .feminine), expected: [.serviceNotOffered]),
        Case(label: "a 16-year-old is too young for the adult shelter", provider: shelter,
             query: ProviderQuery(service: .shelter, age: 16, gender: .feminine), expected: [.tooYoung]),
        Case(label: "exactly 18 is old enough (bounds are inclusive)", provider: shelter,
             query: ProviderQuery(service: .shelter, age: 18, gender: .feminine), expected: []),
        Case(label: "a man is not taken by the women's shelter", provider: shelter,
             query: ProviderQuery(service: .shelter, age: 30, gender: .masculine), expected: [.genderNotAccepted]),
        Case(label: "a transgender woman is taken by the women's shelter", provider: shelter,
             query: ProviderQuery(age: 30, gender: .transgenderFeminine), expected: []),
        Case(label: "unknown age and unknown gender never hide a provider", provider: shelter,
             query: ProviderQuery(service: .shelter, age: nil, gender: .nonSpecifiedUnknown), expected: []),
        Case(label: "an Italian national is excluded", provider: shelter,
             query: ProviderQuery(gender: .feminine, citizenships: ["ITA"]), expected: [.nationalityExcluded]),
        Case(label: "a dual Nigerian–Italian national is still excluded", provider: shelter,
             query: ProviderQuery(gender: .feminine, citizenships: ["NGA", "ITA"]), expected: [.nationalityExcluded]),
        Case(label: "a mother with children is welcome at the shelter", provider: shelter,
             query: ProviderQuery(gender: .feminine, withChildren: true), expected: []),
        Case(label: "the shelter has no step-free access", provider: shelter,
             query: ProviderQuery(needsDisabilityAccess: true), expected: [.noDisabilityAccess]),
        Case(label: "the staff do not speak French", provider: shelter,
             query: ProviderQuery(language: LanguageCode("fra")), expected: [.languageNotSpoken]),
        Case(label: "within 10 km of Rome, with places free", provider: shelter,
             query: ProviderQuery(near: rome, maximumDistanceKm: 10, onlyAvailable: true), expected: []),
        Case(label: "Milan is beyond 100 km of Rome", provider: childrensHome,
             query: ProviderQuery(near: rome, maximumDistanceKm: 100), expected: [.tooFar]),
        Case(label: "a child identified as a victim fits the children's home", provider: childrensHome,
             query: ProviderQuery(service: .shelter, age: 15, status: .actualVictimOfTrafficking, needsDisabilityAccess: true), expected: []),
        Case(label: "an adult is too old for the children's home", provider: childrensHome,
             query: ProviderQuery(age: 19), expected: [.tooOld]),
        Case(label: "a possible victim is not yet taken by the children's home", provider: childrensHome,
             query: ProviderQuery(age: 15, status: .possibleVictimOfTrafficking), expected: [.statusNotAccepted]),
        Case(label: "unknown status matches a status limit", provider: childrensHome,
             query: ProviderQuery(age: 15, status: nil), expected: []),
        Case(label: "the children's home is full", provider: childrensHome,
             query: ProviderQuery(age: 15, onlyAvailable: true), expected: [.noPlaces]),
        Case(label: "the children's home takes no mothers with children", provider: childrensHome,
             query: ProviderQuery(age: 16, withChildren: true), expected: [.childrenNotAccepted]),
        Case(label: "a Nigerian national fits the Nigerian repatriation programme", provider: repatriation,
             query: ProviderQuery(service: .repatriation, citizenships: ["nga"], language: eng), expected: []),
        Case(label: "a Ghanaian national does not", provider: repatriation,
             query: ProviderQuery(service: .repatriation, citizenships: ["GHA"]), expected: [.nationalityNotAccepted]),
        Case(label: "no known citizenship matches a nationality limit", provider: repatriation,
             query: ProviderQuery(service: .repatriation, citizenships: []), expected: []),
        Case(label: "places not reported do not count as free", provider: repatriation,
             query: ProviderQuery(onlyAvailable: true), expected: [.noPlaces]),
        Case(label: "without coordinates a provider fails a distance limit", provider: repatriation,
             query: ProviderQuery(near: rome, maximumDistanceKm: 500), expected: [.noLocation]),
        Case(label: "a point without a radius only sorts, it excludes nobody", provider: repatriation,
             query: ProviderQuery(near: rome), expected: []),
        Case(label: "an inactive provider is never eligible", provider: closed,
             query: ProviderQuery(service: .medical), expected: [.inactive]),
        Case(label: "every failing rule is reported, in order", provider: childrensHome,
             query: ProviderQuery(service: .legalAid, age: 40, gender: .masculine, onlyAvailable: true), expected: [.serviceNotOffered, .tooOld, .noPlaces]),
    ]

    @Test("Each provider–query pair gives the expected verdict and reasons", arguments: cases)
    func eligibility(_ example: Case) {
        let match = ProviderMatch.evaluate(example.provider, for: example.query)
        #expect(match.reasons == example.expected)
        #expect(match.isEligible == example.expected.isEmpty)
    }

    @Test("The distance is reported when both points are known")
    func distanceReported() throws {
        let match = ProviderMatch.evaluate(Self.shelter, for: ProviderQuery(near: Self.rome))
        let distance = try #require(match.distanceKm)
        #expect(distance < 2)
        #expect(ProviderMatch.evaluate(Self.repatriation, for: ProviderQuery(near: Self.rome)).distanceKm == nil)
    }

    /// Chris Veness, "Calculate distance, bearing and more between
    /// Latitude/Longitude points" (movable-type.co.uk/scripts/latlong.html):
    /// Land's End (50°03′59″N, 5°42′53″W) to John o' Groats (58°38′38″N,
    /// 3°04′12″W) is 968.9 km by the haversine with R = 6371 km.
    @Test("Haversine distance: Land's End to John o' Groats, as published")
    func landsEndToJohnOGroats() throws {
        let landsEnd = try #require(GeoPoint(latitude: 50 + 3.0 / 60 + 59.0 / 3600, longitude: -(5 + 42.0 / 60 + 53.0 / 3600)))
        let johnOGroats = try #require(GeoPoint(latitude: 58 + 38.0 / 60 + 38.0 / 3600, longitude: -(3 + 4.0 / 60 + 12.0 / 3600)))
        let atPublishedRadius = landsEnd.distanceKm(to: johnOGroats) * 6371 / GeoPoint.earthRadiusKm
        #expect(abs(atPublishedRadius - 968.9) < 0.05)
    }

    /// Rosetta Code, "Haversine formula" task: Nashville BNA (36.12, -86.67) to
    /// Los Angeles LAX (33.94, -118.40) is 2887.2599506071106 km with R = 6372.8 km.
    @Test("Haversine distance: Nashville to Los Angeles, as Rosetta Code gives it")
    func nashvilleToLosAngeles() throws {
        let nashville = try #require(GeoPoint(latitude: 36.12, longitude: -86.67))
        let losAngeles = try #require(GeoPoint(latitude: 33.94, longitude: -118.40))
        let atPublishedRadius = nashville.distanceKm(to: losAngeles) * 6372.8 / GeoPoint.earthRadiusKm
        #expect(abs(atPublishedRadius - 2887.2599506071106) < 1e-6)
        #expect(nashville.distanceKm(to: nashville) == 0)
        #expect(abs(nashville.distanceKm(to: losAngeles) - losAngeles.distanceKm(to: nashville)) < 1e-9)
    }

    @Test("Coordinates outside the globe are refused")
    func badCoordinates() {
        #expect(GeoPoint(latitude: 91, longitude: 0) == nil)
        #expect(GeoPoint(latitude: 0, longitude: -181) == nil)
    }
}

@Suite("Find a provider for a victim")
struct ProviderQueryFromVictimTests {
    @Test("The search starts from the victim's profile and first open need; a year of birth gives the youngest possible age")
    func prefill() throws {
        var person = PersonRecord()
        person.birthDate = PartialDate(parsing: "2008")
        person.gender = .feminine
        person.citizenships = ["nga", "GHA"]
        person.primaryLanguage = LanguageCode("yo")
        person.numberOfChildren = 1
        var context = VictimContext(identifiedOn: nil)
        context.traffickingStatus = .actualVictimOfTrafficking
        let today = try #require(PartialDate(parsing: "2026-06-01"))
        let query = ProviderQuery(victim: person, context: context, needs: [.shelter, .legalAid], today: today)
        #expect(query.age == 17, "born in 2008: 17 or 18 on 1 June 2026; the protective reading is 17")
        #expect(query.service == .shelter)
        #expect(query.gender == .feminine)
        #expect(query.citizenships == ["NGA", "GHA"])
        #expect(query.language == LanguageCode("yor"))
        #expect(query.withChildren)
        #expect(query.status == .actualVictimOfTrafficking)
        #expect(query.near == nil && !query.onlyAvailable)

        let unknown = ProviderQuery(victim: PersonRecord(), context: VictimContext(identifiedOn: nil), needs: [], today: today)
        #expect(unknown.age == nil && unknown.gender == nil && unknown.citizenships.isEmpty && unknown.service == nil && !unknown.withChildren)
    }
}
