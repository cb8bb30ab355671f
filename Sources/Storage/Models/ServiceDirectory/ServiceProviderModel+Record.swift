import CaseModel
import Foundation

extension ServiceProviderModel {
    /// The provider as the pure directory rules see it. Needs ``values`` loaded.
    public var record: ServiceProvider {
        let values = $values.value ?? []
        func strings(_ field: ServiceProviderValueModel.ValueField) -> [String] {
            values.filter { $0.field == field.rawValue }.map(\.value)
        }
        return ServiceProvider(
            name: name,
            active: active,
            services: Set(strings(.service).compactMap(ServiceType.init(rawValue:))),
            eligibility: ProviderEligibility(
                minimumAge: minimumAge, maximumAge: maximumAge,
                genders: Set(strings(.gender).compactMap(Gender.init(rawValue:))),
                nationalities: Set(strings(.nationality)),
                excludedNationalities: Set(strings(.excludedNationality)),
                statuses: Set(strings(.status).compactMap(TraffickingStatus.init(rawValue:))),
                acceptsMothersWithChildren: acceptsMothersWithChildren,
                disabilityAccess: disabilityAccess
            ),
            languages: Set(strings(.language).compactMap(LanguageCode.init)),
            capacity: capacity,
            availablePlaces: availablePlaces,
            location: .init(country: country, adminArea: adminArea, city: city, address: address,
                            point: latitude.flatMap { latitude in longitude.flatMap { GeoPoint(latitude: latitude, longitude: $0) } }),
            phone: phone.flatMap { PhoneNumber(parsing: $0) },
            email: email,
            hours: hours
        )
    }

    /// Copies the single-valued fields of `record` (everything but ``active``,
    /// which only deactivation changes, and the multi-valued fields, which are rows).
    public func apply(_ record: ServiceProvider) {
        name = record.name
        nameKey = record.name.lowercased()
        minimumAge = record.eligibility.minimumAge
        maximumAge = record.eligibility.maximumAge
        acceptsMothersWithChildren = record.eligibility.acceptsMothersWithChildren
        disabilityAccess = record.eligibility.disabilityAccess
        capacity = record.capacity
        availablePlaces = record.availablePlaces
        country = record.location.country
        adminArea = record.location.adminArea
        city = record.location.city
        address = record.location.address
        latitude = record.location.point?.latitude
        longitude = record.location.point?.longitude
        phone = record.phone?.e164
        email = record.email
        hours = record.hours
    }

    /// The value rows of `record`, in code-list order so they are written the same way every time.
    public static func valueRows(of record: ServiceProvider, providerID: UUID) -> [ServiceProviderValueModel] {
        let limits = record.eligibility
        let pairs: [(ServiceProviderValueModel.ValueField, [String])] = [
            (.service, record.services.inListOrder.map(\.rawValue)),
            (.language, record.languages.map(\.alpha3).sorted()),
            (.gender, limits.genders.inListOrder.map(\.rawValue)),
            (.nationality, limits.nationalities.sorted()),
            (.excludedNationality, limits.excludedNationalities.sorted()),
            (.status, limits.statuses.inListOrder.map(\.rawValue)),
        ]
        return pairs.flatMap { field, values in values.map { ServiceProviderValueModel(providerID: providerID, field: field, value: $0) } }
    }
}
