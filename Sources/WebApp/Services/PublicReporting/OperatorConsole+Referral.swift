import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import Localization
import Storage

/// What an operator asks for when referring an item, as typed: each field gets its own 422.
struct OperatorReferralRequest: Sendable {
    var toOrganisationID: String?
    var serviceType: String?
    var note: String?
}

extension OperatorConsole {
    struct Referred: Sendable {
        var caseID: UUID
        var referralID: UUID
        /// What the referral shares beyond the minimal profile: what a recorded consent covers.
        var shares: Set<DisclosureGroup>
    }

    /// Refers the person behind an alert or report to another organisation for a service,
    /// as a referral of the registry like any other (`ReferralService.refer`, with its
    /// checks, audit entry and the receiver's `referralReceived`).
    ///
    /// A referral needs a case and a victim: an item not yet escalated is escalated first
    /// (``openCase(_:_:id:t:)``, which gives the case its victim record). The referral
    /// carries the minimal profile and, beyond it, only what a consent to referral recorded
    /// on the case covers: pressing the button or sending a report asks for help, not for the
    /// person's name and details to be passed on. The item records the referral (so every
    /// operator sees it) and its own audit entry says where it went, with no personal data.
    func refer(_ caller: Caller, _ kind: OperatorItemKind, id: UUID, _ request: OperatorReferralRequest, t: Localizer) async throws -> Referred {
        let loaded = try await loadRow(caller, kind, id: id, for: .update)
        let referrals = ReferralService(database: database, context: context)
        let (to, service, note) = try await validate(request, referrals, from: caller.user.organisationID)
        let caseID: UUID
        let row: any OperatorHandledRow & Model
        if let existing = loaded.caseID {
            caseID = existing
            row = loaded
            try await requireHeld(caller, caseID: existing)
        } else {
            do {
                caseID = try await openCase(caller, kind, id: id, t: t)
            } catch let meanwhile as EscalatedMeanwhile {
                // Escalated at the same moment (another tab, another operator): refer within that
                // case if this operator holds it; if not, `requireHeld` says who does (409).
                caseID = meanwhile.caseID
                try await requireHeld(caller, caseID: caseID)
            }
            row = try await loadRow(caller, kind, id: id, for: .update) // as the escalation left it
        }
        let victimID = try await victim(caller, caseID: caseID)
        let pending = try await ReferralModel.query(on: database)
            .filter(\.$caseFile.$id == caseID).filter(\.$victim.$id == victimID).filter(\.$toOrganisationID == to)
            .filter(\.$serviceType == service.rawValue).filter(\.$status == ReferralStatus.pending.rawValue).count()
        guard pending == 0 else { throw AppError.conflict(FieldError("toOrganisationId", .operatorReferralPending)) }
        let file = try await CaseFileLoader(database: database, context: context).load(try await requireHeld(caller, caseID: caseID))
        let shares = referrals.readiness(file)[victimID]?.shareable ?? []

        let now = context.now()
        let referralID = try await referrals.refer(caller, caseID: caseID, NewReferral(victimID: victimID, toOrganisationID: to, serviceType: service, shares: shares, note: note)) { tx, audit, referralID in
            try await OperatorReferralModel(referralID: referralID, itemKind: kind.rawValue, itemID: id).create(on: tx)
            row.noteAction(at: now)
            try await row.update(on: tx)
            var entry = AuditSummary()
            entry.set("referral", from: nil, to: referralID.uuidString)
            entry.note("case", caseID.uuidString)
            entry.note("to", to.uuidString)
            entry.note("serviceType", service.rawValue)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "\(kind.recordType).refer", recordType: kind.recordType, recordID: id.uuidString, summary: entry))
        }
        return Referred(caseID: caseID, referralID: referralID, shares: shares)
    }

    /// Every field checked before anything is opened, so a mistyped referral leaves no case behind.
    private func validate(_ request: OperatorReferralRequest, _ referrals: ReferralService, from: UUID) async throws -> (UUID, ServiceType, String?) {
        var validator = Validator()
        let typed = FormValue.text(request.toOrganisationID)
        let to = typed.flatMap(UUID.init(uuidString:))
        if let to {
            try await referrals.checkReceiver(to, from: from, into: &validator)
        } else {
            validator.add("toOrganisationId", typed == nil ? .validationRequired : .validationReferralOrganisation)
        }
        let service = FormValue.code(request.serviceType, ServiceType.self, field: "serviceType", &validator)
        if FormValue.text(request.serviceType) == nil { validator.add("serviceType", .validationRequired) }
        let note = validator.optionalText(request.note, field: "note", maxLength: ReferralService.noteLimit)
        try validator.throwIfInvalid()
        return (to!, service!, note)
    }

    /// The item's case, when the caller still holds it. Someone else's (the operator who
    /// opened it, or the case worker it was since assigned to) is a 409 that says so, not
    /// the 404 and `access.denied` of a probe: the item shows its case to every operator.
    @discardableResult
    private func requireHeld(_ caller: Caller, caseID: UUID) async throws -> CaseFileModel {
        guard let model = try await CaseFileModel.find(caseID, on: database) else { throw AppError.notFound }
        guard context.policy.decide(caller.principal, .update, CaseService.facts(model)).isAllowed else {
            throw AppError.conflict(FieldError("case", .operatorCaseHeldElsewhere))
        }
        return model
    }

    /// The person the case was opened for: its first victim. A case escalated before
    /// escalation added one gets an unnamed victim now.
    private func victim(_ caller: Caller, caseID: UUID) async throws -> UUID {
        if let first = try await VictimModel.query(on: database).filter(\.$caseFile.$id == caseID).sort(\.$createdAt).sort(\.$id).first() {
            return try first.requireID()
        }
        let newcomer = Self.victim(named: nil)
        return try await CaseService(database: database, context: context).addVictim(caller, caseID: caseID, person: newcomer.person, context: newcomer.context)
    }
}
