import FluentKit
import Foundation

/// A request to move a case, with its people and its outgoing referrals, to
/// another organisation: requested by the owner, accepted or declined by the receiver.
public final class CaseTransferModel: Model, @unchecked Sendable {
    public static let schema = "case_transfers"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "case_id") public var caseFile: CaseFileModel
    @Field(key: "from_organisation_id") public var fromOrganisationID: UUID
    @Field(key: "to_organisation_id") public var toOrganisationID: UUID
    /// A `TransferStatus` value.
    @Field(key: "status") public var status: String
    @Field(key: "requested_by") public var requestedBy: UUID
    @Field(key: "requested_at") public var requestedAt: Date
    /// Why the case moves, encrypted: it may speak of the person.
    @OptionalField(key: "comment_enc") public var commentCipher: String?
    @OptionalField(key: "decided_by") public var decidedBy: UUID?
    @OptionalField(key: "decided_at") public var decidedAt: Date?
    @OptionalField(key: "decision_comment_enc") public var decisionCommentCipher: String?

    public init() {}

    public init(id: UUID = .timeOrdered(), caseID: UUID, from: UUID, to: UUID, requestedBy: UUID, at: Date) {
        self.id = id
        self.$caseFile.id = caseID
        self.fromOrganisationID = from
        self.toOrganisationID = to
        self.status = "Pending"
        self.requestedBy = requestedBy
        self.requestedAt = at
    }

    public enum EncryptedField {
        public static let comment = "case_transfers.comment"
        public static let decisionComment = "case_transfers.decision_comment"
    }
}
