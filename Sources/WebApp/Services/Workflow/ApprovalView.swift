import CaseModel
import Foundation
import Storage

/// One request for approval, decrypted, as pages and the API show it.
struct ApprovalView: Sendable, Equatable {
    let id: UUID
    let caseID: UUID
    let organisationID: UUID
    let step: ApprovalStep
    let status: ApprovalStatus
    let requestedBy: UUID
    let requestedAt: Date
    let requestComment: String?
    let decidedBy: UUID?
    let decidedAt: Date?
    let decisionComment: String?

    init(_ model: ApprovalModel, cipher: FieldCipher) throws {
        id = try model.requireID()
        caseID = model.$caseFile.id
        organisationID = model.organisationID
        step = ApprovalStep(rawValue: model.step) ?? .caseClosure
        status = ApprovalStatus(rawValue: model.status) ?? .requested
        requestedBy = model.requestedBy
        requestedAt = model.requestedAt
        requestComment = try cipher.openOptional(model.requestCommentCipher, field: ApprovalModel.EncryptedField.requestComment, rowID: id)
        decidedBy = model.decidedBy
        decidedAt = model.decidedAt
        decisionComment = try cipher.openOptional(model.decisionCommentCipher, field: ApprovalModel.EncryptedField.decisionComment, rowID: id)
    }

    var request: ApprovalRequest { ApprovalRequest(step: step, status: status, requestedBy: requestedBy) }
}

/// A case's approvals and how each required step stands, for the case page.
struct CaseApprovals: Sendable {
    /// Oldest first, as the rules read them.
    let history: [ApprovalView]
    let required: Set<ApprovalStep>

    func state(of step: ApprovalStep) -> ApprovalState {
        ApprovalRules.state(of: step, required: required, requests: history.map(\.request))
    }
}
