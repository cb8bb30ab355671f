import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage

/// The trafficking route of a case: recruitment, transit and exploitation events.
extension CaseService {
    func addEvent(_ caller: Caller, caseID: UUID, victimID: UUID?, event: RouteEvent) async throws -> UUID {
        let model = try await load(caller, id: caseID, for: .update)
        try RecordValidation.validate(event, at: "event", today: today).throwIfAny()
        try await requireVictim(victimID, on: caseID)
        let row = TraffickingEventModel(caseID: caseID, victimID: victimID, eventType: event.type.rawValue)
        try context.caseCodecs.event.apply(event, to: row)
        let eventID = try row.requireID()
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.create(on: tx)
            try await StatisticsFacts.refresh(caseIDs: [caseID], on: tx)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.event.add", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: Self.eventSummary(eventID, event)))
        }
        return eventID
    }

    func updateEvent(_ caller: Caller, caseID: UUID, eventID: UUID, victimID: UUID?, event: RouteEvent) async throws {
        let model = try await load(caller, id: caseID, for: .update)
        guard let row = try await TraffickingEventModel.query(on: database).filter(\.$id == eventID).filter(\.$caseFile.$id == caseID).first() else {
            throw AppError.notFound
        }
        try RecordValidation.validate(event, at: "event", today: today).throwIfAny()
        try await requireVictim(victimID, on: caseID)
        row.$victim.id = victimID
        try context.caseCodecs.event.apply(event, to: row)
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.update(on: tx)
            try await StatisticsFacts.refresh(caseIDs: [caseID], on: tx)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.event.update", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: Self.eventSummary(eventID, event)))
        }
    }

    func deleteEvent(_ caller: Caller, caseID: UUID, eventID: UUID) async throws {
        let model = try await load(caller, id: caseID, for: .update)
        guard let row = try await TraffickingEventModel.query(on: database).filter(\.$id == eventID).filter(\.$caseFile.$id == caseID).first() else {
            throw AppError.notFound
        }
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.delete(on: tx)
            try await StatisticsFacts.refresh(caseIDs: [caseID], on: tx)
            var summary = AuditSummary()
            summary.note("event", eventID.uuidString)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.event.delete", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
    }

    func requireVictim(_ victimID: UUID?, on caseID: UUID) async throws {
        guard let victimID else { return }
        if try await VictimModel.query(on: database).filter(\.$id == victimID).filter(\.$caseFile.$id == caseID).count() == 0 {
            throw AppError.invalid([FieldError("victimId", .validationVictimNotOnCase)])
        }
    }

    /// What the audit log keeps of an event: its type, month and country, never the description or place.
    static func eventSummary(_ id: UUID, _ event: RouteEvent) -> AuditSummary {
        var summary = AuditSummary()
        summary.note("event", id.uuidString)
        summary.set("type", from: nil, to: event.type.rawValue)
        summary.set("country", from: nil, to: event.country)
        summary.set("dateFrom", from: nil, to: event.dateFrom?.toMonth.description)
        if event.description != nil { summary.setRedacted("description") }
        return summary
    }
}
