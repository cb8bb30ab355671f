import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage

/// What a consent answer needs.
struct ConsentInput: Sendable {
    var personID: UUID
    var purpose: ConsentPurpose
    var granted: Bool
    var givenOn: PartialDate
    var method: ConsentMethod
    /// A guardian or authority, when not the person.
    var givenBy: String?
    /// For a consent to referral: what a referral may share.
    var shares: Set<DisclosureGroup> = Set(DisclosureGroup.allCases)
}

/// Consent: recorded per purpose, dated, and withdrawn without being erased.
extension CaseService {
    func recordConsent(_ caller: Caller, caseID: UUID, _ input: ConsentInput) async throws -> UUID {
        let model = try await load(caller, id: caseID, for: .update)
        var validator = Validator()
        if input.givenOn.isInFuture(today: today) || input.givenOn.precision != .day { validator.add("givenOn", .validationDayNotInFuture) }
        if input.method == .guardian, (input.givenBy ?? "").trimmingCharacters(in: .whitespaces).isEmpty { validator.add("givenBy", .validationRequired) }
        let onCase = try await VictimModel.query(on: database).filter(\.$caseFile.$id == caseID).filter(\.$person.$id == input.personID).count()
        if onCase == 0 { validator.add("personId", .validationVictimNotOnCase) }
        try validator.throwIfInvalid()
        let row = ConsentModel(caseID: caseID, personID: input.personID, purpose: input.purpose.rawValue, granted: input.granted,
                               givenOn: input.givenOn.description, method: input.method.rawValue, recordedBy: caller.user.id)
        let id = try row.requireID()
        row.shares = DisclosureGroup.text(of: input.shares)
        row.givenByCipher = try context.cipher.sealOptional(input.givenBy, field: ConsentModel.EncryptedField.givenBy, rowID: id)
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.create(on: tx)
            var summary = AuditSummary()
            summary.note("consent", id.uuidString)
            summary.note("person", input.personID.uuidString)
            summary.set("purpose", from: nil, to: input.purpose.rawValue)
            summary.set("granted", from: nil, to: String(input.granted))
            summary.set("method", from: nil, to: input.method.rawValue)
            if input.givenBy != nil { summary.setRedacted("givenBy") }
            if input.purpose == .referral { summary.set("shares", from: nil, to: row.shares) }
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.consent.record", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
        return id
    }

    /// Withdraws a consent at once. The answer stays, marked withdrawn, so the history is kept.
    func withdrawConsent(_ caller: Caller, caseID: UUID, consentID: UUID, note: String?) async throws {
        let model = try await load(caller, id: caseID, for: .update)
        guard let row = try await ConsentModel.query(on: database).filter(\.$id == consentID).filter(\.$caseFile.$id == caseID).first() else {
            throw AppError.notFound
        }
        guard row.withdrawnOn == nil, row.granted else { throw AppError.conflict(FieldError("consent", .validationConsentNotActive)) }
        row.withdrawnOn = today.firstDayText
        row.$withdrawalRecordedBy.id = caller.user.id
        row.withdrawalNoteCipher = try context.cipher.sealOptional(note, field: ConsentModel.EncryptedField.withdrawalNote, rowID: consentID)
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.update(on: tx)
            var summary = AuditSummary()
            summary.note("consent", consentID.uuidString)
            summary.set("purpose", from: nil, to: row.purpose)
            summary.set("withdrawnOn", from: nil, to: row.withdrawnOn)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.consent.withdraw", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
    }
}
