import CaseModel
import Foundation
import Vapor

/// The parts of a case: victims, perpetrators, persons, route, consent,
/// support, comments and attachments.
enum CaseRecordsAPI {
    static let tag = "Case records"
    static let caseID = CasesAPI.caseID

    struct Created: Content {
        var id: UUID
    }

    static let createdSchema = JSONSchema.object([("id", .uuid)], required: ["id"])

    static func register(on api: APIRegistry) {
        registerParticipants(on: api)
        registerRoute(on: api)
        registerConsent(on: api)
        registerSupport(on: api)
        registerNotes(on: api)
    }

    static func created(_ id: UUID) -> WebApp.Created<Created> { WebApp.Created(body: Created(id: id)) }

    static func registerParticipants(on api: APIRegistry) {
        let choice: [(String, JSONSchema)] = [("personId", .uuid), ("person", .ref("Person"))]
        api.add(APIOperation(
            method: .POST, path: "/cases/{id}/victims", operationID: "addVictim", summary: "Add a victim: `personId` of someone registered, or `person` for someone new.", tag: tag,
            parameters: [caseID], requestBody: .object(choice + [("context", .ref("VictimContext"))], required: ["context"]),
            success: .init(status: 201, description: "The new victim's id.", schema: createdSchema), errors: [404, 409, 422]
        )) { request in
            struct Body: Content { var personId: UUID?; var person: PersonRecord?; var context: VictimContext }
            let body = try request.content.decode(Body.self)
            let choice = try PersonChoiceDTO(personId: body.personId, person: body.person).choice(at: "person")
            return created(try await request.caseService.addVictim(try request.caller(), caseID: try request.uuidParameter("id"), person: choice, context: body.context))
        }

        api.add(APIOperation(
            method: .PUT, path: "/cases/{id}/victims/{victimId}", operationID: "updateVictim", summary: "Replace a victim's context on the case. A final trafficking-status decision (Actual or NotA) needs, where the country requires it, an approved `TraffickingStatusDecision` request (409 until then).", tag: tag,
            parameters: [caseID, .path("victimId", "The victim's id.")], requestBody: .ref("VictimContext"),
            success: .init(status: 204, description: "Saved."), errors: [404, 409, 422]
        )) { request -> HTTPStatus in
            try await request.caseService.updateVictim(try request.caller(), caseID: try request.uuidParameter("id"), victimID: try request.uuidParameter("victimId"), context: try request.content.decode(VictimContext.self))
            return .noContent
        }

        api.add(APIOperation(
            method: .POST, path: "/cases/{id}/perpetrators", operationID: "addPerpetrator", summary: "Add a perpetrator: `personId` of someone registered, or `person` for someone new.", tag: tag,
            parameters: [caseID], requestBody: .object(choice + [("context", .ref("PerpetratorContext"))], required: []),
            success: .init(status: 201, description: "The new perpetrator's id.", schema: createdSchema), errors: [404, 409, 422]
        )) { request in
            struct Body: Content { var personId: UUID?; var person: PersonRecord?; var context: PerpetratorContext? }
            let body = try request.content.decode(Body.self)
            let choice = try PersonChoiceDTO(personId: body.personId, person: body.person).choice(at: "person")
            return created(try await request.caseService.addPerpetrator(try request.caller(), caseID: try request.uuidParameter("id"), person: choice, context: body.context ?? PerpetratorContext()))
        }

        api.add(APIOperation(
            method: .DELETE, path: "/cases/{id}/participants/{participantId}", operationID: "removeParticipant",
            summary: "Take a victim or perpetrator off the case (for a mistaken entry); the person stays registered.", tag: tag,
            parameters: [caseID, .path("participantId", "The victim's or perpetrator's id.")],
            success: .init(status: 204, description: "Removed."), errors: [404]
        )) { request -> HTTPStatus in
            try await request.caseService.removeParticipant(try request.caller(), caseID: try request.uuidParameter("id"), participantID: try request.uuidParameter("participantId"))
            return .noContent
        }

        api.add(APIOperation(
            method: .PUT, path: "/cases/{id}/persons/{personId}", operationID: "updatePerson", summary: "Replace the details of a person on the case.", tag: tag,
            parameters: [caseID, .path("personId", "The person's id.")], requestBody: .ref("Person"),
            success: .init(status: 204, description: "Saved."), errors: [403, 404, 422]
        )) { request -> HTTPStatus in
            try await request.caseService.updatePerson(try request.caller(), caseID: try request.uuidParameter("id"), personID: try request.uuidParameter("personId"), record: try request.content.decode(PersonRecord.self))
            return .noContent
        }
    }

