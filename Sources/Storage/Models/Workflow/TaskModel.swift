import FluentKit
import Foundation

/// A piece of work for one user, with a due day: made by a person on a case,
/// or by the follow-up job for a referral that stayed pending too long.
public final class TaskModel: Model, @unchecked Sendable {
    public static let schema = "tasks"

    @ID(key: .id) public var id: UUID?
    @OptionalParent(key: "case_id") public var caseFile: CaseFileModel?
    @OptionalParent(key: "referral_id") public var referral: ReferralModel?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "assignee_id") public var assigneeID: UUID
    /// What to do, encrypted: workers write names into titles. Follow-ups have
    /// none; their title is a translated text.
    @OptionalField(key: "title_enc") public var titleCipher: String?
    /// `YYYY-MM-DD`, a UTC day; text so that `<` compares days on both backends.
    @Field(key: "due_on") public var dueOn: String
    /// A `TaskStatus` value.
    @Field(key: "status") public var status: String
    /// A `TaskKind` value.
    @Field(key: "kind") public var kind: String
    /// `nil` when the follow-up job made it.
    @OptionalField(key: "created_by") public var createdBy: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "done_by") public var doneBy: UUID?
    @OptionalField(key: "done_at") public var doneAt: Date?
    /// When the assignee was told the task is overdue, so they are told once.
    @OptionalField(key: "overdue_notified_at") public var overdueNotifiedAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), caseID: UUID?, referralID: UUID? = nil, organisationID: UUID, assigneeID: UUID, dueOn: String,
                kind: String, createdBy: UUID?, at: Date) {
        self.id = id
        self.$caseFile.id = caseID
        self.$referral.id = referralID
        self.organisationID = organisationID
        self.assigneeID = assigneeID
        self.dueOn = dueOn
        self.status = "Open"
        self.kind = kind
        self.createdBy = createdBy
        self.createdAt = at
    }

    public enum EncryptedField {
        public static let title = "tasks.title"
    }
}
