import AccessControl
import CaseModel
import FluentKit
import FluentSQL
import Foundation

/// Reads of the service directory, always through an access-control filter.
public enum ServiceProviderQueries {
    /// The most providers one search considers. The directory is national but
    /// small (hundreds of providers, not millions), and distance sorting needs
    /// every candidate in hand, so the candidates are read whole.
    public static let candidateLimit = 5_000

    /// The providers that may fit `query`, with their values loaded, sorted by name.
    ///
    /// SQL narrows on what it can answer with an index: service, gender, age,
    /// language, free places, children and access. Nationality, status and
    /// distance are left to `ProviderMatch`, which every caller applies as the
    /// final word anyway.
    public static func candidates(
        on database: any Database,
        filter: RecordFilter,
        query: ProviderQuery,
        includeInactive: Bool = false,
        organisationID: UUID? = nil
    ) async throws -> [ServiceProviderModel] {
        let builder = ServiceProviderModel.query(on: database).with(\.$values)
        switch filter {
        case .nothing, .ownedBy: return []
        case .organisation(let id, _), .organisationOrReferred(let id, _): builder.filter(\.$organisation.$id == id)
        case .everything: break
        }
        if let organisationID { builder.filter(\.$organisation.$id == organisationID) }
        if !includeInactive { builder.filter(\.$active == true) }
        if let service = query.service { builder.filter(has(.service, service.rawValue)) }
        if let language = query.language { builder.filter(has(.language, language.alpha3)) }
        // An unknown gender matches every provider, so only a known one narrows.
        if let gender = query.gender, gender != .nonSpecifiedUnknown {
            builder.group(.or) { $0.filter(hasNone(.gender)).filter(has(.gender, gender.rawValue)) }
        }
        if let age = query.age {
            builder.group(.or) { $0.filter(\.$minimumAge == nil).filter(\.$minimumAge <= age) }
            builder.group(.or) { $0.filter(\.$maximumAge == nil).filter(\.$maximumAge >= age) }
        }
        if query.withChildren { builder.filter(\.$acceptsMothersWithChildren == true) }
        if query.needsDisabilityAccess { builder.filter(\.$disabilityAccess == true) }
        if query.onlyAvailable { builder.filter(\.$availablePlaces > 0) }
        return try await builder.sort(\.$nameKey).sort(\.$id).limit(candidateLimit).all()
    }

    private static func has(_ field: ServiceProviderValueModel.ValueField, _ value: String) -> DatabaseQuery.Filter {
        .sql(embed: """
            EXISTS (SELECT 1 FROM service_provider_values v WHERE v.provider_id = service_providers.id \
            AND v.field = \(bind: field.rawValue) AND v.value = \(bind: value))
            """)
    }

    private static func hasNone(_ field: ServiceProviderValueModel.ValueField) -> DatabaseQuery.Filter {
        .sql(embed: """
            NOT EXISTS (SELECT 1 FROM service_provider_values v WHERE v.provider_id = service_providers.id AND v.field = \(bind: field.rawValue))
            """)
    }
}
