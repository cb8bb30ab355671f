import CaseModel
import Foundation
import PublicReporting
import Storage
import Vapor

/// The hotline operators' console: the queue of panic alerts and public reports,
/// each item, and what operators do with them. Only roles the access policy
/// grants `publicReport` (hotline operators) get anything but 404.
enum OperatorAPI {
    static let tag = "Operator console"
    static let itemID = APIOperation.Parameter.path("id", "The alert's or report's id.")
    static let closedCursor = APIOperation.Parameter.query("closed_cursor", "Where the page of finished items starts: `closed.nextCursor` of the page before. Absent: the newest.", .string())

    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/operator/queue", operationID: "operatorQueue",
            summary: "Panic alerts and public reports by status — New, InProgress, Verified, Closed, FalseAlarm — alerts before reports within a status, newest first: every open item (New, InProgress, Verified), then one page of \(OperatorConsole.closedPageSize) finished ones (Closed, FalseAlarm) with their counts; with the referrals made from each item, response-time figures over the newest \(OperatorConsole.figuresWindow) alerts and reports, and a version that changes whenever what is shown does. Alerts carry their position; reports keep theirs behind the form's privacy policy (read the report).",
            tag: tag, parameters: [closedCursor],
            success: .init(status: 200, description: "The queue.", schema: OperatorQueueDTO.schema), errors: [400, 404]
        )) { request in
            OperatorQueueDTO(try await console(request).queue(try request.caller(), closedCursor: request.queryValue("closed_cursor")))
        }

        api.add(APIOperation(
            method: .GET, path: "/operator/operators", operationID: "listHotlineOperators",
            summary: "The active hotline operators, to assign items to.", tag: tag,
            success: .init(status: 200, description: "The operators.", schema: .array(OperatorDTO.schema)), errors: [404]
        )) { request in
            try await console(request).operators(try request.caller()).map { OperatorDTO(id: $0.id, name: $0.name) }
        }

        api.add(APIOperation(
            method: .GET, path: "/operator/alerts/{id}", operationID: "readPanicAlert",
            summary: "A panic alert: the exact position with the country its coordinates fall in, when the button was pressed and received, the details the person registered on their device, notes, checklist, operator and case. The read is audited.",
            tag: tag, parameters: [itemID], success: .init(status: 200, description: "The alert.", schema: PanicAlertDTO.schema), errors: [404]
        )) { request in
            let view = try await console(request).alert(try request.caller(), id: try request.uuidParameter("id"))
            return PanicAlertDTO(view, country: OperatorPages.country(of: view.location))
        }

        api.add(APIOperation(
            method: .GET, path: "/operator/reports/{id}", operationID: "readPublicReportAsOperator",
            summary: "A public report through its form's privacy policy: the exact place and the contact only for the operator it is assigned to. The read is audited.",
            tag: tag, parameters: [itemID], success: .init(status: 200, description: "The report.", schema: OperatorReportDTO.schema), errors: [404]
        )) { request in
            OperatorReportDTO(try await console(request).reportDesk.view(try request.caller(), id: try request.uuidParameter("id")))
        }

        for kind in OperatorItemKind.allCases {
            registerActions(kind, on: api)
        }
    }

    static func registerActions(_ kind: OperatorItemKind, on api: APIRegistry) {
        let base = "/operator/\(kind.rawValue)s/{id}"
        let noun = kind == .alert ? "Alert" : "Report"
        api.add(APIOperation(
            method: .POST, path: base + "/assign", operationID: "assign\(noun)",
            summary: "Gives the \(kind.rawValue) to an active hotline operator (yourself or another); `operatorId` null puts it back in the queue.", tag: tag,
            parameters: [itemID], requestBody: .object([("operatorId", .nullable(.uuid))], required: []),
            success: .init(status: 204, description: "Assigned."), errors: [404, 422]
        )) { request -> HTTPStatus in
            let body = try request.content.decode(OperatorAssignBody.self)
            try await console(request).assign(try request.caller(), kind, id: try request.uuidParameter("id"), to: body.operatorId)
            return .noContent
        }

        api.add(APIOperation(
            method: .POST, path: base + "/status", operationID: "set\(noun)Status",
            summary: "Moves the \(kind.rawValue) to another status. Closed and FalseAlarm stop the response clock; moving back reopens it.", tag: tag,
            parameters: [itemID], requestBody: .object([("status", OperatorQueueItemDTO.statuses)], required: ["status"]),
            success: .init(status: 204, description: "Moved."), errors: [404, 422]
        )) { request -> HTTPStatus in
            let body = try request.content.decode(OperatorStatusBody.self)
            try await console(request).setStatus(try request.caller(), kind, id: try request.uuidParameter("id"), to: try status(body.status))
            return .noContent
        }

        api.add(APIOperation(
            method: .POST, path: base + "/notes", operationID: "add\(noun)Note",
            summary: "Adds a contact note (sealed; the audit log records only that one was added). The public never sees notes.", tag: tag,
            parameters: [itemID], requestBody: .object([("text", .string())], required: ["text"]),
            success: .init(status: 201, description: "The note's id.", schema: CaseRecordsAPI.createdSchema), errors: [404, 422]
        )) { request in
            let body = try request.content.decode(OperatorNoteBody.self)
            return CaseRecordsAPI.created(try await console(request).addNote(try request.caller(), kind, id: try request.uuidParameter("id"), text: body.text))
        }

        api.add(APIOperation(
            method: .PUT, path: base + "/checklist", operationID: "set\(noun)Checklist",
            summary: "Replaces the verification checklist: the steps done, of \(OperatorChecklistItem.allCases.map(\.rawValue).joined(separator: ", ")).", tag: tag,
            parameters: [itemID], requestBody: .object([("items", PanicAlertDTO.checklistSchema)], required: ["items"]),
            success: .init(status: 204, description: "Saved."), errors: [404, 422]
        )) { request -> HTTPStatus in
            let body = try request.content.decode(OperatorChecklistBody.self)
            try await console(request).setChecklist(try request.caller(), kind, id: try request.uuidParameter("id"), to: try checklist(body.items ?? []))
            return .noContent
        }

        api.add(APIOperation(
            method: .POST, path: base + "/escalate", operationID: "escalate\(noun)",
            summary: "Opens a case in the caller's organisation from the \(kind.rawValue): one route event at its place (country from the coordinates where the outlines tell), a summary with its details and notes in the caller's language; the case is linked from the item. Once per item (409 after).",
            tag: tag, parameters: [itemID],
            success: .init(status: 201, description: "The case opened.", schema: .object([("caseId", .uuid)], required: ["caseId"])), errors: [404, 409, 422]
        )) { request in
            let caseID = try await console(request).escalate(try request.caller(), kind, id: try request.uuidParameter("id"), t: request.localizer)
            return Created(body: OperatorEscalationDTO(caseId: caseID))
        }

        api.add(APIOperation(
            method: .POST, path: base + "/refer", operationID: "refer\(noun)",
            summary: "Refers the person behind the \(kind.rawValue) to another active organisation for a service, as a referral of the registry: it reaches the receiver's incoming referrals and inbox like any other. An item not yet escalated is escalated first (its case gets one victim record for the person). The referral carries the minimal profile (sex, age group, citizenship, forms of exploitation) and only what a consent to referral recorded on the case covers beyond it (`shares`). 409 while the same referral is pending, or when the item's case is no longer the caller's.",
            tag: tag, parameters: [itemID],
            requestBody: .object([("toOrganisationId", .uuid), ("serviceType", CaseSchemas.code(ServiceType.self)),
                                  ("note", .string(description: "To the receiver; sealed. At most \(ReferralService.noteLimit) characters."))],
                                 required: ["toOrganisationId", "serviceType"]),
            success: .init(status: 201, description: "The case and the referral.", schema: OperatorReferralDTO.schema), errors: [404, 409, 422]
        )) { request in
            let body = try request.content.decode(OperatorReferBody.self)
            let made = try await console(request).refer(try request.caller(), kind, id: try request.uuidParameter("id"), body.request, t: request.localizer)
            return Created(body: OperatorReferralDTO(made))
        }
    }

    static func console(_ request: Request) -> OperatorConsole {
        OperatorConsole(database: request.db, context: request.libertas)
    }

    static func status(_ text: String?) throws -> PanicAlertModel.Status {
        guard let text, let status = PanicAlertModel.Status(rawValue: text) else { throw AppError.invalid([FieldError("status", .validationChoice)]) }
        return status
    }

    static func checklist(_ names: [String]) throws -> Set<OperatorChecklistItem> {
        let items = names.compactMap(OperatorChecklistItem.init(rawValue:))
        guard items.count == names.count else { throw AppError.invalid([FieldError("items", .validationChoice)]) }
        return Set(items)
    }
}
