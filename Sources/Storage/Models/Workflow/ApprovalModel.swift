import FluentKit
import Foundation

/// One request for a supervisor's approval of a step of a case, and its decision.
///
/// A request is never edited back: a rejected step is requested again as a new
/// row, so the rows of a case are its approval history, and the newest row of
/// a step is the one that counts.
public final class ApprovalModel: Model, @unchecked Sendable {
    public static let schema = "approvals"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "case_id") public var caseFile: CaseFileModel
    @Field(key: "organisation_id") public var organisationID: UUID
    /// An `ApprovalStep` value.
    @Field(key: "step") public var step: String
    /// An `ApprovalStatus` value.
    @Field(key: "status") public var status: String
    @Field(key: "requested_by") public var requestedBy: UUID
    @Field(key: "requested_at") public var requestedAt: Date
    /// Why the worker asks, encrypted: it is about the victim.
    @OptionalField(key: "request_comment_enc") public var requestCommentCipher: String?
    @OptionalField(key: "decided_by") public var decidedBy: UUID?
    @OptionalField(key: "decided_at") public var decidedAt: Date?
    /// The supervisor's reasons, encrypted.
    @OptionalField(key: "decision_comment_enc") public var decisionCommentCipher: String?

    public init() {}

    public init(id: UUID = .timeOrdered(), caseID: UUID, organisationID: UUID, step: String, requestedBy: UUID, at: Date) {
        self.id = id
        self.$caseFile.id = caseID
        self.organisationID = organisationID
        self.step = step
        self.status = "Requested"
        self.requestedBy = requestedBy
        self.requestedAt = at
    }

    public enum EncryptedField {
        public static let requestComment = "approvals.request_comment"
        public static let decisionComment = "approvals.decision_comment"
    }
}
