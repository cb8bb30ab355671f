import AccessControl
import AuditTrail
import Fluent
import Foundation
import Storage

extension LibertasContext {
    /// Asks the access policy, and refuses with 403 or 404 when it says no.
    func authorize(_ caller: Caller, _ action: Action, _ facts: RecordFacts, recordID: String? = nil, on database: any Database) async throws {
        guard case .denied(let visible) = policy.decide(caller.principal, action, facts) else { return }
        try await refuse(caller, action, facts.kind, recordID: recordID, organisationID: facts.organisationID, visible: visible, on: database)
    }

    /// Writes the refusal to the audit log, so that someone probing for other
    /// organisations' records leaves a trail, then throws 403 (`visible`) or 404.
    func refuse(
        _ caller: Caller,
        _ action: Action,
        _ kind: RecordKind,
        recordID: String? = nil,
        organisationID: UUID? = nil,
        visible: Bool = true,
        on database: any Database
    ) async throws -> Never {
        var summary = AuditSummary()
        summary.note("attempted", action.rawValue)
        try await audit.record(
            AuditEvent(actor: caller.actor, origin: caller.origin, action: "access.denied", recordType: kind.rawValue, recordID: recordID, organisationID: organisationID, summary: summary),
            on: database
        )
        throw visible ? AppError.forbidden : AppError.notFound
    }

    /// The rows of `kind` the caller may see in a list.
    func listFilter(_ caller: Caller, _ kind: RecordKind, action: Action = .list) -> RecordFilter {
        policy.filter(for: caller.principal, action: action, kind: kind)
    }
}
