import CaseModel
import Foundation
import PublicReporting
import Storage
import Vapor

/// One line of the operators' queue.
struct OperatorQueueItemDTO: Content {
    var kind: String
    var id: UUID
    var status: String
    var receivedAt: Date
    var label: String
    var assignedOperatorId: UUID?
    var latitude: Double?
    var longitude: Double?
    var accuracyMeters: Double?
    var caseId: UUID?
    var referrals: [OperatorReferralLineDTO]

    init(_ item: OperatorConsole.QueueItem) {
        kind = item.kind.rawValue
        id = item.id
        status = item.status.rawValue
        receivedAt = item.receivedAt
        label = item.label
        assignedOperatorId = item.assignedOperatorID
        latitude = item.latitude
        longitude = item.longitude
        accuracyMeters = item.accuracyMeters
        caseId = item.caseID
        referrals = item.referrals.map(OperatorReferralLineDTO.init)
    }

    static let statuses = JSONSchema.string(values: PanicAlertModel.Status.allCases.map(\.rawValue))
    static let schema = JSONSchema.object([
        ("kind", .string(values: OperatorItemKind.allCases.map(\.rawValue))), ("id", .uuid), ("status", statuses), ("receivedAt", .dateTime),
        ("label", .string(description: "The report's code, or A- and the start of the alert's id.")),
        ("assignedOperatorId", .nullable(.uuid)),
        ("latitude", .nullable(.number)), ("longitude", .nullable(.number)), ("accuracyMeters", .nullable(.number)),
        ("caseId", .nullable(.uuid)), ("referrals", .array(OperatorReferralLineDTO.schema)),
    ], required: ["kind", "id", "status", "receivedAt", "label", "referrals"])
}

/// A referral made from an item on the console: where, for what, how it stands. No personal data.
struct OperatorReferralLineDTO: Content {
    var id: UUID
    var toOrganisationId: UUID
    var serviceType: String
    var status: String
    var referredAt: Date
    var referredBy: UUID

    init(_ line: OperatorReferralLine) {
        id = line.id
        toOrganisationId = line.toOrganisationID
        serviceType = line.serviceType.rawValue
        status = line.status.rawValue
        referredAt = line.referredAt
        referredBy = line.referredBy
    }

    static let schema = JSONSchema.object([
        ("id", .uuid), ("toOrganisationId", .uuid), ("serviceType", CaseSchemas.code(ServiceType.self)), ("status", CaseSchemas.code(ReferralStatus.self)),
        ("referredAt", .dateTime), ("referredBy", .uuid),
    ], required: ["id", "toOrganisationId", "serviceType", "status", "referredAt", "referredBy"])
}

/// The page of finished items (Closed, FalseAlarm) in a queue answer.
struct OperatorClosedPageDTO: Content {
    var closedCount: Int
    var falseAlarmCount: Int
    var pageSize: Int
    var nextCursor: String?

    init(_ page: OperatorConsole.ClosedPage) {
        closedCount = page.closedCount
        falseAlarmCount = page.falseAlarmCount
        pageSize = OperatorConsole.closedPageSize
        nextCursor = page.nextCursor
    }

    static let schema = JSONSchema.object([
        ("closedCount", .integer(minimum: 0)), ("falseAlarmCount", .integer(minimum: 0)), ("pageSize", .integer(minimum: 1)),
        ("nextCursor", .nullable(.string(description: "Pass as `closed_cursor` for the next, older page of finished items; null on the last."))),
    ], required: ["closedCount", "falseAlarmCount", "pageSize"])
}

struct ResponseFiguresDTO: Content {
    var items: Int
    var acted: Int
    var closed: Int
    var medianSecondsToFirstAction: Double?
    var medianSecondsToClose: Double?

    init(_ figures: ResponseFigures) {
        items = figures.count
        acted = figures.acted
        closed = figures.closed
        medianSecondsToFirstAction = figures.medianToFirstAction
        medianSecondsToClose = figures.medianToClose
    }

    static let schema = JSONSchema.object([
        ("items", .integer(minimum: 0)), ("acted", .integer(minimum: 0)), ("closed", .integer(minimum: 0)),
        ("medianSecondsToFirstAction", .nullable(.number)), ("medianSecondsToClose", .nullable(.number)),
    ], required: ["items", "acted", "closed"])
}

