import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage

/// Supervisors' approvals of the steps of case work the country names
/// (`AppConfig.Workflow.approvalSteps`): request, approve, reject.
///
/// Requesting needs `update` on the case and `create` on approvals; deciding
/// is `administer` on the approval, which only supervisors of the case's
/// organisation hold, and never on one's own request. Changes the steps guard
/// wait for an approval (``requireApproval(for:caseID:)``): they are blocked,
/// not queued, so what is recorded is always what the worker last wrote.
struct ApprovalService {
    let database: any Database
    let context: LibertasContext

    static func facts(_ model: ApprovalModel) -> RecordFacts {
        RecordFacts(kind: .approval, ownerUserID: model.requestedBy, organisationID: model.organisationID)
    }

    var required: Set<ApprovalStep> { context.config.workflow.approvalSteps }
    var cases: CaseService { CaseService(database: database, context: context) }

    // MARK: Request and decide

    func request(_ caller: Caller, caseID: UUID, step: ApprovalStep, comment: String?) async throws -> UUID {
        let caseModel = try await cases.load(caller, id: caseID, for: .update)
        let organisationID = caseModel.$organisation.id
        try await context.authorize(caller, .create, RecordFacts(kind: .approval, ownerUserID: caller.user.id, organisationID: organisationID), on: database)
        var validator = Validator()
        let comment = validator.optionalText(comment, field: "comment", maxLength: 4000)
        try validator.throwIfInvalid()
        switch ApprovalRules.refusalToRequest(step, required: required, requests: try await requests(caseID: caseID)) {
        case .notRequired: throw AppError.invalid([FieldError("step", .validationApprovalNotRequired)])
        case .alreadyRequested: throw AppError.conflict(FieldError("step", .validationApprovalAlreadyRequested))
        case .notPending, .ownRequest, nil: break
        }
        let row = ApprovalModel(caseID: caseID, organisationID: organisationID, step: step.rawValue, requestedBy: caller.user.id, at: context.now())
        let id = try row.requireID()
        row.requestCommentCipher = try context.cipher.sealOptional(comment, field: ApprovalModel.EncryptedField.requestComment, rowID: id)
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.create(on: tx)
            var summary = AuditSummary()
            summary.note("case", caseID.uuidString)
            summary.set("step", from: nil, to: step.rawValue)
            summary.set("status", from: nil, to: ApprovalStatus.requested.rawValue)
            if comment != nil { summary.setRedacted("comment") }
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "approval.request", recordType: "approval", recordID: id.uuidString,
                                              organisationID: organisationID, summary: summary))
            try await context.events.publish([DomainEvent(kind: .approvalRequested, subjectID: id, caseID: caseID, organisationID: organisationID)], on: tx)
        }
        return id
    }

    /// Approves or rejects the newest, still waiting request of a step. A
    /// rejection needs a comment: the worker must learn what to change.
    func decide(_ caller: Caller, id: UUID, approve: Bool, comment: String?) async throws {
        guard let model = try await ApprovalModel.find(id, on: database) else { throw AppError.notFound }
        try await context.authorize(caller, .administer, Self.facts(model), recordID: id.uuidString, on: database)
        var validator = Validator()
        let comment = approve ? validator.optionalText(comment, field: "comment", maxLength: 4000) : validator.requireText(comment, field: "comment", maxLength: 4000)
        try validator.throwIfInvalid()
        let newest = try await ApprovalModel.query(on: database).filter(\.$caseFile.$id == model.$caseFile.id).filter(\.$step == model.step)
            .sort(\.$id, .descending).first()
        let request = ApprovalRequest(step: ApprovalStep(rawValue: model.step) ?? .caseClosure, status: ApprovalStatus(rawValue: model.status) ?? .requested, requestedBy: model.requestedBy)
        switch ApprovalRules.refusalToDecide(request, isNewest: newest?.id == id, decider: caller.user.id) {
        case .ownRequest: try await context.refuse(caller, .administer, .approval, recordID: id.uuidString, organisationID: model.organisationID, on: database)
        case .notPending, .alreadyRequested, .notRequired: throw AppError.conflict(FieldError("status", .validationApprovalNotPending))
        case nil: break
        }
        let status: ApprovalStatus = approve ? .approved : .rejected
        model.status = status.rawValue
        model.decidedBy = caller.user.id
        model.decidedAt = context.now()
        model.decisionCommentCipher = try context.cipher.sealOptional(comment, field: ApprovalModel.EncryptedField.decisionComment, rowID: id)
        try await context.audit.transaction(on: database) { tx, audit in
            try await model.update(on: tx)
            var summary = AuditSummary()
            summary.note("case", model.$caseFile.id.uuidString)
            summary.note("step", model.step)
            summary.set("status", from: ApprovalStatus.requested.rawValue, to: status.rawValue)
            if comment != nil { summary.setRedacted("comment") }
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "approval.\(approve ? "approve" : "reject")", recordType: "approval",
                                              recordID: id.uuidString, organisationID: model.organisationID, summary: summary))
            try await context.events.publish([DomainEvent(kind: .approvalDecided, subjectID: id, caseID: model.$caseFile.id, organisationID: model.organisationID,
                                                          userID: model.requestedBy)], on: tx)
        }
    }

    // MARK: Read

    /// A case's approvals, oldest first, for anyone who may read the case and approvals.
    func ofCase(_ caller: Caller, caseID: UUID) async throws -> CaseApprovals {
        let caseModel = try await cases.load(caller, id: caseID, for: .read)
        try await context.authorize(caller, .read, RecordFacts(kind: .approval, organisationID: caseModel.$organisation.id), recordID: caseID.uuidString, on: database)
        let rows = try await ApprovalModel.query(on: database).filter(\.$caseFile.$id == caseID).sort(\.$id).all()
        return CaseApprovals(history: try rows.map { try ApprovalView($0, cipher: context.cipher) }, required: required)
    }

    /// The caller organisation's approvals, newest first: by default those
    /// waiting for a decision (the supervisors' queue). Comments are personal: the read is audited.
    func list(_ caller: Caller, status: ApprovalStatus?, cursor: String?, limit: Int?) async throws -> ListPage<ApprovalView> {
        if context.listFilter(caller, .approval) == .nothing { try await context.refuse(caller, .list, .approval, on: database) }
        let query = ApprovalModel.query(on: database).filter(\.$organisationID == caller.user.organisationID)
        if let status { query.filter(\.$status == status.rawValue) }
        let page = try await NewestFirst.page(query, after: Cursor.parse(cursor), limit: PageSize.clamp(limit)).map { try ApprovalView($0, cipher: context.cipher) }
        if !page.items.isEmpty {
            var summary = AuditSummary()
            summary.note("count", String(page.items.count))
            try await context.audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "approval.list", recordType: "approval",
                                                      organisationID: caller.user.organisationID, summary: summary), on: database)
        }
        return page
    }

    // MARK: Gates

    /// Throws 409 "needs a supervisor's approval" when `change` is guarded by a
    /// required step whose newest request on the case is not approved.
    func requireApproval(for change: CaseChange, caseID: UUID, field: String) async throws {
        guard ApprovalRules.step(guarding: change).map(required.contains) == true else { return }
        if ApprovalRules.blockingStep(for: change, required: required, requests: try await requests(caseID: caseID)) != nil {
            throw AppError.conflict(FieldError(field, .validationNeedsApproval))
        }
    }

    /// The case's requests as the rules read them, oldest first.
    private func requests(caseID: UUID) async throws -> [ApprovalRequest] {
        try await ApprovalModel.query(on: database).filter(\.$caseFile.$id == caseID).sort(\.$id).all().map {
            ApprovalRequest(step: ApprovalStep(rawValue: $0.step) ?? .caseClosure, status: ApprovalStatus(rawValue: $0.status) ?? .requested, requestedBy: $0.requestedBy)
        }
    }
}
