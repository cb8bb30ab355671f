import CaseModel
import Foundation
import Localization
import Vapor

/// Referral pages: refer from a case, the incoming and outgoing lists, one
/// referral with its decisions, and the anonymous notification of a victim.
enum ReferralPagesController {
    static func register(on routes: any RoutesBuilder) {
        routes.post("cases", ":id", "referrals", use: refer)
        routes.get("cases", ":id", "victims", ":victimId", "notify", use: notifyForm)
        routes.post("cases", ":id", "victims", ":victimId", "notify", use: notify)
        let referrals = routes.grouped("referrals")
        referrals.get(use: index)
        referrals.get(":id") { request in try await show(request) }
        let decisions: [(String, ReferralStatus, TextKey)] = [
            ("accept", .accepted, .referralAcceptedFlash), ("revoke", .revoked, .referralRevokedFlash),
            ("complete", .completed, .referralCompletedFlash), ("decline", .declined, .referralDeclinedFlash),
        ]
        for (verb, status, flash) in decisions {
            referrals.post(":id", PathComponent(stringLiteral: verb)) { request in try await decide(request, to: status, flash: flash) }
        }
        referrals.post(":id", "first-service", use: firstService)
    }

    static func refer(_ request: Request) async throws -> Response {
        struct Form: Content { var victimId: String?; var toOrganisationId: String?; var serviceType: String?; var shares: [String]?; var note: String? }
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(Form.self)
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .referralSentFlash, anchor: "referrals") {
            var validator = Validator()
            let victimID = FormValue.text(form.victimId).flatMap(UUID.init(uuidString:))
            let to = FormValue.text(form.toOrganisationId).flatMap(UUID.init(uuidString:))
            let service = FormValue.code(form.serviceType, ServiceType.self, field: "serviceType", &validator)
            let shares = FormValue.codes(form.shares, DisclosureGroup.self, field: "shares", &validator)
            if victimID == nil { validator.add("victimId", .validationRequired) }
            if to == nil { validator.add("toOrganisationId", .validationRequired) }
            if service == nil { validator.add("serviceType", .validationRequired) }
            try validator.throwIfInvalid()
            _ = try await request.referralService.refer(caller, caseID: id, NewReferral(
                victimID: victimID!, toOrganisationID: to!, serviceType: service!, shares: shares, note: FormValue.text(form.note)
            ))
        }
    }

    static func index(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let direction: ReferralService.Direction = (try? request.queryChoice("direction")) ?? .incoming
        let status: ReferralStatus? = try? request.queryChoice("status")
        let cursor = request.queryValue("cursor")
        let page = try await request.referralService.list(caller, direction: direction, status: status, cursor: cursor, limit: nil)
        let names = try await UserPagesController.organisationNames(request, caller)
        return request.page { ReferralPages.list($0, .init(page: page, direction: direction, status: status, isFirstPage: cursor == nil, organisationNames: names)) }
    }

    static func show(_ request: Request, errors: FormErrors = .none, status: HTTPResponseStatus = .ok) async throws -> Response {
        let caller = try request.caller()
        let view = try await request.referralService.view(caller, id: try request.uuidParameter("id"))
        let names = try await UserPagesController.organisationNames(request, caller)
        let model = ReferralPages.DetailModel(referral: view, isSender: caller.user.organisationID == view.fromOrganisationID, organisationNames: names, errors: errors)
        return request.page({ ReferralPages.detail($0, model) }, status: status)
    }

    static func decide(_ request: Request, to status: ReferralStatus, flash: TextKey) async throws -> Response {
        struct Form: Content { var reason: String?; var comment: String? }
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(Form.self)
        do {
            var validator = Validator()
            let reason = FormValue.code(form.reason, DeclineReason.self, field: "reason", &validator)
            try validator.throwIfInvalid()
            try await request.referralService.decide(caller, id: id, to: status, reason: reason, comment: FormValue.text(form.comment))
            return request.redirect(to: "/referrals/\(id)", flash: flash)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            return try await show(request, errors: FormErrors(error.fieldErrors, t: request.localizer), status: .unprocessableEntity)
        }
    }

    static func firstService(_ request: Request) async throws -> Response {
        let id = try request.uuidParameter("id")
        try await request.referralService.recordFirstService(try request.caller(), id: id)
        return request.redirect(to: "/referrals/\(id)", flash: .referralFirstServiceFlash)
    }

    // MARK: Anonymous notification

    static func notifyForm(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let caseID = try request.uuidParameter("id")
        let file = try await request.caseService.get(caller, id: caseID)
        guard let victim = file.victims.first(where: { $0.id == (try? request.uuidParameter("victimId")) }) else { throw AppError.notFound }
        let form = NotificationForm(prefilledFrom: victim, file: file, today: PartialDate.today(request.libertas.now()))
        return request.page { NotificationPages.page($0, caseID: caseID, victimID: victim.id, reference: file.reference, values: form, errors: .none) }
    }

    static func notify(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let caseID = try request.uuidParameter("id")
        let victimID = try request.uuidParameter("victimId")
        let form = try request.content.decode(NotificationForm.self)
        do {
            var validator = Validator()
            let notification = form.notification(&validator)
            try validator.throwIfInvalid()
            _ = try await request.notificationService.notify(caller, notification, fromCase: caseID)
            return request.redirect(to: "/cases/\(caseID)#referrals", flash: .notificationSentFlash)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let model = try await request.caseService.load(caller, id: caseID, for: .read)
            let errors = FormErrors(error.fieldErrors, t: request.localizer)
            return request.page({ NotificationPages.page($0, caseID: caseID, victimID: victimID, reference: model.reference, values: form, errors: errors) },
                                status: .unprocessableEntity)
        }
    }
}
