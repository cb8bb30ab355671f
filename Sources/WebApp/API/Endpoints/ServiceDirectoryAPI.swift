import CaseModel
import Foundation
import Vapor

/// The national service directory: search with eligibility filters and
/// distance, read, add, edit, and report free places.
enum ServiceDirectoryAPI {
    static let tag = "Service directory"
    static let providerID = APIOperation.Parameter.path("id", "The provider's id.")

    static let searchParameters: [APIOperation.Parameter] = [
        .query("service", "Only providers offering this service.", CaseSchemas.code(ServiceType.self)),
        .query("age", "The person's age in whole years; unknown matches any age limit.", .integer(minimum: 0, maximum: ProviderInput.oldestAge)),
        .query("gender", "The person's gender; unknown matches any gender limit.", CaseSchemas.code(Gender.self)),
        .query("citizenship", "The person's citizenships, ISO 3166 codes separated by commas."),
        .query("status", "The person's trafficking status.", CaseSchemas.code(TraffickingStatus.self)),
        .query("withChildren", "`true`: the person comes with children.", .string(values: ["true", "false"])),
        .query("disabilityAccess", "`true`: the person needs step-free, accessible premises.", .string(values: ["true", "false"])),
        .query("language", "A language the staff must speak (ISO 639)."),
        .query("latitude", "Where the person is, with `longitude`: results come nearest first.", .number),
        .query("longitude", "See `latitude`.", .number),
        .query("radiusKm", "Only providers within this many kilometres of the point.", .number),
        .query("available", "`true`: only providers reporting free places.", .string(values: ["true", "false"])),
        .query("case", "With `fromVictim`: the case of the victim to start from."),
        .query("fromVictim", "Fill the filters in from this victim's profile and open needs (needs read access to the case; audited). Other parameters given override them."),
    ] + APIOperation.Parameter.pagination

    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/providers", operationID: "searchProviders",
            summary: "Search the service directory. Only providers the person is eligible for are returned: nearest first when a point is given, otherwise by name.",
            tag: tag, parameters: searchParameters,
            success: .init(status: 200, description: "A page of eligible providers.", schema: PageDTO<ServiceProviderDTO>.schema(of: "ServiceProvider")),
            errors: [400, 403, 404, 422]
        )) { request in
            let caller = try request.caller()
            let query = try await request.providerSearchForm(caller).query()
            let page = try await request.serviceDirectory.search(caller, query, cursor: request.queryValue("cursor"), limit: try request.limit())
            return PageDTO(page, ServiceProviderDTO.init)
        }

        api.add(APIOperation(
            method: .POST, path: "/providers", operationID: "createProvider",
            summary: "Add a provider to the directory: an organisation administrator for their own organisation, the coordinator or a system administrator for any.",
            tag: tag, requestBody: .ref("ServiceProviderInput"),
            success: .init(status: 201, description: "The new provider.", schema: .ref("ServiceProvider")), errors: [403, 404, 422]
        )) { request in
            let caller = try request.caller()
            let body = try request.content.decode(ServiceProviderRequest.self)
            let id = try await request.serviceDirectory.create(caller, body.input)
            return Created(body: ServiceProviderDTO(try await request.serviceDirectory.get(caller, id: id)))
        }

        api.add(APIOperation(
            method: .GET, path: "/providers/{id}", operationID: "getProvider", summary: "One provider.", tag: tag,
            parameters: [providerID],
            success: .init(status: 200, description: "The provider.", schema: .ref("ServiceProvider")), errors: [404]
        )) { request in
            ServiceProviderDTO(try await request.serviceDirectory.get(try request.caller(), id: try request.uuidParameter("id")))
        }

        api.add(APIOperation(
            method: .PUT, path: "/providers/{id}", operationID: "updateProvider",
            summary: "Replace a provider's description (not its organisation). Changing `active` (deactivating) needs the right to administer it.",
            tag: tag, parameters: [providerID], requestBody: .ref("ServiceProviderInput"),
            success: .init(status: 200, description: "The provider as saved.", schema: .ref("ServiceProvider")), errors: [403, 404, 422]
        )) { request in
            let caller = try request.caller()
            let id = try request.uuidParameter("id")
            try await request.serviceDirectory.update(caller, id: id, try request.content.decode(ServiceProviderRequest.self).input)
            return ServiceProviderDTO(try await request.serviceDirectory.get(caller, id: id))
        }

        api.add(APIOperation(
            method: .POST, path: "/providers/{id}/availability", operationID: "setProviderAvailability",
            summary: "Report how many places are free now, and optionally the capacity.", tag: tag,
            parameters: [providerID],
            requestBody: .object([
                ("availablePlaces", .integer(minimum: 0, maximum: ProviderInput.maximumPlaces)),
                ("capacity", .integer(minimum: 0, maximum: ProviderInput.maximumPlaces)),
            ], required: ["availablePlaces"]),
            success: .init(status: 200, description: "The provider as saved.", schema: .ref("ServiceProvider")), errors: [403, 404, 422]
        )) { request in
            struct Body: Content { var availablePlaces: Int?; var capacity: Int? }
            let caller = try request.caller()
            let id = try request.uuidParameter("id")
            let body = try request.content.decode(Body.self)
            try await request.serviceDirectory.setAvailability(caller, id: id, availablePlaces: body.availablePlaces, capacity: body.capacity)
            return ServiceProviderDTO(try await request.serviceDirectory.get(caller, id: id))
        }
    }
}

extension Request {
    var serviceDirectory: ServiceDirectoryService { ServiceDirectoryService(database: db, context: libertas) }

    /// The search in the query string; with `fromVictim` and `case`, filled in
    /// from that victim first, and parameters given explicitly win.
    func providerSearchForm(_ caller: Caller) async throws -> ProviderSearchForm {
        let given = ProviderSearchForm { queryValue($0) }
        guard let victim = queryValue("fromVictim") else { return given }
        guard let victimID = UUID(uuidString: victim), let caseID = queryValue("case").flatMap(UUID.init(uuidString:)) else { throw AppError.notFound }
        let prefilled = ProviderSearchForm(try await serviceDirectory.query(forVictim: victimID, caseID: caseID, caller))
        return ProviderSearchForm(values: prefilled.values.merging(given.values) { $1 })
    }
}
