import Foundation
import Storage
import Vapor

/// The coordinator's duplicate flags through the API.
enum DuplicateFlagsAPI {
    static let tag = "Duplicates"

    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/duplicate-flags", operationID: "listDuplicateFlags",
            summary: "Persons that two organisations may both have registered, newest first: organisations and case references only, never names. Flags from record linkage (`libertas link --from-database`) carry the model's evidence per field: levels and weights, never values. National coordinator only.", tag: tag,
            parameters: [.query("status", "Open (the default), SamePerson, DifferentPeople or all."),
                         .query("source", "Search (the background check) or Linkage (record linkage); both when absent.")] + APIOperation.Parameter.pagination,
            success: .init(status: 200, description: "A page of flags.", schema: PageDTO<DuplicateFlagDTO>.schema(of: "DuplicateFlag")), errors: [403]
        )) { request in
            let page = try await request.duplicateFlagService.list(try request.caller(), status: try request.duplicateStatusFilter(), source: try request.queryChoice("source"), cursor: request.queryValue("cursor"), limit: try request.limit())
            return PageDTO(page, DuplicateFlagDTO.init)
        }

        api.add(APIOperation(
            method: .PUT, path: "/duplicate-flags/{id}/status", operationID: "resolveDuplicateFlag",
            summary: "Record what the two organisations found: SamePerson or DifferentPeople (Open reopens the flag).", tag: tag,
            parameters: [.path("id", "The flag's id.")],
            requestBody: .object([("status", .string(values: DuplicateFlagModel.Status.allCases.map(\.rawValue)))], required: ["status"]),
            success: .init(status: 204, description: "Saved."), errors: [403, 404, 422]
        )) { request -> HTTPStatus in
            struct Body: Content { var status: String }
            guard let status = DuplicateFlagModel.Status(rawValue: try request.content.decode(Body.self).status) else {
                throw AppError.invalid([FieldError("status", .validationChoice)])
            }
            try await request.duplicateFlagService.resolve(try request.caller(), id: try request.uuidParameter("id"), status: status)
            return .noContent
        }
    }
}

struct DuplicateFlagDTO: Content {
    struct Side: Content {
        var organisationId: UUID
        var organisationName: String
        var caseReferences: [String]
    }

    struct Evidence: Content {
        var field: String
        var level: String
        var weight: Double
    }

    var id: UUID
    var score: Double
    var reasons: [String]
    var status: String
    var source: String
    var evidence: [Evidence]
    var flaggedAt: Date?
    var resolvedAt: Date?
    var registered: Side
    var matched: Side

    init(_ view: DuplicateFlagView) {
        func side(_ side: DuplicateFlagView.Side) -> Side {
            Side(organisationId: side.organisationID, organisationName: side.organisationName, caseReferences: side.caseReferences)
        }
        id = view.id
        score = (view.score * 1000).rounded() / 1000
        reasons = view.reasons.map(\.rawValue)
        status = view.status.rawValue
        source = view.source.rawValue
        evidence = view.evidence.map { Evidence(field: $0.field, level: $0.level, weight: ($0.weight * 100).rounded() / 100) }
        flaggedAt = view.flaggedAt
        resolvedAt = view.resolvedAt
        registered = side(view.registered)
        matched = side(view.matched)
    }

    static let schema: JSONSchema = {
        let side = JSONSchema.object([
            ("organisationId", .uuid), ("organisationName", .string()), ("caseReferences", .array(.string())),
        ], required: ["organisationId", "organisationName", "caseReferences"])
        return .object([
            ("id", .uuid),
            ("score", .number),
            ("reasons", .array(.string(values: ["name", "birthYear", "citizenship", "phone"]))),
            ("status", .string(values: DuplicateFlagModel.Status.allCases.map(\.rawValue))),
            ("source", .string(values: DuplicateFlagModel.Source.allCases.map(\.rawValue))),
            ("evidence", .array(.object([("field", .string()), ("level", .string()), ("weight", .number)], required: ["field", "level", "weight"]))),
            ("flaggedAt", .nullable(.dateTime)),
            ("resolvedAt", .nullable(.dateTime)),
            ("registered", side),
            ("matched", side),
        ], required: ["id", "score", "reasons", "status", "source", "evidence", "registered", "matched"])
    }()
}

extension Request {
    var duplicateFlagService: DuplicateFlagService { DuplicateFlagService(database: db, context: libertas) }

    /// `?status=`: one status, `all`, or by default the open flags.
    func duplicateStatusFilter() throws -> DuplicateFlagModel.Status? {
        guard let text = queryValue("status") else { return .open }
        if text.lowercased() == "all" { return nil }
        guard let status = DuplicateFlagModel.Status(rawValue: text) else {
            throw AppError.invalid([FieldError("status", .validationChoice)])
        }
        return status
    }
}