    static func registerRoute(on api: APIRegistry) {
        struct Body: Content { var victimId: UUID?; var event: RouteEvent }
        let body = JSONSchema.object([("victimId", .uuid), ("event", .ref("RouteEvent"))], required: ["event"])
        api.add(APIOperation(
            method: .POST, path: "/cases/{id}/events", operationID: "addEvent", summary: "Add a recruitment, transit or exploitation event to the route.", tag: tag,
            parameters: [caseID], requestBody: body,
            success: .init(status: 201, description: "The new event's id.", schema: createdSchema), errors: [404, 422]
        )) { request in
            let input = try request.content.decode(Body.self)
            return created(try await request.caseService.addEvent(try request.caller(), caseID: try request.uuidParameter("id"), victimID: input.victimId, event: input.event))
        }

        api.add(APIOperation(
            method: .PUT, path: "/cases/{id}/events/{eventId}", operationID: "updateEvent", summary: "Replace an event of the route.", tag: tag,
            parameters: [caseID, .path("eventId", "The event's id.")], requestBody: body,
            success: .init(status: 204, description: "Saved."), errors: [404, 422]
        )) { request -> HTTPStatus in
            let input = try request.content.decode(Body.self)
            try await request.caseService.updateEvent(try request.caller(), caseID: try request.uuidParameter("id"), eventID: try request.uuidParameter("eventId"), victimID: input.victimId, event: input.event)
            return .noContent
        }

        api.add(APIOperation(
            method: .DELETE, path: "/cases/{id}/events/{eventId}", operationID: "deleteEvent", summary: "Remove an event from the route.", tag: tag,
            parameters: [caseID, .path("eventId", "The event's id.")],
            success: .init(status: 204, description: "Removed."), errors: [404]
        )) { request -> HTTPStatus in
            try await request.caseService.deleteEvent(try request.caller(), caseID: try request.uuidParameter("id"), eventID: try request.uuidParameter("eventId"))
            return .noContent
        }
    }

    static func registerConsent(on api: APIRegistry) {
        api.add(APIOperation(
            method: .POST, path: "/cases/{id}/consents", operationID: "recordConsent", summary: "Record a victim's answer to one consent purpose.", tag: tag,
            parameters: [caseID], requestBody: .object([
                ("personId", .uuid), ("purpose", CaseSchemas.code(ConsentPurpose.self)), ("granted", .boolean),
                ("givenOn", .string(format: "date")), ("method", CaseSchemas.code(ConsentMethod.self)), ("givenBy", .string()),
                ("shares", .array(CaseSchemas.code(DisclosureGroup.self))),
            ], required: ["personId", "purpose", "granted", "givenOn", "method"]),
            success: .init(status: 201, description: "The answer's id.", schema: createdSchema), errors: [404, 422]
        )) { request in
            struct Body: Content {
                var personId: UUID; var purpose: ConsentPurpose; var granted: Bool; var givenOn: PartialDate; var method: ConsentMethod; var givenBy: String?
                /// For a consent to referral, what it lets a referral share; everything when left out.
                var shares: Set<DisclosureGroup>?
            }
            let body = try request.content.decode(Body.self)
            let input = ConsentInput(personID: body.personId, purpose: body.purpose, granted: body.granted, givenOn: body.givenOn, method: body.method, givenBy: body.givenBy,
                                     shares: body.shares ?? Set(DisclosureGroup.allCases))
            return created(try await request.caseService.recordConsent(try request.caller(), caseID: try request.uuidParameter("id"), input))
        }

        api.add(APIOperation(
            method: .POST, path: "/cases/{id}/consents/{consentId}/withdrawal", operationID: "withdrawConsent",
            summary: "Withdraw a consent at once; the answer is kept, marked withdrawn.", tag: tag,
            parameters: [caseID, .path("consentId", "The consent answer's id.")], requestBody: .object([("note", .string())], required: []),
            success: .init(status: 204, description: "Withdrawn."), errors: [404, 409]
        )) { request -> HTTPStatus in
            struct Body: Content { var note: String? }
            let body = (try? request.content.decode(Body.self)) ?? Body(note: nil)
            try await request.caseService.withdrawConsent(try request.caller(), caseID: try request.uuidParameter("id"), consentID: try request.uuidParameter("consentId"), note: body.note)
            return .noContent
        }
    }

