import CaseModel
import Foundation
import Reporting
import Storage
import Vapor

/// Form posts for the route, consent, support, comments and attachments.
extension CaseRecordPagesController {
    static func addEvent(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(EventForm.self)
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .caseEventAdded, anchor: "route") {
            var validator = Validator()
            let (victimID, event) = form.event(&validator)
            try validator.throwIfInvalid()
            _ = try await request.caseService.addEvent(caller, caseID: id, victimID: victimID, event: event)
        }
    }

    static func addJusticeStage(_ request: Request) async throws -> Response {
        struct Form: Content { var perpetratorId: String?; var stage: String?; var reachedOn: String?; var article: String? }
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(Form.self)
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .caseJusticeStageAdded, anchor: "perpetrators") {
            var validator = Validator()
            let stage = FormValue.text(form.stage).flatMap(JusticeStage.init(rawValue:))
            if stage == nil { validator.add("stage", .validationRequired) }
            let reachedOn = FormValue.date(form.reachedOn, field: "reachedOn", &validator)
            if reachedOn == nil, FormValue.text(form.reachedOn) == nil { validator.add("reachedOn", .validationRequired) }
            let perpetratorID = FormValue.text(form.perpetratorId).flatMap(UUID.init(uuidString:))
            if perpetratorID == nil { validator.add("perpetratorId", .validationRequired) }
            try validator.throwIfInvalid()
            _ = try await request.caseService.addJusticeStage(caller, caseID: id, perpetratorID: perpetratorID!, stage: stage!, reachedOn: reachedOn!, article: form.article)
        }
    }

    static func deleteJusticeStage(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let stageID = try request.uuidParameter("stageId")
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .caseJusticeStageDeleted, anchor: "perpetrators") {
            try await request.caseService.deleteJusticeStage(caller, caseID: id, stageID: stageID)
        }
    }

    static func deleteEvent(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let eventID = try request.uuidParameter("eventId")
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .caseEventDeleted, anchor: "route") {
            try await request.caseService.deleteEvent(caller, caseID: id, eventID: eventID)
        }
    }

    static func recordConsent(_ request: Request) async throws -> Response {
        struct Form: Content {
            var personId: String?; var purpose: String?; var granted: String?; var givenOn: String?; var method: String?; var givenBy: String?
            var shares: [String]?
        }
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(Form.self)
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .caseConsentRecorded, anchor: "consent") {
            var validator = Validator()
            let purpose = FormValue.code(form.purpose, ConsentPurpose.self, field: "purpose", &validator)
            let method = FormValue.code(form.method, ConsentMethod.self, field: "method", &validator)
            let givenOn = FormValue.date(form.givenOn, field: "givenOn", &validator)
            let personID = FormValue.text(form.personId).flatMap(UUID.init(uuidString:))
            let shares = FormValue.codes(form.shares, DisclosureGroup.self, field: "shares", &validator)
            if purpose == nil { validator.add("purpose", .validationRequired) }
            // A referral without personal data needs no consent, so a consent to referral that shares nothing says nothing.
            if purpose == .referral && form.granted != "false" && shares.isEmpty { validator.add("consentShares", .validationConsentSharesRequired) }
            if method == nil { validator.add("method", .validationRequired) }
            if givenOn == nil { validator.add("givenOn", .validationRequired) }
            if personID == nil { validator.add("personId", .validationRequired) }
            try validator.throwIfInvalid()
            _ = try await request.caseService.recordConsent(caller, caseID: id, ConsentInput(
                personID: personID!, purpose: purpose!, granted: form.granted != "false", givenOn: givenOn!, method: method!, givenBy: FormValue.text(form.givenBy),
                shares: purpose == .referral ? shares : []
            ))
        }
    }

    static func withdrawConsent(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let consentID = try request.uuidParameter("consentId")
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .caseConsentWithdrawn, anchor: "consent") {
            try await request.caseService.withdrawConsent(caller, caseID: id, consentID: consentID, note: nil)
        }
    }

    static func addPlan(_ request: Request) async throws -> Response {
        struct Form: Content { var victimId: String?; var type: String?; var objectives: String?; var actionPlan: String?; var plannedEnd: String? }
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(Form.self)
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .caseSupportAdded, anchor: "support") {
            var validator = Validator()
            let type = FormValue.code(form.type, SupportPlanType.self, field: "type", &validator)
            let victimID = FormValue.text(form.victimId).flatMap(UUID.init(uuidString:))
            let plannedEnd = FormValue.date(form.plannedEnd, field: "plannedEnd", &validator)
            if type == nil { validator.add("type", .validationRequired) }
            if victimID == nil { validator.add("victimId", .validationRequired) }
            try validator.throwIfInvalid()
            _ = try await request.caseService.addPlan(caller, caseID: id, SupportPlanInput(
                victimID: victimID!, type: type!, objectives: FormValue.text(form.objectives), actionPlan: FormValue.text(form.actionPlan), plannedEnd: plannedEnd, actualEnd: nil
            ))
        }
    }

    static func addService(_ request: Request) async throws -> Response {
        struct Form: Content {
            var victimId: String?; var type: String?; var need: String?; var providerId: String?; var providerName: String?; var status: String?; var startOn: String?
        }
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(Form.self)
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .caseSupportAdded, anchor: "support") {
            var validator = Validator()
            let type = FormValue.code(form.type, ServiceType.self, field: "type", &validator)
            let status = FormValue.code(form.status, ServiceStatus.self, field: "status", &validator) ?? .planned
            let victimID = FormValue.text(form.victimId).flatMap(UUID.init(uuidString:))
            let startOn = FormValue.date(form.startOn, field: "startOn", &validator)
            if type == nil { validator.add("type", .validationRequired) }
            if victimID == nil { validator.add("victimId", .validationRequired) }
            try validator.throwIfInvalid()
            _ = try await request.caseService.addService(caller, caseID: id, ServiceInput(
                victimID: victimID!, planID: nil, type: type!, need: FormValue.text(form.need),
                providerID: FormValue.text(form.providerId).flatMap(UUID.init(uuidString:)), providerName: FormValue.text(form.providerName),
                status: status, startOn: startOn, endOn: nil, notes: nil
            ))
        }
    }

    static func addComment(_ request: Request) async throws -> Response {
        struct Form: Content { var body: String? }
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(Form.self)
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .caseCommentAdded, anchor: "comments") {
            _ = try await request.caseService.addComment(caller, caseID: id, body: form.body ?? "")
        }
    }

    static func addAttachment(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let upload = try? request.content.decode(AttachmentUpload.self)
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .caseAttachmentAdded, anchor: "attachments") {
            guard let upload else { throw AppError.invalid([FieldError("file", .validationRequired)]) }
            _ = try await request.caseService.addAttachment(caller, caseID: id, fileName: upload.file.filename, data: Data(buffer: upload.file.data))
        }
    }

    static func downloadAttachment(_ request: Request) async throws -> Response {
        let file = try await request.caseService.downloadAttachment(try request.caller(), caseID: try request.uuidParameter("id"), attachmentID: try request.uuidParameter("attachmentId"))
        return AttachmentResponse.make(file)
    }
}
