import Vapor

enum OrganisationsAPI {
    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/organisations", operationID: "listOrganisations", summary: "List organisations, sorted by name.", tag: "Organisations",
            parameters: [
                .query("q", "Only organisations whose name contains this text."),
                .query("active", "`true` for active organisations only.", .boolean),
            ] + APIOperation.Parameter.pagination,
            success: .init(status: 200, description: "A page of organisations.", schema: PageDTO<OrganisationDTO>.schema(of: "Organisation"))
        )) { request in
            let page = try await request.organisationService.list(
                try request.caller(), search: request.queryValue("q"),
                includeInactive: request.queryValue("active") != "true",
                cursor: request.queryValue("cursor"), limit: try request.limit()
            )
            return try PageDTO(page, OrganisationDTO.init)
        }

        api.add(APIOperation(
            method: .POST, path: "/organisations", operationID: "createOrganisation", summary: "Create an organisation.", tag: "Organisations",
            requestBody: OrganisationRequest.schema(creating: true),
            success: .init(status: 201, description: "Created.", schema: .ref("Organisation")), errors: [403, 409, 422]
        )) { request in
            let body = try request.content.decode(OrganisationRequest.self)
            return Created(body: try OrganisationDTO(try await request.organisationService.create(try request.caller(), body.input)))
        }

        api.add(APIOperation(
            method: .GET, path: "/organisations/{id}", operationID: "getOrganisation", summary: "One organisation.", tag: "Organisations",
            parameters: [.path("id", "The organisation's id.")],
            success: .init(status: 200, description: "The organisation.", schema: .ref("Organisation")), errors: [404]
        )) { request in
            try OrganisationDTO(try await request.organisationService.get(try request.caller(), id: try request.uuidParameter("id")))
        }

        api.add(APIOperation(
            method: .PATCH, path: "/organisations/{id}", operationID: "updateOrganisation", summary: "Change an organisation. Absent fields stay as they are.", tag: "Organisations",
            parameters: [.path("id", "The organisation's id.")],
            requestBody: OrganisationRequest.schema(creating: false),
            success: .init(status: 200, description: "The organisation as it now is.", schema: .ref("Organisation")), errors: [403, 404, 409, 422]
        )) { request in
            let body = try request.content.decode(OrganisationRequest.self)
            return try OrganisationDTO(try await request.organisationService.update(try request.caller(), id: try request.uuidParameter("id"), body.input))
        }
    }
}

extension Request {
    /// The `limit` query value, refusing one that is not a number.
    func limit() throws -> Int? {
        guard let text = queryValue("limit") else { return nil }
        guard let limit = Int(text) else { throw AppError.badRequest(.errorBadLimit) }
        return limit
    }
}
