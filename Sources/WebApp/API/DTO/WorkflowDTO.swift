import CaseModel
import Foundation
import Vapor

/// A request for approval in the API.
struct ApprovalDTO: Content {
    var id: UUID
    var caseId: UUID
    var step: ApprovalStep
    var status: ApprovalStatus
    var requestedBy: UUID
    var requestedAt: Date
    var requestComment: String?
    var decidedBy: UUID?
    var decidedAt: Date?
    var decisionComment: String?

    init(_ view: ApprovalView) {
        id = view.id
        caseId = view.caseID
        step = view.step
        status = view.status
        requestedBy = view.requestedBy
        requestedAt = view.requestedAt
        requestComment = view.requestComment
        decidedBy = view.decidedBy
        decidedAt = view.decidedAt
        decisionComment = view.decisionComment
    }

    static let schema: JSONSchema = .object([
        ("id", .uuid), ("caseId", .uuid), ("step", CaseSchemas.code(ApprovalStep.self)), ("status", CaseSchemas.code(ApprovalStatus.self)),
        ("requestedBy", .uuid), ("requestedAt", .dateTime), ("requestComment", .string()),
        ("decidedBy", .uuid), ("decidedAt", .dateTime), ("decisionComment", .string()),
    ], required: ["id", "caseId", "step", "status", "requestedBy", "requestedAt"])
}

/// A task in the API. A follow-up has no `title`: clients name it by its `kind`.
struct TaskDTO: Content {
    var id: UUID
    var caseId: UUID?
    var referralId: UUID?
    var assigneeId: UUID
    var title: String?
    var kind: TaskKind
    var dueOn: String
    var status: TaskStatus
    var overdue: Bool
    var createdAt: Date
    var doneAt: Date?

    init(_ view: TaskView) {
        id = view.id
        caseId = view.caseID
        referralId = view.referralID
        assigneeId = view.assigneeID
        title = view.title
        kind = view.kind
        dueOn = view.dueOn.description
        status = view.status
        overdue = view.overdue
        createdAt = view.createdAt
        doneAt = view.doneAt
    }

    static let schema: JSONSchema = .object([
        ("id", .uuid), ("caseId", .uuid), ("referralId", .uuid), ("assigneeId", .uuid), ("title", .string()),
        ("kind", CaseSchemas.code(TaskKind.self)), ("dueOn", .string(format: "date")), ("status", CaseSchemas.code(TaskStatus.self)),
        ("overdue", .boolean), ("createdAt", .dateTime), ("doneAt", .dateTime),
    ], required: ["id", "assigneeId", "kind", "dueOn", "status", "overdue", "createdAt"])
}