    static func registerSupport(on api: APIRegistry) {
        struct PlanBody: Content {
            var victimId: UUID; var type: SupportPlanType; var objectives: String?; var actionPlan: String?; var plannedEnd: PartialDate?; var actualEnd: PartialDate?
            var input: SupportPlanInput { SupportPlanInput(victimID: victimId, type: type, objectives: objectives, actionPlan: actionPlan, plannedEnd: plannedEnd, actualEnd: actualEnd) }
        }
        let planSchema = JSONSchema.object([
            ("victimId", .uuid), ("type", CaseSchemas.code(SupportPlanType.self)), ("objectives", .string()), ("actionPlan", .string()),
            ("plannedEnd", CaseSchemas.partialDate), ("actualEnd", CaseSchemas.partialDate),
        ], required: ["victimId", "type"])
        api.add(APIOperation(
            method: .POST, path: "/cases/{id}/support-plans", operationID: "addSupportPlan", summary: "Add a support plan for a victim.", tag: tag,
            parameters: [caseID], requestBody: planSchema,
            success: .init(status: 201, description: "The plan's id.", schema: createdSchema), errors: [404, 422]
        )) { request in
            created(try await request.caseService.addPlan(try request.caller(), caseID: try request.uuidParameter("id"), try request.content.decode(PlanBody.self).input))
        }
        api.add(APIOperation(
            method: .PUT, path: "/cases/{id}/support-plans/{planId}", operationID: "updateSupportPlan", summary: "Replace a support plan.", tag: tag,
            parameters: [caseID, .path("planId", "The plan's id.")], requestBody: planSchema,
            success: .init(status: 204, description: "Saved."), errors: [404, 422]
        )) { request -> HTTPStatus in
            try await request.caseService.updatePlan(try request.caller(), caseID: try request.uuidParameter("id"), planID: try request.uuidParameter("planId"), try request.content.decode(PlanBody.self).input)
            return .noContent
        }

        struct ServiceBody: Content {
            var victimId: UUID; var planId: UUID?; var type: ServiceType; var need: String?; var providerId: UUID?; var providerName: String?
            var status: ServiceStatus?; var startOn: PartialDate?; var endOn: PartialDate?; var notes: String?
            var input: ServiceInput {
                ServiceInput(victimID: victimId, planID: planId, type: type, need: need, providerID: providerId, providerName: providerName,
                             status: status ?? .planned, startOn: startOn, endOn: endOn, notes: notes)
            }
        }
        let serviceSchema = JSONSchema.object([
            ("victimId", .uuid), ("planId", .uuid), ("type", CaseSchemas.code(ServiceType.self)), ("need", .string()), ("providerId", .uuid),
            ("providerName", .string()), ("status", CaseSchemas.code(ServiceStatus.self)), ("startOn", CaseSchemas.partialDate),
            ("endOn", CaseSchemas.partialDate), ("notes", .string()),
        ], required: ["victimId", "type"])
        api.add(APIOperation(
            method: .POST, path: "/cases/{id}/services", operationID: "addService", summary: "Record a service given to a victim.", tag: tag,
            parameters: [caseID], requestBody: serviceSchema,
            success: .init(status: 201, description: "The service's id.", schema: createdSchema), errors: [404, 422]
        )) { request in
            created(try await request.caseService.addService(try request.caller(), caseID: try request.uuidParameter("id"), try request.content.decode(ServiceBody.self).input))
        }
        api.add(APIOperation(
            method: .PUT, path: "/cases/{id}/services/{serviceId}", operationID: "updateService", summary: "Replace a service record.", tag: tag,
            parameters: [caseID, .path("serviceId", "The service's id.")], requestBody: serviceSchema,
            success: .init(status: 204, description: "Saved."), errors: [404, 422]
        )) { request -> HTTPStatus in
            try await request.caseService.updateService(try request.caller(), caseID: try request.uuidParameter("id"), serviceID: try request.uuidParameter("serviceId"), try request.content.decode(ServiceBody.self).input)
            return .noContent
        }
    }

