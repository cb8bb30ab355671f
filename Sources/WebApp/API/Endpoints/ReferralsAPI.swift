import CaseModel
import Foundation
import Vapor

/// Referrals between organisations and anonymous notifications.
enum ReferralsAPI {
    static let tag = "Referrals"
    static let referralID = APIOperation.Parameter.path("id", "The referral's id.")
    static let createdSchema = CaseRecordsAPI.createdSchema

    static func register(on api: APIRegistry) {
        registerReferring(on: api)
        registerDecisions(on: api)
        registerNotifications(on: api)
    }

    static func registerReferring(on api: APIRegistry) {
        api.add(APIOperation(
            method: .POST, path: "/cases/{id}/referrals", operationID: "referVictim",
            summary: "Refer a victim of the case to another organisation for a service. Sharing personal data (`shares`) needs the victim's current consent to referral covering those parts; an empty `shares` refers with the minimal profile only.", tag: tag,
            parameters: [CasesAPI.caseID], requestBody: .object([
                ("victimId", .uuid), ("toOrganisationId", .uuid), ("serviceType", CaseSchemas.code(ServiceType.self)),
                ("shares", CaseSchemas.codes(DisclosureGroup.self)), ("note", .string()),
            ], required: ["victimId", "toOrganisationId", "serviceType"]),
            success: .init(status: 201, description: "The referral's id.", schema: createdSchema), errors: [403, 404, 422]
        )) { request in
            struct Body: Content { var victimId: UUID; var toOrganisationId: UUID; var serviceType: ServiceType; var shares: Set<DisclosureGroup>?; var note: String? }
            let body = try request.content.decode(Body.self)
            let input = NewReferral(victimID: body.victimId, toOrganisationID: body.toOrganisationId, serviceType: body.serviceType, shares: body.shares ?? [], note: body.note)
            let id = try await request.referralService.refer(try request.caller(), caseID: try request.uuidParameter("id"), input)
            return CaseRecordsAPI.created(id)
        }

        api.add(APIOperation(
            method: .GET, path: "/cases/{id}/referrals", operationID: "listCaseReferrals", summary: "The referrals made from a case, newest first.", tag: tag,
            parameters: [CasesAPI.caseID],
            success: .init(status: 200, description: "The referrals.", schema: .array(.ref("ReferralLine"))), errors: [404]
        )) { request in
            try await request.referralService.referrals(try request.caller(), caseID: try request.uuidParameter("id")).map(ReferralLineDTO.init)
        }

        api.add(APIOperation(
            method: .GET, path: "/referrals", operationID: "listReferrals",
            summary: "The organisation's referrals, newest first: `incoming` (the default) or `outgoing`. No personal data.", tag: tag,
            parameters: [
                .query("direction", "incoming or outgoing.", .string(values: ReferralService.Direction.allCases.map(\.rawValue))),
                .query("status", "Only referrals with this status.", CaseSchemas.code(ReferralStatus.self)),
            ] + APIOperation.Parameter.pagination,
            success: .init(status: 200, description: "A page of referrals.", schema: PageDTO<ReferralLineDTO>.schema(of: "ReferralLine")), errors: [400, 403]
        )) { request in
            let page = try await request.referralService.list(
                try request.caller(), direction: try request.queryChoice("direction") ?? .incoming, status: try request.queryChoice("status"),
                cursor: request.queryValue("cursor"), limit: try request.limit()
            )
            return PageDTO(page, ReferralLineDTO.init)
        }

        api.add(APIOperation(
            method: .GET, path: "/referrals/{id}", operationID: "getReferral",
            summary: "One referral, to its sender or receiver. The victim's identity, contact and case details appear only as far as a current consent covers them; nothing personal once the referral is declined, revoked or completed.", tag: tag,
            parameters: [referralID],
            success: .init(status: 200, description: "The referral.", schema: .ref("Referral")), errors: [404]
        )) { request in
            ReferralDTO(try await request.referralService.view(try request.caller(), id: try request.uuidParameter("id")))
        }
    }

