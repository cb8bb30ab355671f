import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage

/// Transfer of a case's ownership to another organisation: the owner's
/// supervisor requests it, the receiver's supervisor accepts or declines.
///
/// A transfer hands over the whole file, so every victim's current consent to
/// referral must cover every part of it (or, for a child, the national policy
/// must allow it). People on the case who are also on another of the sender's
/// cases cannot move without splitting that other file, so the request is
/// refused with their names. On acceptance the case, its people and their name
/// index move in one transaction; the accepting supervisor becomes its assignee
/// and its owner of record (the audit log keeps the creator); referrals the sender
/// made from it now belong to the new owner, and any referral to the new owner
/// is completed, since it owns the case now.
struct TransferService {
    let database: any Database
    let context: LibertasContext

    var cases: CaseService { CaseService(database: database, context: context) }

    func request(_ caller: Caller, caseID: UUID, to target: UUID, comment: String?) async throws -> UUID {
        let caseModel = try await cases.load(caller, id: caseID, for: .administer)
        let from = caseModel.$organisation.id
        var validator = Validator()
        let comment = validator.optionalText(comment, field: "comment", maxLength: 4000)
        let organisation = try await OrganisationModel.find(target, on: database)
        if organisation?.active != true || target == from { validator.add("toOrganisationId", .validationReferralOrganisation) }
        try validator.throwIfInvalid()
        if try await CaseTransferModel.query(on: database).filter(\.$caseFile.$id == caseID).filter(\.$status == TransferStatus.pending.rawValue).count() > 0 {
            throw AppError.conflict(FieldError("toOrganisationId", .validationTransferPending))
        }
        let file = try await CaseFileLoader(database: database, context: context).load(caseModel)
        try consentCoversEverything(file)
        try await noPersonOnOtherCases(file, organisationID: from)

        let now = context.now()
        let row = CaseTransferModel(caseID: caseID, from: from, to: target, requestedBy: caller.user.id, at: now)
        let id = try row.requireID()
        row.commentCipher = try context.cipher.sealOptional(comment, field: CaseTransferModel.EncryptedField.comment, rowID: id)
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.create(on: tx)
            var summary = AuditSummary()
            summary.note("case", caseID.uuidString)
            summary.set("to", from: nil, to: target.uuidString)
            if comment != nil { summary.setRedacted("comment") }
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.transfer.request", recordType: "caseTransfer",
                                              recordID: id.uuidString, organisationID: from, summary: summary))
            try await context.events.publish([DomainEvent(kind: .transferRequested, subjectID: id, caseID: nil, organisationID: target)], on: tx)
        }
        return id
    }

    enum Decision: String, Sendable { case accept, decline, cancel }

    func decide(_ caller: Caller, id: UUID, _ decision: Decision, comment: String?) async throws {
        guard let row = try await CaseTransferModel.find(id, on: database) else { throw AppError.notFound }
        let end = caller.user.organisationID
        let deciderOrganisation = decision == .cancel ? row.fromOrganisationID : row.toOrganisationID
        // Only the two organisations learn that the transfer exists; only the right end's supervisors decide.
        guard end == row.fromOrganisationID || end == row.toOrganisationID else { throw AppError.notFound }
        guard end == deciderOrganisation, mayDecide(caller) else {
            try await context.refuse(caller, .administer, .caseFile, recordID: row.$caseFile.id.uuidString, organisationID: row.fromOrganisationID, on: database)
        }
        var validator = Validator()
        let comment = validator.optionalText(comment, field: "comment", maxLength: 4000)
        try validator.throwIfInvalid()
        guard row.status == TransferStatus.pending.rawValue else { throw AppError.conflict(FieldError("status", .validationTransferNotPending)) }
        guard let caseModel = try await CaseFileModel.find(row.$caseFile.id, on: database) else { throw AppError.notFound }
        if decision == .accept {
            // The consent is asked again: it may have been withdrawn since the request.
            let file = try await CaseFileLoader(database: database, context: context).load(caseModel)
            try consentCoversEverything(file)
            try await noPersonOnOtherCases(file, organisationID: row.fromOrganisationID)
        }
        let status: TransferStatus = switch decision {
        case .accept: .accepted
        case .decline: .declined
        case .cancel: .cancelled
        }
        let now = context.now()
        let previousCreator = caseModel.$createdBy.id
        row.status = status.rawValue
        row.decidedBy = caller.user.id
        row.decidedAt = now
        row.decisionCommentCipher = try context.cipher.sealOptional(comment, field: CaseTransferModel.EncryptedField.decisionComment, rowID: id)
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.update(on: tx)
            if decision == .accept {
                try await move(caseModel, from: row.fromOrganisationID, to: row.toOrganisationID, by: caller.user.id, at: now, on: tx)
                try await StatisticsFacts.refresh(caseIDs: [row.$caseFile.id], on: tx)
            }
            var summary = AuditSummary()
            summary.note("case", row.$caseFile.id.uuidString)
            summary.set("status", from: TransferStatus.pending.rawValue, to: status.rawValue)
            if decision == .accept {
                summary.set("organisation", from: row.fromOrganisationID.uuidString, to: row.toOrganisationID.uuidString)
                summary.set("createdBy", from: previousCreator?.uuidString, to: caller.user.id.uuidString)
            }
            if comment != nil { summary.setRedacted("comment") }
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.transfer.\(decision.rawValue)", recordType: "caseTransfer",
                                              recordID: id.uuidString, organisationID: end, summary: summary))
            if decision != .cancel {
                try await context.events.publish([DomainEvent(kind: decision == .accept ? .transferAccepted : .transferDeclined, subjectID: id,
                                                              caseID: row.$caseFile.id, organisationID: row.fromOrganisationID)], on: tx)
            }
        }
    }

    /// A transfer as either end sees it: no personal data, and the case's id only for the side that owns it now.
    struct Line: Sendable {
        let id: UUID
        let caseID: UUID?
        let reference: String
        let fromOrganisationID: UUID
        let toOrganisationID: UUID
        let status: TransferStatus
        let requestedAt: Date
        let decidedAt: Date?
        let comment: String?
    }

    /// The caller organisation's transfers, newest first: incoming (to decide) or outgoing.
    func list(_ caller: Caller, direction: ReferralService.Direction, pendingOnly: Bool = false) async throws -> [Line] {
        let org = caller.user.organisationID
        guard context.listFilter(caller, .caseFile) != .nothing else { try await context.refuse(caller, .list, .caseFile, on: database) }
        let query = CaseTransferModel.query(on: database).with(\.$caseFile)
        switch direction {
        case .incoming: query.filter(\.$toOrganisationID == org)
        case .outgoing: query.filter(\.$fromOrganisationID == org)
        }
        if pendingOnly { query.filter(\.$status == TransferStatus.pending.rawValue) }
        return try await query.sort(\.$requestedAt, .descending).limit(PageSize.maximum).all().map { row in
            let id = try row.requireID()
            return Line(
                id: id, caseID: row.caseFile.$organisation.id == org ? row.$caseFile.id : nil, reference: row.caseFile.reference,
                fromOrganisationID: row.fromOrganisationID, toOrganisationID: row.toOrganisationID,
                status: TransferStatus(rawValue: row.status) ?? .pending, requestedAt: row.requestedAt, decidedAt: row.decidedAt,
                comment: try context.cipher.openOptional(row.commentCipher, field: CaseTransferModel.EncryptedField.comment, rowID: id)
            )
        }
    }

    /// The pending transfer of a case, for its page.
    func pending(caseID: UUID) async throws -> CaseTransferModel? {
        try await CaseTransferModel.query(on: database).filter(\.$caseFile.$id == caseID).filter(\.$status == TransferStatus.pending.rawValue).first()
    }

    func mayDecide(_ caller: Caller) -> Bool {
        context.policy.scope(for: caller.principal, action: .administer, kind: .caseFile) != nil
    }

    // MARK: Rules

    private func consentCoversEverything(_ file: CaseFileView) throws {
        let referrals = ReferralService(database: database, context: context)
        let everything = Set(DisclosureGroup.allCases)
        let problems = file.victims.compactMap { victim -> FieldError? in
            guard let refusal = ReferralDisclosure.refusal(everything, consents: ReferralService.consents(file, victim), isChild: referrals.isChild(victim),
                                                           policy: context.config.referrals.childConsent) else { return nil }
            var error = ReferralService.fieldError(refusal)
            error.field = "consent"
            return error
        }
        if !problems.isEmpty { throw AppError.invalid([FieldError("consent", .validationTransferNeedsConsent)] + problems) }
    }

    private func noPersonOnOtherCases(_ file: CaseFileView, organisationID: UUID) async throws {
        let people = Set(file.victims.map(\.personID) + file.perpetrators.map(\.personID))
        guard !people.isEmpty else { return }
        let elsewhere = try await VictimModel.query(on: database).filter(\.$person.$id ~~ people).filter(\.$caseFile.$id != file.id).all().map(\.$person.id)
            + PerpetratorModel.query(on: database).filter(\.$person.$id ~~ people).filter(\.$caseFile.$id != file.id).all().map(\.$person.id)
        guard !elsewhere.isEmpty else { return }
        let names = (file.victims.map { ($0.personID, $0.person.fullName) } + file.perpetrators.map { ($0.personID, $0.person.fullName) })
            .filter { elsewhere.contains($0.0) }.map { $0.1.isEmpty ? "—" : $0.1 }
        throw AppError.invalid([FieldError("toOrganisationId", .validationTransferSharedPeople, ["names": Array(Set(names)).sorted().joined(separator: ", ")])])
    }

    private func move(_ caseModel: CaseFileModel, from: UUID, to: UUID, by receiver: UUID, at now: Date, on tx: any Database) async throws {
        let caseID = try caseModel.requireID()
        caseModel.$organisation.id = to
        // Access follows the assignee, or else the creator, even across organisations
        // (`CaseService.facts`): both become the supervisor who accepted, or the
        // sender's worker would keep the case. The audit entry keeps who they were.
        caseModel.$assignedTo.id = receiver
        caseModel.$createdBy.id = receiver
        try await caseModel.update(on: tx)
        let people = try await VictimModel.query(on: tx).filter(\.$caseFile.$id == caseID).all().map(\.$person.id)
            + PerpetratorModel.query(on: tx).filter(\.$caseFile.$id == caseID).all().map(\.$person.id)
        if !people.isEmpty {
            try await PersonModel.query(on: tx).filter(\.$id ~~ people).set(\.$organisation.$id, to: to).update()
            try await PersonNameIndexModel.query(on: tx).filter(\.$personID ~~ people).set(\.$organisationID, to: to).update()
        }
        try await ReferralModel.query(on: tx).filter(\.$caseFile.$id == caseID).filter(\.$toOrganisationID == to)
            .filter(\.$status ~~ [ReferralStatus.pending.rawValue, ReferralStatus.accepted.rawValue])
            .set(\.$status, to: ReferralStatus.completed.rawValue).set(\.$closedAt, to: now).update()
        try await ReferralModel.query(on: tx).filter(\.$caseFile.$id == caseID).filter(\.$fromOrganisationID == from).filter(\.$toOrganisationID != to)
            .set(\.$fromOrganisationID, to: to).update()
    }
}
