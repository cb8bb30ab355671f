import CaseModel
import Foundation
import Storage

/// A task, decrypted, as pages and the API show it.
struct TaskView: Sendable, Equatable {
    let id: UUID
    let caseID: UUID?
    let referralID: UUID?
    let organisationID: UUID
    let assigneeID: UUID
    /// What the worker wrote; `nil` for a follow-up, whose title is a translated text.
    let title: String?
    let kind: TaskKind
    let dueOn: PartialDate
    let status: TaskStatus
    let overdue: Bool
    let createdAt: Date
    let doneAt: Date?

    init(_ model: TaskModel, cipher: FieldCipher, today: PartialDate) throws {
        id = try model.requireID()
        caseID = model.$caseFile.id
        referralID = model.$referral.id
        organisationID = model.organisationID
        assigneeID = model.assigneeID
        title = try cipher.openOptional(model.titleCipher, field: TaskModel.EncryptedField.title, rowID: id)
        kind = TaskKind(rawValue: model.kind) ?? .manual
        dueOn = PartialDate(parsing: model.dueOn) ?? today
        status = TaskStatus(rawValue: model.status) ?? .open
        overdue = TaskSchedule.isOverdue(status: status, dueOn: dueOn, today: today)
        createdAt = model.createdAt
        doneAt = model.doneAt
    }
}

/// What a new task needs.
struct NewTask: Sendable {
    var title: String?
    var dueOn: PartialDate?
    var assigneeID: UUID?
}

/// A change to an open task: another assignee, another due day, or both.
struct TaskChange: Sendable {
    var assigneeID: UUID?
    var dueOn: PartialDate?
}
