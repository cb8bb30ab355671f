import CaseModel
import Foundation

/// A directory search as the query string carries it, for the API and the
/// search page alike. Texts are kept as typed so a page can show them again
/// with their errors.
struct ProviderSearchForm: Sendable {
    static let names = ["service", "age", "gender", "citizenship", "status", "withChildren", "disabilityAccess", "language",
                        "latitude", "longitude", "radiusKm", "available"]

    var values: [String: String] = [:]

    init(values: [String: String] = [:]) {
        self.values = values
    }

    /// Reads the known parameters with `lookup` (a request's query).
    init(_ lookup: (String) -> String?) {
        for name in Self.names { if let value = lookup(name) { values[name] = value } }
    }

    /// A form filled in from a query, e.g. one made from a victim's record.
    init(_ query: ProviderQuery) {
        func flag(_ on: Bool) -> String? { on ? "true" : nil }
        let pairs: [(String, String?)] = [
            ("service", query.service?.rawValue), ("age", query.age.map(String.init)), ("gender", query.gender?.rawValue),
            ("citizenship", query.citizenships.isEmpty ? nil : query.citizenships.sorted().joined(separator: ",")),
            ("status", query.status?.rawValue), ("withChildren", flag(query.withChildren)), ("disabilityAccess", flag(query.needsDisabilityAccess)),
            ("language", query.language?.alpha3), ("latitude", query.near.map { String($0.latitude) }), ("longitude", query.near.map { String($0.longitude) }),
            ("radiusKm", query.maximumDistanceKm.map { String($0) }), ("available", flag(query.onlyAvailable)),
        ]
        for case let (name, value?) in pairs { values[name] = value }
    }

    subscript(_ name: String) -> String { values[name] ?? "" }

    /// The query, or every wrong parameter as a `FieldError`.
    func query() throws -> ProviderQuery {
        var validator = Validator()
        var query = ProviderQuery()
        func choice<L: CodeList>(_ name: String, _ list: L.Type) -> L? {
            guard let text = values[name], !text.isEmpty else { return nil }
            guard let value = L.parse(text) else { validator.add(name, .validationChoice); return nil }
            return value
        }
        func number(_ name: String, _ range: ClosedRange<Double>) -> Double? {
            guard let text = values[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let value = Double(text), range.contains(value) else {
                validator.add(name, .validationRange, ["min": String(Int(range.lowerBound)), "max": String(Int(range.upperBound))])
                return nil
            }
            return value
        }
        query.service = choice("service", ServiceType.self)
        query.gender = choice("gender", Gender.self)
        query.status = choice("status", TraffickingStatus.self)
        query.age = number("age", 0...Double(ProviderInput.oldestAge)).map { Int($0) }
        if let text = values["citizenship"] {
            query.citizenships = ProviderInput.countries(text.split(separator: ",").map(String.init), field: "citizenship", validator: &validator)
        }
        if let text = values["language"], !text.isEmpty {
            query.language = LanguageCode(text)
            if query.language == nil { validator.add("language", .directoryLanguageInvalid, ["code": text]) }
        }
        query.withChildren = values["withChildren"] == "true"
        query.needsDisabilityAccess = values["disabilityAccess"] == "true"
        query.onlyAvailable = values["available"] == "true"
        let latitude = number("latitude", -90...90)
        let longitude = number("longitude", -180...180)
        if let latitude, let longitude {
            query.near = GeoPoint(latitude: latitude, longitude: longitude)
        } else if (latitude == nil) != (longitude == nil) {
            validator.add("latitude", .validationCoordinatesIncomplete)
        }
        query.maximumDistanceKm = number("radiusKm", 0...20_000)
        if query.maximumDistanceKm != nil, query.near == nil, latitude == nil, longitude == nil { validator.add("radiusKm", .directoryRadiusNeedsPoint) }
        try validator.throwIfInvalid()
        return query
    }
}