    static func registerDecisions(on api: APIRegistry) {
        let comment = JSONSchema.object([("comment", .string())], required: [])
        let steps: [(String, ReferralStatus, String)] = [
            ("accept", .accepted, "The receiver accepts a pending referral."),
            ("revoke", .revoked, "The sender revokes a pending referral."),
            ("complete", .completed, "The receiver closes an accepted referral once the service is over; sharing ends."),
        ]
        for (verb, status, summary) in steps {
            api.add(APIOperation(
                method: .POST, path: "/referrals/{id}/\(verb)", operationID: "\(verb)Referral", summary: summary, tag: tag,
                parameters: [referralID], requestBody: comment,
                success: .init(status: 204, description: "Done."), errors: [403, 404, 409, 422]
            )) { request -> HTTPStatus in
                struct Body: Content { var comment: String? }
                let body = try? request.content.decode(Body.self)
                try await request.referralService.decide(try request.caller(), id: try request.uuidParameter("id"), to: status, comment: body?.comment)
                return .noContent
            }
        }

        api.add(APIOperation(
            method: .POST, path: "/referrals/{id}/decline", operationID: "declineReferral", summary: "The receiver declines a pending referral, with a reason.", tag: tag,
            parameters: [referralID], requestBody: .object([("reason", CaseSchemas.code(DeclineReason.self)), ("comment", .string())], required: ["reason"]),
            success: .init(status: 204, description: "Declined."), errors: [403, 404, 409, 422]
        )) { request -> HTTPStatus in
            struct Body: Content { var reason: DeclineReason?; var comment: String? }
            let body = try request.content.decode(Body.self)
            try await request.referralService.decide(try request.caller(), id: try request.uuidParameter("id"), to: .declined, reason: body.reason, comment: body.comment)
            return .noContent
        }

        api.add(APIOperation(
            method: .POST, path: "/referrals/{id}/first-service", operationID: "recordFirstService",
            summary: "The receiver records that the first service was given (once; later calls change nothing).", tag: tag,
            parameters: [referralID],
            success: .init(status: 204, description: "Recorded."), errors: [403, 404, 409]
        )) { request -> HTTPStatus in
            try await request.referralService.recordFirstService(try request.caller(), id: try request.uuidParameter("id"))
            return .noContent
        }
    }

    static func registerNotifications(on api: APIRegistry) {
        api.add(APIOperation(
            method: .POST, path: "/notifications", operationID: "notifyAnonymously",
            summary: "Notify a victim without identity (an adult who does not consent to referral): sex, age group, citizenship, forms of exploitation, country and month only. Any other field is refused.", tag: tag,
            requestBody: .ref("NewAnonymousNotification"),
            success: .init(status: 201, description: "The notification's id.", schema: createdSchema), errors: [403, 422]
        )) { request in
            let body = try request.content.decode([String: JSONValue].self)
            let extra = Set(body.keys).subtracting(AnonymousNotification.fields)
            guard extra.isEmpty else { throw AppError.invalid(extra.sorted().map { FieldError($0, .validationNotificationNoIdentity) }) }
            let input = try request.content.decode(AnonymousNotificationInput.self)
            return CaseRecordsAPI.created(try await request.notificationService.notify(try request.caller(), input.notification))
        }

        api.add(APIOperation(
            method: .GET, path: "/notifications", operationID: "listNotifications",
            summary: "Anonymous notifications, newest first: the organisation's own, or all of them for the coordinator and analysts.", tag: tag,
            parameters: APIOperation.Parameter.pagination,
            success: .init(status: 200, description: "A page of notifications.", schema: PageDTO<AnonymousNotificationDTO>.schema(of: "AnonymousNotification")), errors: [403]
        )) { request in
            let page = try await request.notificationService.list(try request.caller(), cursor: request.queryValue("cursor"), limit: try request.limit())
            return PageDTO(page, AnonymousNotificationDTO.init)
        }
    }
}

/// The body of `POST /notifications`.
struct AnonymousNotificationInput: Content {
    var sex: Gender?
    var ageGroup: AgeGroup?
    var citizenship: String?
    var exploitationTypes: Set<ExploitationType>?
    var exploitationCountry: String?
    var exploitationMonth: PartialDate?

    var notification: AnonymousNotification {
        AnonymousNotification(sex: sex, ageGroup: ageGroup ?? .unknown, citizenship: citizenship, exploitationTypes: exploitationTypes ?? [],
                              exploitationCountry: exploitationCountry, exploitationMonth: exploitationMonth)
    }
}

extension Request {
    var referralService: ReferralService { ReferralService(database: db, context: libertas) }
    var notificationService: AnonymousNotificationService { AnonymousNotificationService(database: db, context: libertas) }
}