struct OperatorQueueDTO: Content {
    var items: [OperatorQueueItemDTO]
    var closed: OperatorClosedPageDTO
    var alertFigures: ResponseFiguresDTO
    var reportFigures: ResponseFiguresDTO
    var version: String

    init(_ queue: OperatorConsole.Queue) {
        items = queue.items.map(OperatorQueueItemDTO.init)
        closed = OperatorClosedPageDTO(queue.closed)
        alertFigures = ResponseFiguresDTO(queue.alertFigures)
        reportFigures = ResponseFiguresDTO(queue.reportFigures)
        version = queue.version
    }

    static let schema = JSONSchema.object([
        ("items", .array(OperatorQueueItemDTO.schema)), ("closed", OperatorClosedPageDTO.schema),
        ("alertFigures", ResponseFiguresDTO.schema), ("reportFigures", ResponseFiguresDTO.schema),
        ("version", .string(description: "Changes whenever an item arrives or changes; poll it to know when to read the queue again.")),
    ], required: ["items", "closed", "alertFigures", "reportFigures", "version"])
}

struct OperatorNoteDTO: Content {
    var authorId: UUID
    var text: String
    var createdAt: Date

    init(_ note: ReportOperatorDesk.Note) {
        authorId = note.authorID
        text = note.text
        createdAt = note.createdAt
    }

    static let schema = JSONSchema.object([("authorId", .uuid), ("text", .string()), ("createdAt", .dateTime)], required: ["authorId", "text", "createdAt"])
}

struct PanicAlertDTO: Content {
    var id: UUID
    var status: String
    var latitude: Double?
    var longitude: Double?
    var accuracyMeters: Double?
    var country: String?
    var sentAt: Date
    var receivedAt: Date
    var basicData: PanicBasicData?
    var assignedOperatorId: UUID?
    var checklist: [String]
    var caseId: UUID?
    var notes: [OperatorNoteDTO]
    var firstActionAt: Date?
    var closedAt: Date?
    var referrals: [OperatorReferralLineDTO]

    init(_ view: OperatorConsole.AlertView, country: String?) {
        id = view.id
        status = view.status.rawValue
        latitude = view.location?.latitude
        longitude = view.location?.longitude
        accuracyMeters = view.location?.accuracyMeters
        self.country = country
        sentAt = view.sentAt
        receivedAt = view.receivedAt
        basicData = view.basicData
        assignedOperatorId = view.assignedOperatorID
        checklist = OperatorChecklistItem.allCases.filter(view.checklist.contains).map(\.rawValue)
        caseId = view.caseID
        notes = view.notes.map(OperatorNoteDTO.init)
        firstActionAt = view.firstActionAt
        closedAt = view.closedAt
        referrals = view.referrals.map(OperatorReferralLineDTO.init)
    }

    static let checklistSchema = JSONSchema.array(.string(values: OperatorChecklistItem.allCases.map(\.rawValue)))
    static let schema = JSONSchema.object([
        ("id", .uuid), ("status", OperatorQueueItemDTO.statuses),
        ("latitude", .nullable(.number)), ("longitude", .nullable(.number)), ("accuracyMeters", .nullable(.number)),
        ("country", .nullable(.string(description: "ISO 3166 alpha-3 of the country whose outline holds the point, when the 1:50m outlines can tell."))),
        ("sentAt", .dateTime), ("receivedAt", .dateTime),
        ("basicData", .nullable(.object([("name", .string()), ("phone", .string()), ("note", .string())], required: []))),
        ("assignedOperatorId", .nullable(.uuid)), ("checklist", checklistSchema), ("caseId", .nullable(.uuid)),
        ("notes", .array(OperatorNoteDTO.schema)), ("firstActionAt", .nullable(.dateTime)), ("closedAt", .nullable(.dateTime)),
        ("referrals", .array(OperatorReferralLineDTO.schema)),
    ], required: ["id", "status", "sentAt", "receivedAt", "checklist", "notes", "referrals"])
}

