import CaseModel
import Foundation
import Vapor

/// A provider of the service directory in the API. The request body has the
/// same fields, less the ones the server sets.
struct ServiceProviderDTO: Content {
    var id: UUID
    var organisationId: UUID
    var organisationName: String
    var name: String
    var active: Bool
    var services: [ServiceType]
    var minimumAge: Int?
    var maximumAge: Int?
    var genders: [Gender]
    var nationalities: [String]
    var excludedNationalities: [String]
    var statuses: [TraffickingStatus]
    var acceptsMothersWithChildren: Bool
    var disabilityAccess: Bool
    var languages: [String]
    var capacity: Int?
    var availablePlaces: Int?
    var availabilityUpdatedAt: Date?
    var country: String?
    var adminArea: String?
    var city: String?
    var address: String?
    var latitude: Double?
    var longitude: Double?
    var phone: String?
    var email: String?
    var hours: String?
    /// In a search with a point: kilometres from it.
    var distanceKm: Double?

    init(_ listing: ProviderListing) {
        let provider = listing.provider
        let limits = provider.eligibility
        id = listing.id
        organisationId = listing.organisationID
        organisationName = listing.organisationName
        name = provider.name
        active = provider.active
        services = provider.services.inListOrder
        minimumAge = limits.minimumAge
        maximumAge = limits.maximumAge
        genders = limits.genders.inListOrder
        nationalities = limits.nationalities.sorted()
        excludedNationalities = limits.excludedNationalities.sorted()
        statuses = limits.statuses.inListOrder
        acceptsMothersWithChildren = limits.acceptsMothersWithChildren
        disabilityAccess = limits.disabilityAccess
        languages = provider.languages.map(\.alpha3).sorted()
        capacity = provider.capacity
        availablePlaces = provider.availablePlaces
        availabilityUpdatedAt = listing.availabilityUpdatedAt
        country = provider.location.country
        adminArea = provider.location.adminArea
        city = provider.location.city
        address = provider.location.address
        latitude = provider.location.point?.latitude
        longitude = provider.location.point?.longitude
        phone = provider.phone?.e164
        email = provider.email
        hours = provider.hours
        distanceKm = listing.distanceKm.map { ($0 * 10).rounded() / 10 }
    }

    /// The fields a client sets, shared by the request body and the response.
    static let inputFields: [(String, JSONSchema)] = [
        ("name", .string()),
        ("services", CaseSchemas.codes(ServiceType.self)),
        ("minimumAge", .integer(minimum: 0, maximum: ProviderInput.oldestAge)),
        ("maximumAge", .integer(minimum: 0, maximum: ProviderInput.oldestAge)),
        ("genders", .array(CaseSchemas.code(Gender.self, "Genders taken; empty takes everyone."))),
        ("nationalities", .array(.string(description: "ISO 3166 alpha-3 citizenships the provider is limited to; empty for any."))),
        ("excludedNationalities", .array(.string(description: "ISO 3166 alpha-3 citizenships the provider does not take."))),
        ("statuses", .array(CaseSchemas.code(TraffickingStatus.self, "Trafficking statuses served; empty for any."))),
        ("acceptsMothersWithChildren", .boolean),
        ("disabilityAccess", .boolean),
        ("languages", .array(.string(description: "ISO 639 codes (fr or fra) of the languages the staff work in."))),
        ("capacity", .integer(minimum: 0, maximum: ProviderInput.maximumPlaces)),
        ("availablePlaces", .integer(minimum: 0, maximum: ProviderInput.maximumPlaces)),
        ("country", CaseSchemas.country),
        ("adminArea", .string()), ("city", .string()), ("address", .string()),
        ("latitude", .number), ("longitude", .number),
        ("phone", .string(description: "E.164, e.g. +390612345678")),
        ("email", .string()),
        ("hours", .string(description: "Opening hours as the provider writes them.")),
    ]

    static let schema: JSONSchema = .object(
        [("id", .uuid), ("organisationId", .uuid), ("organisationName", .string()), ("active", .boolean),
         ("availabilityUpdatedAt", .dateTime), ("distanceKm", .number)] + inputFields,
        required: ["id", "organisationId", "organisationName", "name", "active", "services", "genders", "nationalities", "excludedNationalities",
                   "statuses", "acceptsMothersWithChildren", "disabilityAccess", "languages"]
    )

    static let inputSchema: JSONSchema = .object(
        [("organisationId", .string(format: "uuid", description: "The owning organisation; yours when omitted. Fixed once created.")),
         ("active", .boolean)] + inputFields,
        required: ["name", "services"]
    )
}

/// The body of `POST /providers` and `PUT /providers/{id}`.
struct ServiceProviderRequest: Content {
    var organisationId: UUID?
    var name: String?
    var services: [String]?
    var minimumAge: Int?
    var maximumAge: Int?
    var genders: [String]?
    var nationalities: [String]?
    var excludedNationalities: [String]?
    var statuses: [String]?
    var acceptsMothersWithChildren: Bool?
    var disabilityAccess: Bool?
    var languages: [String]?
    var capacity: Int?
    var availablePlaces: Int?
    var country: String?
    var adminArea: String?
    var city: String?
    var address: String?
    var latitude: Double?
    var longitude: Double?
    var phone: String?
    var email: String?
    var hours: String?
    var active: Bool?

    var input: ProviderInput {
        ProviderInput(
            organisationID: organisationId, name: name, services: services ?? [], minimumAge: minimumAge, maximumAge: maximumAge,
            genders: genders ?? [], nationalities: nationalities ?? [], excludedNationalities: excludedNationalities ?? [], statuses: statuses ?? [],
            acceptsMothersWithChildren: acceptsMothersWithChildren ?? false, disabilityAccess: disabilityAccess ?? false, languages: languages ?? [],
            capacity: capacity, availablePlaces: availablePlaces, country: country, adminArea: adminArea, city: city, address: address,
            latitude: latitude, longitude: longitude, phone: phone, email: email, hours: hours, active: active
        )
    }
}
