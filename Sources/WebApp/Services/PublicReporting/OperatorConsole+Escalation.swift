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
    /// An item is escalated once; a second try is a 409, also when two operators press at once.
    func escalate(_ caller: Caller, _ kind: OperatorItemKind, id: UUID, t: Localizer) async throws -> UUID {
        let row = try await loadRow(caller, kind, id: id, for: .update)
        let alreadyEscalated = AppError.conflict(FieldError("case", .operatorAlreadyEscalated))
        guard row.caseID == nil else { throw alreadyEscalated }
        do {
            return try await openCase(caller, kind, id: id, t: t)
        } catch is EscalatedMeanwhile {
            throw alreadyEscalated
        }
    }

    /// Another operator's escalation got there first; `caseID` is the case it opened.
    struct EscalatedMeanwhile: Error {
        let caseID: UUID
    }

    /// The alert or report, checked for `action` like every operator action on it.
    func loadRow(_ caller: Caller, _ kind: OperatorItemKind, id: UUID, for action: Action) async throws -> any OperatorHandledRow & Model {
        switch kind {
        case .alert: try await loadAlert(caller, id: id, for: action)
        case .report: try await reportDesk.load(caller, id: id, for: action)
        }
    }

    /// The case behind an escalation, through `CaseService.create`, so the registry's own
    /// checks and audit apply.
    ///
    /// The case belongs to the operator's organisation (the case service's rule). It holds
    /// one victim record for the person, so that the case can be referred at once; one
    /// route event where the person was, its country derived from the coordinates where
    /// the world outlines can tell; and a summary (sealed like every case summary) of what
    /// the operator could see — for a report, through its privacy policy — in the
    /// operator's language, `t`.
    ///
    /// The item is linked to the case in the case's own transaction, read again there: audited
    /// transactions take turns (on PostgreSQL under an advisory lock), so of two operators
    /// escalating at once, the second finds the first one's case, opens none and gets
    /// ``EscalatedMeanwhile``.
    func openCase(_ caller: Caller, _ kind: OperatorItemKind, id: UUID, t: Localizer) async throws -> UUID {
        let opening = try await opening(caller, kind, id: id, t: t)
        var lines = opening.lines
        var events: [(victimIndex: Int?, event: RouteEvent)] = []
        if let place = opening.place {
            lines.append(t(.operatorCasePosition, ["latitude": String(format: "%.6f", place.latitude), "longitude": String(format: "%.6f", place.longitude),
                                                   "metres": place.accuracyMeters.map { String(Int($0.rounded())) } ?? "?"]))
            var event = RouteEvent(type: .exploitation, dateFrom: PartialDate.today(opening.day),
                                   country: WorldShapes.country(containing: GeoPoint(longitude: place.longitude, latitude: place.latitude)),
                                   description: t(kind == .alert ? .operatorCaseEventAlert : .operatorCaseEventReport))
            event.latitude = place.latitude
            event.longitude = place.longitude
            events.append((nil, event))
        }
        let summary = String(lines.joined(separator: "\n").prefix(RecordValidation.maximumTextLength))
        let context = self.context
        let made = try await CaseService(database: database, context: context).create(caller, NewCase(
            record: CaseRecord(openedOn: PartialDate.today(context.now()), summary: summary),
            victims: [Self.victim(named: opening.personName)],
            events: events
        )) { tx, audit, caseID in
            let row: (any OperatorHandledRow & Model)? = switch kind {
            case .alert: try await PanicAlertModel.find(id, on: tx)
            case .report: try await PublicReportModel.find(id, on: tx)
            }
            guard let row else { throw AppError.notFound }
            if let other = row.caseID { throw EscalatedMeanwhile(caseID: other) }
            row.caseID = caseID
            row.noteAction(at: context.now())
            try await row.update(on: tx)
            var entry = AuditSummary()
            entry.set("case", from: nil, to: caseID.uuidString)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "\(kind.recordType).escalate", recordType: kind.recordType, recordID: id.uuidString, summary: entry))
        }
        return made.id
    }

    /// The person the item is about, as a possible victim (the registry's default status:
    /// nothing is verified yet). Only a name the person gave for themselves goes in.
    static func victim(named name: String?) -> NewVictim {
        var person = PersonRecord()
        person.givenName = name.map { String($0.prefix(RecordValidation.maximumNameLength)) }
        return NewVictim(person: .new(person), context: VictimContext(identifiedOn: nil))
    }

    /// What the case starts with, read from the item as this operator may see it (the reads are audited).
    private struct Opening {
        var lines: [String]
        var place: GeoFix?
        var day: Date
        /// The name the person gave for themselves, if any.
        var personName: String?
    }

    private func opening(_ caller: Caller, _ kind: OperatorItemKind, id: UUID, t: Localizer) async throws -> Opening {
        switch kind {
        case .alert:
            let view = try await alert(caller, id: id)
            var lines = [t(.operatorCaseFromAlert, ["id": id.uuidString, "time": t.dateTime(view.sentAt)])]
            if let basic = view.basicData {
                for (key, value) in [(TextKey.panicNameLabel, basic.name), (.panicPhoneLabel, basic.phone), (.panicNoteLabel, basic.note)] {
                    if let value { lines.append("\(t(key)): \(value)") }
                }
            }
            lines += view.notes.map { "— \($0.text)" }
            // Whoever pressed the button is the person at risk, and typed their own name.
            return Opening(lines: lines, place: view.location, day: view.sentAt, personName: view.basicData?.name)
        case .report:
            let view = try await reportDesk.view(caller, id: id)
            var lines = [t(.operatorCaseFromReport, ["code": view.code, "time": t.dateTime(view.receivedAt)]), view.description]
            lines += view.followUps.map { "+ \($0.text)" }
            lines += view.notes.map { "— \($0.text)" }
            // Unnamed: a reporter is often a witness, so their name is not the victim's, and the
            // form's privacy policy keeps who reported out of anything wider than the console.
            return Opening(lines: lines, place: view.location, day: view.occurredAt ?? view.receivedAt, personName: nil)
        }
    }
}
