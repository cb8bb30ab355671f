import AccessControl
import AuditTrail
import CaseModel
import Charts
import Fluent
import Foundation
import Localization
import PublicReporting
import Storage

extension OperatorConsole {
    /// Opens a case in the registry from an alert or report and links it from the item.
    ///
    /// The case belongs to the operator's organisation (the case service's rule), with one
    /// route event where the person was, its country derived from the coordinates where the
    /// world outlines can tell, and a summary (sealed like every case summary) holding what
    /// the operator could see: for a report, through its privacy policy. The summary is written
    /// in the operator's language, `t`. An item is escalated once; a second try is a 409.
    func escalate(_ caller: Caller, _ kind: OperatorItemKind, id: UUID, t: Localizer) async throws -> UUID {
        let row: any OperatorHandledRow & Model
        var lines: [String]
        let place: GeoFix?
        let day: Date
        switch kind {
        case .alert:
            let alert = try await loadAlert(caller, id: id, for: .update)
            guard alert.caseID == nil else { throw AppError.conflict(FieldError("case", .operatorAlreadyEscalated)) }
            let view = try await self.alert(caller, id: id)
            row = alert
            place = view.location
            day = view.sentAt
            lines = [t(.operatorCaseFromAlert, ["id": id.uuidString, "time": t.dateTime(view.sentAt)])]
            if let basic = view.basicData {
                for (key, value) in [(TextKey.panicNameLabel, basic.name), (.panicPhoneLabel, basic.phone), (.panicNoteLabel, basic.note)] {
                    if let value { lines.append("\(t(key)): \(value)") }
                }
            }
            lines += view.notes.map { "— \($0.text)" }
        case .report:
            let report = try await reportDesk.load(caller, id: id, for: .update)
            guard report.caseID == nil else { throw AppError.conflict(FieldError("case", .operatorAlreadyEscalated)) }
            let view = try await reportDesk.view(caller, id: id)
            row = report
            place = view.location
            day = view.occurredAt ?? view.receivedAt
            lines = [t(.operatorCaseFromReport, ["code": view.code, "time": t.dateTime(view.receivedAt)]), view.description]
            lines += view.followUps.map { "+ \($0.text)" }
            lines += view.notes.map { "— \($0.text)" }
        }
        if let place {
            lines.append(t(.operatorCasePosition, ["latitude": String(format: "%.6f", place.latitude), "longitude": String(format: "%.6f", place.longitude),
                                                   "metres": place.accuracyMeters.map { String(Int($0.rounded())) } ?? "?"]))
        }
        var events: [(victimIndex: Int?, event: RouteEvent)] = []
        if let place {
            var event = RouteEvent(type: .exploitation, dateFrom: PartialDate.today(day),
                                   country: WorldShapes.country(containing: GeoPoint(longitude: place.longitude, latitude: place.latitude)),
                                   description: t(kind == .alert ? .operatorCaseEventAlert : .operatorCaseEventReport))
            event.latitude = place.latitude
            event.longitude = place.longitude
            events.append((nil, event))
        }
        let summary = String(lines.joined(separator: "\n").prefix(RecordValidation.maximumTextLength))
        let made = try await CaseService(database: database, context: context)
            .create(caller, NewCase(record: CaseRecord(openedOn: PartialDate.today(context.now()), summary: summary), events: events))
        try await context.audit.transaction(on: database) { tx, audit in
            switch kind {
            case .alert: (row as! PanicAlertModel).caseID = made.id
            case .report: (row as! PublicReportModel).caseID = made.id
            }
            row.noteAction(at: context.now())
            try await row.update(on: tx)
            var entry = AuditSummary()
            entry.set("case", from: nil, to: made.id.uuidString)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "\(kind.recordType).escalate", recordType: kind.recordType, recordID: id.uuidString, summary: entry))
        }
        return made.id
    }
}
