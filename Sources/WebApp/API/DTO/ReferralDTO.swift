import CaseModel
import Foundation
import Vapor

/// A referral in the API: the victim's parts appear only as far as the consent allows now.
struct ReferralDTO: Content {
    struct Step: Content {
        var status: ReferralStatus
        var organisationId: UUID
        var at: Date
        var comment: String?
    }

    var id: UUID
    var fromOrganisationId: UUID
    var toOrganisationId: UUID
    var serviceType: ServiceType
    var status: ReferralStatus
    var requestedShares: [DisclosureGroup]
    var shared: [DisclosureGroup]
    var note: String?
    var declineReason: DeclineReason?
    var referredAt: Date
    var decidedAt: Date?
    var firstServiceAt: Date?
    var closedAt: Date?
    var profile: ReferralView.Profile?
    var identity: ReferralView.Identity?
    var contact: ReferralView.Contact?
    var caseDetails: ReferralView.CaseDetails?
    var steps: [Step]

    init(_ view: ReferralView) {
        id = view.id
        fromOrganisationId = view.fromOrganisationID
        toOrganisationId = view.toOrganisationID
        serviceType = view.serviceType
        status = view.status
        requestedShares = view.requested.inListOrder
        shared = view.shared.inListOrder
        note = view.note
        declineReason = view.declineReason
        referredAt = view.referredAt
        decidedAt = view.decidedAt
        firstServiceAt = view.firstServiceAt
        closedAt = view.closedAt
        profile = view.profile
        identity = view.identity
        contact = view.contact
        caseDetails = view.caseDetails
        steps = view.steps.map { Step(status: $0.status, organisationId: $0.organisationID, at: $0.at, comment: $0.comment) }
    }

    static let schema: JSONSchema = {
        let text = JSONSchema.string()
        return .object([
            ("id", .uuid), ("fromOrganisationId", .uuid), ("toOrganisationId", .uuid),
            ("serviceType", CaseSchemas.code(ServiceType.self)), ("status", CaseSchemas.code(ReferralStatus.self)),
            ("requestedShares", CaseSchemas.codes(DisclosureGroup.self)), ("shared", CaseSchemas.codes(DisclosureGroup.self)),
            ("note", text), ("declineReason", CaseSchemas.code(DeclineReason.self)),
            ("referredAt", .dateTime), ("decidedAt", .dateTime), ("firstServiceAt", .dateTime), ("closedAt", .dateTime),
            ("profile", .object([
                ("gender", CaseSchemas.code(Gender.self)), ("ageGroup", .string(values: AgeGroup.allCases.map(\.rawValue))),
                ("citizenships", .array(text)), ("exploitationTypes", CaseSchemas.codes(ExploitationType.self)),
            ], required: ["ageGroup", "citizenships", "exploitationTypes"])),
            ("identity", .object([
                ("givenName", text), ("middleName", text), ("familyName", text), ("aliases", .array(text)), ("birthDate", text),
                ("primaryLanguage", text), ("secondaryLanguage", text), ("identityNumber", text),
            ], required: ["aliases"])),
            ("contact", .object([("phone", text), ("email", text), ("address", .ref("Address"))], required: [])),
            ("caseDetails", .object([("context", .ref("VictimContext")), ("route", .array(.ref("RouteEvent")))], required: ["context", "route"])),
            ("steps", .array(.object([
                ("status", CaseSchemas.code(ReferralStatus.self)), ("organisationId", .uuid), ("at", .dateTime), ("comment", text),
            ], required: ["status", "organisationId", "at"]))),
        ], required: ["id", "fromOrganisationId", "toOrganisationId", "serviceType", "status", "requestedShares", "shared", "referredAt", "steps"])
    }()
}

/// A line of a referral list: no personal data.
struct ReferralLineDTO: Content {
    var id: UUID
    /// The sender's case and victim; only the sender is told.
    var caseId: UUID?
    var victimId: UUID?
    var fromOrganisationId: UUID
    var toOrganisationId: UUID
    var serviceType: ServiceType
    var status: ReferralStatus
    var referredAt: Date
    var decidedAt: Date?

    init(_ line: ReferralService.Line) {
        id = line.id
        caseId = line.caseID
        victimId = line.victimID
        fromOrganisationId = line.fromOrganisationID
        toOrganisationId = line.toOrganisationID
        serviceType = line.serviceType
        status = line.status
        referredAt = line.referredAt
        decidedAt = line.decidedAt
    }

    static let schema: JSONSchema = .object([
        ("id", .uuid), ("caseId", .uuid), ("victimId", .uuid), ("fromOrganisationId", .uuid), ("toOrganisationId", .uuid),
        ("serviceType", CaseSchemas.code(ServiceType.self)), ("status", CaseSchemas.code(ReferralStatus.self)),
        ("referredAt", .dateTime), ("decidedAt", .dateTime),
    ], required: ["id", "fromOrganisationId", "toOrganisationId", "serviceType", "status", "referredAt"])
}

/// An anonymous notification: the only fields it can have.
struct AnonymousNotificationDTO: Content {
    var id: UUID
    var organisationId: UUID
    var notifiedMonth: String
    var sex: Gender?
    var ageGroup: AgeGroup
    var citizenship: String?
    var exploitationTypes: [ExploitationType]
    var exploitationCountry: String?
    var exploitationMonth: PartialDate?

    init(_ view: AnonymousNotificationView) {
        id = view.id
        organisationId = view.organisationID
        notifiedMonth = view.notifiedMonth
        sex = view.notification.sex
        ageGroup = view.notification.ageGroup
        citizenship = view.notification.citizenship
        exploitationTypes = view.notification.exploitationTypes.inListOrder
        exploitationCountry = view.notification.exploitationCountry
        exploitationMonth = view.notification.exploitationMonth
    }

    /// The fields a notification may carry: exactly ``AnonymousNotification/fields``.
    private static let fields: [(String, JSONSchema)] = [
        ("sex", CaseSchemas.code(Gender.self)), ("ageGroup", .string(values: AgeGroup.allCases.map(\.rawValue))),
        ("citizenship", .string()), ("exploitationTypes", CaseSchemas.codes(ExploitationType.self)),
        ("exploitationCountry", .string()), ("exploitationMonth", .string()),
    ]

    static let inputSchema: JSONSchema = .object(fields, required: [])

    static let schema: JSONSchema = .object(
        [("id", .uuid), ("organisationId", .uuid), ("notifiedMonth", .string())] + fields,
        required: ["id", "organisationId", "notifiedMonth", "ageGroup", "exploitationTypes"]
    )
}
