import CaseModel
import Foundation

/// Turns a ``RouteEvent`` into its stored form and back. Dates are kept plain
/// to the month (enough for the route and for statistics) and, when known to
/// the day, encrypted in full; street and coordinates are encrypted.
public struct RouteEventCodec: Sendable {
    public let cipher: FieldCipher

    public init(cipher: FieldCipher) {
        self.cipher = cipher
    }

    struct ExactDates: Codable { var from: String?; var to: String? }
    struct Location: Codable { var street: String?; var postalCode: String?; var latitude: Double?; var longitude: Double? }

    public func apply(_ event: RouteEvent, to model: TraffickingEventModel) throws {
        let id = try model.requireID()
        typealias F = TraffickingEventModel.EncryptedField
        model.eventType = event.type.rawValue
        model.dateFrom = event.dateFrom?.toMonth.description
        model.dateTo = event.dateTo?.toMonth.description
        let exact = ExactDates(
            from: event.dateFrom?.precision == .day ? event.dateFrom?.description : nil,
            to: event.dateTo?.precision == .day ? event.dateTo?.description : nil
        )
        model.exactDatesCipher = exact.from == nil && exact.to == nil ? nil : try cipher.seal(PersonCodec.json(exact), field: F.exactDates, rowID: id)
        model.country = event.country.flatMap { Country.find($0)?.iso3 }
        model.adminArea = event.adminArea
        model.city = event.city
        let location = Location(street: event.street, postalCode: event.postalCode, latitude: event.latitude, longitude: event.longitude)
        let hasLocation = location.street != nil || location.postalCode != nil || location.latitude != nil
        model.locationCipher = hasLocation ? try cipher.seal(PersonCodec.json(location), field: F.location, rowID: id) : nil
        model.descriptionCipher = try cipher.sealOptional(event.description, field: F.description, rowID: id)
    }

    public func decode(_ model: TraffickingEventModel) throws -> RouteEvent {
        let id = try model.requireID()
        typealias F = TraffickingEventModel.EncryptedField
        var event = RouteEvent(type: EventType(rawValue: model.eventType) ?? .exploitation)
        let exact = try cipher.openOptional(model.exactDatesCipher, field: F.exactDates, rowID: id).flatMap { PersonCodec.decode(ExactDates.self, $0) }
        event.dateFrom = (exact?.from ?? model.dateFrom).flatMap(PartialDate.init(parsing:))
        event.dateTo = (exact?.to ?? model.dateTo).flatMap(PartialDate.init(parsing:))
        event.country = model.country
        event.adminArea = model.adminArea
        event.city = model.city
        if let location = try cipher.openOptional(model.locationCipher, field: F.location, rowID: id).flatMap({ PersonCodec.decode(Location.self, $0) }) {
            event.street = location.street
            event.postalCode = location.postalCode
            event.latitude = location.latitude
            event.longitude = location.longitude
        }
        event.description = try cipher.openOptional(model.descriptionCipher, field: F.description, rowID: id)
        return event
    }
}