struct OperatorReportDTO: Content {
    var id: UUID
    var code: String
    var status: String
    var language: String
    var description: String
    var latitude: Double?
    var longitude: Double?
    var accuracyMeters: Double?
    var locationIsExact: Bool
    var occurredAt: Date?
    var receivedAt: Date
    var anonymous: Bool
    var contact: ReporterContact?
    var contactHidden: Bool
    var assignedOperatorId: UUID?
    var followups: [String]
    var notes: [OperatorNoteDTO]
    var attachments: Int
    var checklist: [String]
    var caseId: UUID?
    var referrals: [OperatorReferralLineDTO]

    init(_ view: ReportOperatorDesk.View) {
        id = view.id
        code = view.code
        status = view.status.rawValue
        language = view.language
        description = view.description
        latitude = view.location?.latitude
        longitude = view.location?.longitude
        accuracyMeters = view.location?.accuracyMeters
        locationIsExact = view.locationIsExact
        occurredAt = view.occurredAt
        receivedAt = view.receivedAt
        anonymous = view.anonymous
        contact = view.contact
        contactHidden = view.contactHidden
        assignedOperatorId = view.assignedOperatorID
        followups = view.followUps.map(\.text)
        notes = view.notes.map(OperatorNoteDTO.init)
        attachments = view.attachments.count
        checklist = OperatorChecklistItem.allCases.filter(view.checklist.contains).map(\.rawValue)
        caseId = view.caseID
        referrals = view.referrals.map(OperatorReferralLineDTO.init)
    }

    static let schema = JSONSchema.object([
        ("id", .uuid), ("code", .string()), ("status", OperatorQueueItemDTO.statuses), ("language", .string()), ("description", .string()),
        ("latitude", .nullable(.number)), ("longitude", .nullable(.number)), ("accuracyMeters", .nullable(.number)),
        ("locationIsExact", .boolean), ("occurredAt", .nullable(.dateTime)), ("receivedAt", .dateTime), ("anonymous", .boolean),
        ("contact", .nullable(.object([("name", .string()), ("phone", .string()), ("email", .string()), ("preferred", .string())], required: []))),
        ("contactHidden", .boolean), ("assignedOperatorId", .nullable(.uuid)), ("followups", .array(.string())),
        ("notes", .array(OperatorNoteDTO.schema)), ("attachments", .integer(minimum: 0)), ("checklist", PanicAlertDTO.checklistSchema),
        ("caseId", .nullable(.uuid)), ("referrals", .array(OperatorReferralLineDTO.schema)),
    ], required: ["id", "code", "status", "language", "description", "locationIsExact", "receivedAt", "anonymous", "contactHidden",
                  "followups", "notes", "attachments", "checklist", "referrals"])
}

struct OperatorDTO: Content {
    var id: UUID
    var name: String

    static let schema = JSONSchema.object([("id", .uuid), ("name", .string())], required: ["id", "name"])
}

/// Request bodies of the operator API.
struct OperatorAssignBody: Content {
    var operatorId: UUID?
}

struct OperatorStatusBody: Content {
    var status: String?
}

struct OperatorNoteBody: Content {
    var text: String?
}

struct OperatorChecklistBody: Content {
    var items: [String]?
}

struct OperatorEscalationDTO: Content {
    var caseId: UUID
}

/// Referring an item: typed as text, so a bad organisation id or service type is a 422 on its field.
struct OperatorReferBody: Content {
    var toOrganisationId: String?
    var serviceType: String?
    var note: String?

    var request: OperatorReferralRequest {
        OperatorReferralRequest(toOrganisationID: toOrganisationId, serviceType: serviceType, note: note)
    }
}

struct OperatorReferralDTO: Content {
    var caseId: UUID
    var referralId: UUID
    var shares: [String]

    init(_ made: OperatorConsole.Referred) {
        caseId = made.caseID
        referralId = made.referralID
        shares = made.shares.inListOrder.map(\.rawValue)
    }

    static let schema = JSONSchema.object([
        ("caseId", .uuid), ("referralId", .uuid),
        ("shares", .array(CaseSchemas.code(DisclosureGroup.self))),
    ], required: ["caseId", "referralId", "shares"])
}
