import CaseModel
import Foundation

/// What a person may set on a provider, as typed: the API and the form both
/// fill it in, and ``validate()`` reads it into a ``ServiceProvider`` or a
/// `FieldError` per wrong field.
struct ProviderInput: Sendable {
    /// The owning organisation; the caller's own when absent. Fixed once created.
    var organisationID: UUID?
    var name: String?
    var services: [String] = []
    var minimumAge: Int?
    var maximumAge: Int?
    var genders: [String] = []
    var nationalities: [String] = []
    var excludedNationalities: [String] = []
    var statuses: [String] = []
    var acceptsMothersWithChildren = false
    var disabilityAccess = false
    var languages: [String] = []
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
    /// Changing it needs `administer`; `nil` leaves it as it is.
    var active: Bool?
    /// Form fields whose text was not a number; the API never sets it.
    var unreadableNumbers: [String] = []

    static let oldestAge = 120
    static let maximumPlaces = 100_000

    func validate() throws -> ServiceProvider {
        var validator = Validator()
        for field in unreadableNumbers { validator.add(field, .validationNumber) }
        let checkedName = validator.requireText(name, field: "name", maxLength: 200)
        let offered = Self.codes(services, ServiceType.self, field: "services", validator: &validator)
        if services.allSatisfy(\.isEmpty) { validator.add("services", .validationRequired) }
        for (field, value) in [("minimumAge", minimumAge), ("maximumAge", maximumAge)] {
            if let value, !(0...Self.oldestAge).contains(value) { validator.add(field, .validationRange, ["min": "0", "max": String(Self.oldestAge)]) }
        }
        if let minimumAge, let maximumAge, minimumAge > maximumAge { validator.add("maximumAge", .directoryAgeOrder) }
        for (field, value) in [("capacity", capacity), ("availablePlaces", availablePlaces)] {
            if let value, !(0...Self.maximumPlaces).contains(value) { validator.add(field, .validationRange, ["min": "0", "max": String(Self.maximumPlaces)]) }
        }
        if let capacity, let availablePlaces, availablePlaces > capacity { validator.add("availablePlaces", .directoryPlacesOverCapacity) }
        var spoken: Set<LanguageCode> = []
        for text in languages where !text.trimmingCharacters(in: .whitespaces).isEmpty {
            if let code = LanguageCode(text) { spoken.insert(code) } else { validator.add("languages", .directoryLanguageInvalid, ["code": text]) }
        }
        var point: GeoPoint?
        switch (latitude, longitude) {
        case (nil, nil): break
        case (let latitude?, let longitude?):
            point = GeoPoint(latitude: latitude, longitude: longitude)
            if point == nil { validator.add("latitude", .validationCoordinates) }
        default: validator.add("latitude", .validationCoordinatesIncomplete)
        }
        var phoneNumber: PhoneNumber?
        if let phone = phone?.trimmingCharacters(in: .whitespaces), !phone.isEmpty {
            phoneNumber = PhoneNumber(parsing: phone)
            if phoneNumber == nil { validator.add("phone", .validationPhone) }
        }
        let checkedEmail = validator.optionalText(email, field: "email", maxLength: 254)
        if let checkedEmail, !UserValues.isPlausibleEmail(checkedEmail) { validator.add("email", .validationEmail) }
        let provider = ServiceProvider(
            name: checkedName,
            services: offered,
            eligibility: ProviderEligibility(
                minimumAge: minimumAge, maximumAge: maximumAge,
                genders: Self.codes(genders, Gender.self, field: "genders", validator: &validator),
                nationalities: Self.countries(nationalities, field: "nationalities", validator: &validator),
                excludedNationalities: Self.countries(excludedNationalities, field: "excludedNationalities", validator: &validator),
                statuses: Self.codes(statuses, TraffickingStatus.self, field: "statuses", validator: &validator),
                acceptsMothersWithChildren: acceptsMothersWithChildren,
                disabilityAccess: disabilityAccess
            ),
            languages: spoken,
            capacity: capacity,
            availablePlaces: availablePlaces,
            location: .init(
                country: Self.countries([country].compactMap { $0 }, field: "country", validator: &validator).first,
                adminArea: validator.optionalText(adminArea, field: "adminArea", maxLength: 100),
                city: validator.optionalText(city, field: "city", maxLength: 100),
                address: validator.optionalText(address, field: "address", maxLength: 300),
                point: point
            ),
            phone: phoneNumber,
            email: checkedEmail,
            hours: validator.optionalText(hours, field: "hours", maxLength: 500)
        )
        try validator.throwIfInvalid()
        return provider
    }

    static func codes<L: CodeList>(_ texts: [String], _ list: L.Type, field: String, validator: inout Validator) -> Set<L> {
        let values = texts.filter { !$0.isEmpty }.map { L.parse($0) }
        if values.contains(where: { $0 == nil }) { validator.add(field, .validationChoice) }
        return Set(values.compactMap { $0 })
    }

    /// Countries as alpha-3, read from alpha-3, alpha-2, M49 or the English name.
    static func countries(_ texts: [String], field: String, validator: inout Validator) -> Set<String> {
        var found: Set<String> = []
        for text in texts.map({ $0.trimmingCharacters(in: .whitespaces) }) where !text.isEmpty {
            if let country = Country.find(text) { found.insert(country.iso3) } else { validator.add(field, .validationCountry, ["code": text]) }
        }
        return found
    }
}
