import CaseModel
import Foundation
import Storage
import Vapor

/// `/cases`: list, open, read, edit and assign case files.
enum CasesAPI {
    static let tag = "Cases"
    static let caseID = APIOperation.Parameter.path("id", "The case's id.")

    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/cases", operationID: "listCases", summary: "List the cases the token's user may see.", tag: tag,
            parameters: [
                .query("status", "A case status.", CaseSchemas.code(CaseStatus.self)),
                .query("exploitationType", "Cases with a victim exploited this way.", CaseSchemas.code(ExploitationType.self)),
                .query("citizenship", "Cases with a victim of this citizenship (ISO 3166)."),
                .query("openedFrom", "Opened on or after this day.", .string(format: "date")),
                .query("openedTo", "Opened on or before this day.", .string(format: "date")),
                .query("organisationId", "Cases of this organisation.", .uuid),
                .query("assignedTo", "Cases assigned to this user.", .uuid),
                .query("reference", "Cases whose reference starts with this."),
                .query("sort", "`newest` (default), `oldest` or `reference`.", .string(values: CaseCriteria.Sort.allCases.map(\.rawValue))),
            ] + APIOperation.Parameter.pagination,
            success: .init(status: 200, description: "A page of cases.", schema: PageDTO<CaseSummaryDTO>.schema(of: "CaseSummary")), errors: [403]
        )) { request in
            let page = try await request.caseService.list(try request.caller(), criteria: try request.caseCriteria(), cursor: request.queryValue("cursor"), limit: try request.limit())
            return PageDTO(page, CaseSummaryDTO.init)
        }

        api.add(APIOperation(
            method: .POST, path: "/cases", operationID: "createCase",
            summary: "Open a case, with its victims, perpetrators and route, in one step. Run a person search first to reuse people already registered.", tag: tag,
            requestBody: .ref("NewCase"),
            success: .init(status: 201, description: "The new case.", schema: .ref("Case")), errors: [403, 409, 422]
        )) { request in
            let body = try request.content.decode(NewCaseRequest.self)
            return Created(body: CaseDTO(try await request.caseService.create(try request.caller(), try body.input())))
        }

        api.add(APIOperation(
            method: .GET, path: "/cases/{id}", operationID: "getCase", summary: "A whole case file. The read is audited.", tag: tag,
            parameters: [caseID],
            success: .init(status: 200, description: "The case.", schema: .ref("Case")), errors: [404]
        )) { request in
            CaseDTO(try await request.caseService.get(try request.caller(), id: try request.uuidParameter("id")))
        }

        api.add(APIOperation(
            method: .PATCH, path: "/cases/{id}", operationID: "updateCase",
            summary: "Change the case's own fields (status, dates, summary). Closing needs a closure reason, and, where the country requires it, an approved `CaseClosure` request (409 until then).", tag: tag,
            parameters: [caseID], requestBody: .ref("CaseRecord"),
            success: .init(status: 200, description: "The case as it now is.", schema: .ref("Case")), errors: [404, 409, 422]
        )) { request in
            let caller = try request.caller()
            let id = try request.uuidParameter("id")
            _ = try await request.caseService.update(caller, id: id, record: try request.content.decode(CaseRecord.self))
            return CaseDTO(try await request.caseService.get(caller, id: id))
        }

        api.add(APIOperation(
            method: .PUT, path: "/cases/{id}/assignee", operationID: "assignCase", summary: "Assign the case to a worker of its organisation, or to no one.", tag: tag,
            parameters: [caseID], requestBody: .object([("userId", .nullable(.uuid))], required: ["userId"]),
            success: .init(status: 204, description: "Assigned."), errors: [403, 404, 422]
        )) { request -> HTTPStatus in
            struct Body: Content { var userId: UUID? }
            _ = try await request.caseService.assign(try request.caller(), id: try request.uuidParameter("id"), to: try request.content.decode(Body.self).userId)
            return .noContent
        }

        api.add(APIOperation(
            method: .POST, path: "/persons/search", operationID: "searchPersons",
            summary: "Search before create: people already registered who may be the one you are about to register.", tag: tag,
            requestBody: .object([("name", .string()), ("birthYear", .integer(minimum: 1800, maximum: 2200)), ("citizenship", CaseSchemas.country), ("phone", .string(description: "E.164"))], required: ["name"]),
            success: .init(status: 200, description: "Likely matches you may see, best first, and how many others exist elsewhere.", schema: .object([
                ("matches", .array(.object([
                    ("personId", .uuid), ("score", .number), ("reasons", .array(.string(values: ["name", "birthYear", "citizenship", "phone"]))),
                    ("person", .ref("Person")), ("cases", .array(.object([("id", .uuid), ("reference", .string())], required: ["id", "reference"]))),
                ], required: ["personId", "score", "reasons", "person", "cases"]))),
                ("elsewhere", .integer(minimum: 0)),
            ], required: ["matches", "elsewhere"])), errors: [403, 422]
        )) { request in
            let body = try request.content.decode(PersonSearchRequest.self)
            return PersonSearchResponse(try await request.personSearchService.search(try request.caller(), try body.query()))
        }
    }
}

