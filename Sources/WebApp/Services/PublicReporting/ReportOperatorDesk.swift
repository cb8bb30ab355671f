import AccessControl
import AuditTrail
import Fluent
import Foundation
import PublicReporting
import Storage

/// The operators' side of a public report: read it through the form's privacy
/// policy, take it on, note what was done, move it along the queue.
///
/// The policy is applied here, on every read: only the operator the report is
/// assigned to sees the exact position and, when the form hides the reporter,
/// the contact details. Everyone else gets the rounded position stored in
/// plain columns and a note that the reporter is hidden.
struct ReportOperatorDesk {
    let database: any Database
    let context: LibertasContext

    struct View: Sendable {
        var id: UUID
        var code: String
        var status: PublicReportModel.Status
        var language: String
        var description: String
        var location: GeoFix?
        /// Whether `location` is the exact position (only for the assigned operator).
        var locationIsExact: Bool
        var occurredAt: Date?
        var occurredTimeKnown: Bool
        var receivedAt: Date
        var dateOnly: Bool
        var anonymous: Bool
        var contact: ReporterContact?
        /// The reporter left contact details that this reader may not see.
        var contactHidden: Bool
        var assignedOperatorID: UUID?
        var followUps: [ReporterDesk.FollowUp]
        var notes: [Note]
        var attachments: [Attachment]
        var checklist: Set<OperatorChecklistItem> = []
        var caseID: UUID?
        var firstActionAt: Date?
        var closedAt: Date?
        var referrals: [OperatorReferralLine] = []
    }

    struct Note: Sendable {
        var authorID: UUID
        var text: String
        var createdAt: Date
    }

    struct Attachment: Sendable {
        var id: UUID
        var contentType: String
        var sizeBytes: Int
    }

    func view(_ caller: Caller, id: UUID) async throws -> View {
        let report = try await load(caller, id: id, for: .read)
        let cipher = context.cipher
        let isAssigned = report.assignedOperatorID == caller.user.id
        var location: GeoFix?
        if isAssigned, let sealed = report.exactLocationCipher {
            location = ExactLocation(text: try cipher.open(sealed, field: PublicReportModel.EncryptedField.exactLocation, rowID: id))?.fix
        } else if let latitude = report.latitude, let longitude = report.longitude {
            location = GeoFix(latitude: latitude, longitude: longitude, accuracyMeters: report.accuracyMeters)
        }
        var contact: ReporterContact?
        let mayContact = isAssigned || !report.hideReporter
        if mayContact, let sealed = report.contactCipher {
            contact = try JSONDecoder().decode(ReporterContact.self, from: Data(try cipher.open(sealed, field: PublicReportModel.EncryptedField.contact, rowID: id).utf8))
        }
        let notes = try await PublicReportNoteModel.query(on: database).filter(\.$reportID == id).sort(\.$createdAt).all().map { row in
            Note(authorID: row.authorID, text: try cipher.open(row.bodyCipher, field: PublicReportNoteModel.EncryptedField.body, rowID: try row.requireID()), createdAt: row.createdAt)
        }
        let attachments = try await PublicReportAttachmentModel.query(on: database).filter(\.$reportID == id).all().map {
            Attachment(id: try $0.requireID(), contentType: $0.contentType, sizeBytes: $0.sizeBytes)
        }
        let reporterSide = try await ReporterDesk(database: database, context: context).status(of: report)
        var summary = AuditSummary()
        summary.note("exactLocation", isAssigned && report.exactLocationCipher != nil ? "shown" : "withheld")
        summary.note("contact", contact != nil ? "shown" : "withheld")
        try await context.audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "publicReport.read", recordType: RecordKind.publicReport.rawValue, recordID: id.uuidString, summary: summary), on: database)
        return View(
            id: id, code: report.code, status: PublicReportModel.Status(rawValue: report.status) ?? .new, language: report.language,
            description: try cipher.open(report.descriptionCipher, field: PublicReportModel.EncryptedField.description, rowID: id),
            location: location, locationIsExact: isAssigned && report.exactLocationCipher != nil,
            occurredAt: report.occurredAt, occurredTimeKnown: report.occurredTimeKnown, receivedAt: report.receivedAt, dateOnly: report.dateOnly,
            anonymous: report.anonymous, contact: contact, contactHidden: report.contactCipher != nil && contact == nil,
            assignedOperatorID: report.assignedOperatorID, followUps: reporterSide.followUps, notes: notes, attachments: attachments,
            checklist: OperatorChecklistItem.parse(report.checklist), caseID: report.caseID, firstActionAt: report.firstActionAt, closedAt: report.closedAt,
            referrals: try await OperatorReferralLine.lines(itemIDs: [id], on: database)[id] ?? []
        )
    }

    /// Gives the report to an operator (nil takes it back to the queue).
    func assign(_ caller: Caller, id: UUID, to operatorID: UUID?) async throws {
        let report = try await load(caller, id: id, for: .update)
        if let operatorID {
            let user = try await UserQueries.find(id: operatorID, on: database)
            guard let user, user.active, user.roleNames.contains(Role.hotlineOperator.rawValue) else {
                throw AppError.invalid([FieldError("operator", .reportOperatorInvalid)])
            }
        }
        try await context.audit.transaction(on: database) { tx, audit in
            let from = report.assignedOperatorID?.uuidString
            report.assignedOperatorID = operatorID
            report.noteAction(at: context.now())
            try await report.update(on: tx)
            var summary = AuditSummary()
            summary.set("assignedOperator", from: from, to: operatorID?.uuidString)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "publicReport.assign", recordType: RecordKind.publicReport.rawValue, recordID: id.uuidString, summary: summary))
        }
    }

    func setStatus(_ caller: Caller, id: UUID, to status: PublicReportModel.Status) async throws {
        let report = try await load(caller, id: id, for: .update)
        try await context.audit.transaction(on: database) { tx, audit in
            let from = report.status
            report.move(to: status, at: context.now())
            try await report.update(on: tx)
            var summary = AuditSummary()
            summary.set("status", from: from, to: status.rawValue)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "publicReport.status", recordType: RecordKind.publicReport.rawValue, recordID: id.uuidString, summary: summary))
        }
    }

    /// An operator's note: what was done, whom they spoke to. The reporter never reads these.
    func addNote(_ caller: Caller, id: UUID, text: String?) async throws -> UUID {
        let report = try await load(caller, id: id, for: .update)
        var validator = Validator()
        let body = validator.requireText(text, field: "text", maxLength: 20_000)
        try validator.throwIfInvalid()
        let noteID = UUID.random()
        let row = PublicReportNoteModel(id: noteID, reportID: id, authorID: caller.user.id,
                                        bodyCipher: try context.cipher.seal(body, field: PublicReportNoteModel.EncryptedField.body, rowID: noteID), createdAt: context.now())
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.create(on: tx)
            if report.firstActionAt == nil {
                report.noteAction(at: context.now())
                try await report.update(on: tx)
            }
            var summary = AuditSummary()
            summary.note("note", noteID.uuidString)
            summary.setRedacted("text")
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "publicReport.note.add", recordType: RecordKind.publicReport.rawValue, recordID: id.uuidString, summary: summary))
        }
        return noteID
    }

    func load(_ caller: Caller, id: UUID, for action: Action) async throws -> PublicReportModel {
        let report = try await PublicReportModel.find(id, on: database)
        try await context.authorize(caller, action, RecordFacts(kind: .publicReport, ownerUserID: report?.assignedOperatorID), recordID: id.uuidString, on: database)
        guard let report else { throw AppError.notFound }
        return report
    }
}