    static func registerNotes(on api: APIRegistry) {
        api.add(APIOperation(
            method: .POST, path: "/cases/{id}/comments", operationID: "addComment", summary: "Add a case comment.", tag: tag,
            parameters: [caseID], requestBody: .object([("body", .string())], required: ["body"]),
            success: .init(status: 201, description: "The comment's id.", schema: createdSchema), errors: [404, 422]
        )) { request in
            struct Body: Content { var body: String }
            return created(try await request.caseService.addComment(try request.caller(), caseID: try request.uuidParameter("id"), body: try request.content.decode(Body.self).body))
        }

        api.add(APIOperation(
            method: .POST, path: "/cases/{id}/attachments", operationID: "addAttachment",
            summary: "Attach a file (multipart/form-data, field `file`). PDF, JPEG, PNG, text, DOCX, ODT, MP3, M4A or Ogg, at most 10 MB; stored encrypted.", tag: tag,
            parameters: [caseID], requestBody: nil,
            success: .init(status: 201, description: "The attachment's id.", schema: createdSchema), errors: [404, 413, 422],
            maxBodySize: ByteCount(value: AttachmentPolicy.maximumBytes + 64 * 1024)
        )) { request in
            let upload = try request.content.decode(AttachmentUpload.self)
            return created(try await request.caseService.addAttachment(try request.caller(), caseID: try request.uuidParameter("id"), fileName: upload.file.filename, data: Data(buffer: upload.file.data)))
        }

        api.add(APIOperation(
            method: .GET, path: "/cases/{id}/attachments/{attachmentId}", operationID: "downloadAttachment", summary: "Download an attachment. Every download is audited.", tag: tag,
            parameters: [caseID, .path("attachmentId", "The attachment's id.")],
            success: .init(status: 200, description: "The file, with its type."), errors: [404]
        )) { request in
            let file = try await request.caseService.downloadAttachment(try request.caller(), caseID: try request.uuidParameter("id"), attachmentID: try request.uuidParameter("attachmentId"))
            return AttachmentResponse.make(file)
        }
    }
}

/// A multipart upload with one `file` field.
struct AttachmentUpload: Content {
    var file: File
}

enum AttachmentResponse {
    /// Always served as a download, never rendered inline, so an uploaded file cannot run in the page's origin.
    static func make(_ file: (fileName: String, contentType: String, data: Data)) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: file.contentType)
        let safeName = file.fileName.replacingOccurrences(of: "\"", with: "'")
        let encoded = safeName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "file"
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(safeName.filter(\.isASCII))\"; filename*=UTF-8''\(encoded)")
        return Response(status: .ok, headers: headers, body: .init(data: file.data))
    }
}