struct PersonSearchRequest: Content {
    var name: String
    var birthYear: Int?
    var citizenship: String?
    var phone: String?

    func query() throws -> PersonSearchQuery {
        var validator = Validator()
        let name = validator.requireText(name, field: "name", maxLength: 200)
        var phoneNumber: PhoneNumber?
        if let phone, !phone.isEmpty {
            phoneNumber = PhoneNumber(parsing: phone)
            if phoneNumber == nil { validator.add("phone", .validationPhone) }
        }
        var country: String?
        if let citizenship, !citizenship.isEmpty {
            country = Country.find(citizenship)?.iso3
            if country == nil { validator.add("citizenship", .validationCountry, ["code": citizenship]) }
        }
        try validator.throwIfInvalid()
        return PersonSearchQuery(name: name, birthYear: birthYear, citizenship: country, phone: phoneNumber)
    }
}

struct PersonSearchResponse: Content {
    struct Match: Content {
        struct CaseLink: Content {
            var id: UUID
            var reference: String
        }

        var personId: UUID
        var score: Double
        var reasons: [String]
        var person: PersonRecord
        var cases: [CaseLink]
    }

    var matches: [Match]
    var elsewhere: Int

    init(_ result: PersonSearchResult) {
        matches = result.matches.map {
            Match(personId: $0.personID, score: ($0.score * 1000).rounded() / 1000, reasons: $0.reasons.map(\.rawValue), person: $0.record,
                  cases: $0.cases.map { Match.CaseLink(id: $0.id, reference: $0.reference) })
        }
        elsewhere = result.elsewhere
    }
}

extension Request {
    var caseService: CaseService { CaseService(database: db, context: libertas) }
    var personSearchService: PersonSearchService { PersonSearchService(database: db, context: libertas) }

    /// The case-list filters from the query string, refusing malformed values.
    func caseCriteria() throws -> CaseCriteria {
        var criteria = CaseCriteria()
        var validator = Validator()
        if let status = queryValue("status") {
            criteria.status = CaseStatus.parse(status)?.rawValue
            if criteria.status == nil { validator.add("status", .validationChoice) }
        }
        if let type = queryValue("exploitationType") {
            criteria.exploitationType = ExploitationType.parse(type)?.rawValue
            if criteria.exploitationType == nil { validator.add("exploitationType", .validationChoice) }
        }
        if let country = queryValue("citizenship") {
            criteria.citizenship = Country.find(country)?.iso3
            if criteria.citizenship == nil { validator.add("citizenship", .validationCountry, ["code": country]) }
        }
        if let text = queryValue("openedFrom") {
            if let date = PartialDate(parsing: text) { criteria.openedFrom = date.firstDayText } else { validator.add("openedFrom", .errorBadDate) }
        }
        if let text = queryValue("openedTo") {
            // "2024-03" means up to the end of March.
            if let date = PartialDate(parsing: text) {
                criteria.openedTo = date.lastDayText
            } else {
                validator.add("openedTo", .errorBadDate)
            }
        }
        criteria.organisationID = try uuidQuery("organisationId")
        criteria.assignedTo = try uuidQuery("assignedTo")
        criteria.reference = queryValue("reference")
        if let sort = queryValue("sort") {
            guard let value = CaseCriteria.Sort(rawValue: sort) else { throw AppError.badRequest(.errorBadRequest) }
            criteria.sort = value
        }
        if !validator.errors.isEmpty { throw AppError.invalid(validator.errors) }
        return criteria
    }
}
