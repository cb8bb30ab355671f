import AccessControl
import AuditTrail
import Fluent
import Foundation
import PublicReporting
import Storage

extension OperatorConsole {
    struct AlertView: Sendable {
        var id: UUID
        var status: PanicAlertModel.Status
        var location: GeoFix?
        var sentAt: Date
        var receivedAt: Date
        var basicData: PanicBasicData?
        var assignedOperatorID: UUID?
        var checklist: Set<OperatorChecklistItem>
        var caseID: UUID?
        var notes: [ReportOperatorDesk.Note]
        var firstActionAt: Date?
        var closedAt: Date?
        var referrals: [OperatorReferralLine] = []
    }

    /// One alert with its pre-registered data, notes and referrals; the read is audited.
    func alert(_ caller: Caller, id: UUID) async throws -> AlertView {
        let alert = try await loadAlert(caller, id: id, for: .read)
        let cipher = context.cipher
        let basic = try cipher.openOptional(alert.basicDataCipher, field: PanicAlertModel.EncryptedField.basicData, rowID: id)
            .map { try JSONDecoder().decode(PanicBasicData.self, from: Data($0.utf8)) }
        let notes = try await PanicAlertNoteModel.query(on: database).filter(\.$alertID == id).sort(\.$createdAt).all().map { row in
            ReportOperatorDesk.Note(authorID: row.authorID, text: try cipher.open(row.bodyCipher, field: PanicAlertNoteModel.EncryptedField.body, rowID: try row.requireID()), createdAt: row.createdAt)
        }
        try await context.audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "panicAlert.read", recordType: OperatorItemKind.alert.recordType, recordID: id.uuidString), on: database)
        let location = alert.latitude.flatMap { lat in alert.longitude.map { GeoFix(latitude: lat, longitude: $0, accuracyMeters: alert.accuracyMeters) } }
        return AlertView(id: id, status: .init(rawValue: alert.status) ?? .new, location: location, sentAt: alert.sentAt, receivedAt: alert.receivedAt,
                         basicData: basic, assignedOperatorID: alert.assignedOperatorID, checklist: OperatorChecklistItem.parse(alert.checklist),
                         caseID: alert.caseID, notes: notes, firstActionAt: alert.firstActionAt, closedAt: alert.closedAt,
                         referrals: try await OperatorReferralLine.lines(itemIDs: [id], on: database)[id] ?? [])
    }

    /// Gives the item to a hotline operator (nil puts it back in the queue).
    func assign(_ caller: Caller, _ kind: OperatorItemKind, id: UUID, to operatorID: UUID?) async throws {
        guard kind == .alert else { return try await reportDesk.assign(caller, id: id, to: operatorID) }
        let alert = try await loadAlert(caller, id: id, for: .update)
        if let operatorID {
            let user = try await UserQueries.find(id: operatorID, on: database)
            guard let user, user.active, user.roleNames.contains(Role.hotlineOperator.rawValue) else {
                throw AppError.invalid([FieldError("operator", .reportOperatorInvalid)])
            }
        }
        try await change(caller, alert, id: id, action: "panicAlert.assign") { summary in
            summary.set("assignedOperator", from: alert.assignedOperatorID?.uuidString, to: operatorID?.uuidString)
            alert.assignedOperatorID = operatorID
        }
    }

    func setStatus(_ caller: Caller, _ kind: OperatorItemKind, id: UUID, to status: PanicAlertModel.Status) async throws {
        guard kind == .alert else { return try await reportDesk.setStatus(caller, id: id, to: status) }
        let alert = try await loadAlert(caller, id: id, for: .update)
        try await change(caller, alert, id: id, action: "panicAlert.status") { summary in
            summary.set("status", from: alert.status, to: status.rawValue)
            alert.move(to: status, at: context.now())
        }
    }

    /// A contact note: whom the operator reached and what was said. Sealed; redacted in the audit log.
    func addNote(_ caller: Caller, _ kind: OperatorItemKind, id: UUID, text: String?) async throws -> UUID {
        guard kind == .alert else { return try await reportDesk.addNote(caller, id: id, text: text) }
        let alert = try await loadAlert(caller, id: id, for: .update)
        var validator = Validator()
        let body = validator.requireText(text, field: "text", maxLength: 20_000)
        try validator.throwIfInvalid()
        let noteID = UUID.random()
        let row = PanicAlertNoteModel(id: noteID, alertID: id, authorID: caller.user.id,
                                      bodyCipher: try context.cipher.seal(body, field: PanicAlertNoteModel.EncryptedField.body, rowID: noteID), createdAt: context.now())
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.create(on: tx)
            alert.noteAction(at: context.now())
            try await alert.update(on: tx)
            var summary = AuditSummary()
            summary.note("note", noteID.uuidString)
            summary.setRedacted("text")
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "panicAlert.note.add", recordType: OperatorItemKind.alert.recordType, recordID: id.uuidString, summary: summary))
        }
        return noteID
    }

    /// Which verification steps are done; the whole list is replaced.
    func setChecklist(_ caller: Caller, _ kind: OperatorItemKind, id: UUID, to items: Set<OperatorChecklistItem>) async throws {
        let stored = OperatorChecklistItem.stored(items)
        switch kind {
        case .alert:
            let alert = try await loadAlert(caller, id: id, for: .update)
            try await change(caller, alert, id: id, action: "panicAlert.checklist") { summary in
                summary.set("checklist", from: alert.checklist, to: stored)
                alert.checklist = stored
            }
        case .report:
            let report = try await reportDesk.load(caller, id: id, for: .update)
            try await context.audit.transaction(on: database) { tx, audit in
                var summary = AuditSummary()
                summary.set("checklist", from: report.checklist, to: stored)
                report.checklist = stored
                report.noteAction(at: context.now())
                try await report.update(on: tx)
                try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "publicReport.checklist", recordType: kind.recordType, recordID: id.uuidString, summary: summary))
            }
        }
    }

    var reportDesk: ReportOperatorDesk { ReportOperatorDesk(database: database, context: context) }

    func loadAlert(_ caller: Caller, id: UUID, for action: Action) async throws -> PanicAlertModel {
        let alert = try await PanicAlertModel.find(id, on: database)
        try await context.authorize(caller, action, RecordFacts(kind: .publicReport, ownerUserID: alert?.assignedOperatorID), recordID: id.uuidString, on: database)
        guard let alert else { throw AppError.notFound }
        return alert
    }

    /// Applies `edit` to the alert and records it, with the action stamped for the response times.
    private func change(_ caller: Caller, _ alert: PanicAlertModel, id: UUID, action: String, _ edit: (inout AuditSummary) -> Void) async throws {
        var changes = AuditSummary()
        edit(&changes)
        let summary = changes
        alert.noteAction(at: context.now())
        try await context.audit.transaction(on: database) { tx, audit in
            try await alert.update(on: tx)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: action, recordType: OperatorItemKind.alert.recordType, recordID: id.uuidString, summary: summary))
        }
    }
}
