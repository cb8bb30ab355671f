import CaseModel
import Foundation
import Vapor

/// Transfers of a case's ownership between organisations.
enum TransfersAPI {
    static let tag = "Referrals"
    static let transferID = APIOperation.Parameter.path("id", "The transfer's id.")

    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .POST, path: "/cases/{id}/transfers", operationID: "requestCaseTransfer",
            summary: "Ask another organisation to take over the case (supervisors). The whole file moves on acceptance, so every victim's current consent to referral must cover all of it; people who are also on another of your cases cannot move.", tag: tag,
            parameters: [CasesAPI.caseID], requestBody: .object([("toOrganisationId", .uuid), ("comment", .string())], required: ["toOrganisationId"]),
            success: .init(status: 201, description: "The transfer's id.", schema: ReferralsAPI.createdSchema), errors: [403, 404, 409, 422]
        )) { request in
            struct Body: Content { var toOrganisationId: UUID; var comment: String? }
            let body = try request.content.decode(Body.self)
            let id = try await request.transferService.request(try request.caller(), caseID: try request.uuidParameter("id"), to: body.toOrganisationId, comment: body.comment)
            return CaseRecordsAPI.created(id)
        }

        api.add(APIOperation(
            method: .GET, path: "/transfers", operationID: "listCaseTransfers",
            summary: "The organisation's case transfers, newest first (at most 100): `incoming` (the default) or `outgoing`. No personal data; the case id only for the organisation that owns the case now.", tag: tag,
            parameters: [
                .query("direction", "incoming or outgoing.", .string(values: ReferralService.Direction.allCases.map(\.rawValue))),
                .query("pending", "Only transfers waiting for a decision (true or false).", .boolean),
            ],
            success: .init(status: 200, description: "The transfers.", schema: .array(.ref("CaseTransfer"))), errors: [400, 403]
        )) { request in
            try await request.transferService.list(try request.caller(), direction: try request.queryChoice("direction") ?? .incoming,
                                                   pendingOnly: request.queryValue("pending") == "true").map(CaseTransferDTO.init)
        }

        let steps: [(TransferService.Decision, String)] = [
            (.accept, "The receiving organisation's supervisor takes the case over: the case, its people and its outgoing referrals move at once."),
            (.decline, "The receiving organisation's supervisor declines the transfer."),
            (.cancel, "The owner's supervisor withdraws the request while it is pending."),
        ]
        for (decision, summary) in steps {
            api.add(APIOperation(
                method: .POST, path: "/transfers/{id}/\(decision.rawValue)", operationID: "\(decision.rawValue)CaseTransfer", summary: summary, tag: tag,
                parameters: [transferID], requestBody: .object([("comment", .string())], required: []),
                success: .init(status: 204, description: "Done."), errors: [403, 404, 409, 422]
            )) { request -> HTTPStatus in
                struct Body: Content { var comment: String? }
                let body = try? request.content.decode(Body.self)
                try await request.transferService.decide(try request.caller(), id: try request.uuidParameter("id"), decision, comment: body?.comment)
                return .noContent
            }
        }
    }
}

/// A case transfer as either end sees it.
struct CaseTransferDTO: Content {
    var id: UUID
    var caseId: UUID?
    var reference: String
    var fromOrganisationId: UUID
    var toOrganisationId: UUID
    var status: TransferStatus
    var requestedAt: Date
    var decidedAt: Date?

    init(_ line: TransferService.Line) {
        id = line.id
        caseId = line.caseID
        reference = line.reference
        fromOrganisationId = line.fromOrganisationID
        toOrganisationId = line.toOrganisationID
        status = line.status
        requestedAt = line.requestedAt
        decidedAt = line.decidedAt
    }

    static let schema: JSONSchema = .object([
        ("id", .uuid), ("caseId", .uuid), ("reference", .string()), ("fromOrganisationId", .uuid), ("toOrganisationId", .uuid),
        ("status", CaseSchemas.code(TransferStatus.self)), ("requestedAt", .dateTime), ("decidedAt", .dateTime),
    ], required: ["id", "reference", "fromOrganisationId", "toOrganisationId", "status", "requestedAt"])
}

extension Request {
    var transferService: TransferService { TransferService(database: db, context: libertas) }
}
