import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage

/// Tasks with due days: made on a case, reassigned, rescheduled, done; "my
/// tasks" and the organisation's overdue tasks.
///
/// A task belongs to its organisation (case workers and supervisors manage
/// them together) and is assigned to one of its case workers or supervisors.
/// Titles are free text about a victim's case, so they are encrypted and every
/// list that shows them is audited.
struct TaskService {
    let database: any Database
    let context: LibertasContext

    static func facts(_ model: TaskModel) -> RecordFacts {
        RecordFacts(kind: .task, ownerUserID: model.assigneeID, organisationID: model.organisationID)
    }

    var today: PartialDate { PartialDate.today(context.now()) }
    var cases: CaseService { CaseService(database: database, context: context) }

    // MARK: Change

    func create(_ caller: Caller, caseID: UUID, _ input: NewTask) async throws -> UUID {
        let caseModel = try await cases.load(caller, id: caseID, for: .update)
        let organisationID = caseModel.$organisation.id
        try await context.authorize(caller, .create, RecordFacts(kind: .task, ownerUserID: input.assigneeID, organisationID: organisationID), on: database)
        var validator = Validator()
        let title = validator.requireText(input.title, field: "title", maxLength: 500)
        validate(input.dueOn, required: true, &validator)
        let assignee = try await checkedAssignee(input.assigneeID, organisationID: organisationID, required: true, &validator)
        try validator.throwIfInvalid()
        guard let assignee, let dueOn = input.dueOn else { throw AppError.invalid([]) }
        let row = TaskModel(caseID: caseID, organisationID: organisationID, assigneeID: assignee, dueOn: dueOn.description,
                            kind: TaskKind.manual.rawValue, createdBy: caller.user.id, at: context.now())
        let id = try row.requireID()
        row.titleCipher = try context.cipher.seal(title, field: TaskModel.EncryptedField.title, rowID: id)
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.create(on: tx)
            var summary = AuditSummary()
            summary.note("case", caseID.uuidString)
            summary.setRedacted("title")
            summary.set("assignee", from: nil, to: assignee.uuidString)
            summary.set("dueOn", from: nil, to: row.dueOn)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "task.create", recordType: "task", recordID: id.uuidString,
                                              organisationID: organisationID, summary: summary))
            try await context.events.publish([DomainEvent(kind: .taskAssigned, subjectID: id, caseID: caseID, organisationID: organisationID, userID: assignee)], on: tx)
        }
        return id
    }

    func complete(_ caller: Caller, id: UUID) async throws {
        let model = try await loadOpen(caller, id: id)
        model.status = TaskStatus.done.rawValue
        model.doneBy = caller.user.id
        model.doneAt = context.now()
        try await context.audit.transaction(on: database) { tx, audit in
            try await model.update(on: tx)
            var summary = AuditSummary()
            summary.set("status", from: TaskStatus.open.rawValue, to: TaskStatus.done.rawValue)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "task.complete", recordType: "task", recordID: id.uuidString,
                                              organisationID: model.organisationID, summary: summary))
        }
    }

    /// Gives an open task to someone else or another due day. A new due day
    /// may make it overdue again later, so its overdue notice is cleared.
    func change(_ caller: Caller, id: UUID, _ change: TaskChange) async throws {
        let model = try await loadOpen(caller, id: id)
        var validator = Validator()
        validate(change.dueOn, required: false, &validator)
        let assignee = try await checkedAssignee(change.assigneeID, organisationID: model.organisationID, required: false, &validator)
        try validator.throwIfInvalid()
        var changes = AuditSummary()
        if let assignee { changes.set("assignee", from: model.assigneeID.uuidString, to: assignee.uuidString) }
        if let dueOn = change.dueOn { changes.set("dueOn", from: model.dueOn, to: dueOn.description) }
        guard !changes.isEmpty else { return }
        let summary = changes
        let reassigned = assignee != nil && assignee != model.assigneeID
        if let assignee { model.assigneeID = assignee }
        if let dueOn = change.dueOn, dueOn.description != model.dueOn {
            model.dueOn = dueOn.description
            model.overdueNotifiedAt = nil
        }
        try await context.audit.transaction(on: database) { tx, audit in
            try await model.update(on: tx)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "task.update", recordType: "task", recordID: id.uuidString,
                                              organisationID: model.organisationID, summary: summary))
            if reassigned {
                try await context.events.publish([DomainEvent(kind: .taskAssigned, subjectID: id, caseID: model.$caseFile.id, organisationID: model.organisationID,
                                                              userID: model.assigneeID)], on: tx)
            }
        }
    }

    // MARK: Read

    enum View: String, Sendable, CaseIterable {
        /// The caller's open tasks.
        case mine
        /// The caller organisation's open tasks due before today.
        case overdue
    }

    /// Open tasks, the earliest due first, paged by (due day, id).
    func list(_ caller: Caller, view: View, cursor: String?, limit: Int?) async throws -> ListPage<TaskView> {
        if context.listFilter(caller, .task) == .nothing { try await context.refuse(caller, .list, .task, on: database) }
        let selection: TaskQueries.Selection = switch view {
        case .mine: .assignedTo(caller.user.id)
        case .overdue: .overdue(organisationID: caller.user.organisationID, before: today.description)
        }
        let page = try await TaskQueries.open(selection, on: database, after: Cursor.parse(cursor), limit: PageSize.clamp(limit))
        let views = try page.map { try TaskView($0, cipher: context.cipher, today: today) }
        try await auditRead(caller, count: views.items.count)
        return views
    }

    /// A case's tasks, open ones first, for anyone who may read the case and its organisation's tasks.
    func ofCase(_ caller: Caller, caseID: UUID) async throws -> [TaskView] {
        let caseModel = try await cases.load(caller, id: caseID, for: .read)
        try await context.authorize(caller, .list, RecordFacts(kind: .task, organisationID: caseModel.$organisation.id), recordID: caseID.uuidString, on: database)
        let rows = try await TaskModel.query(on: database).filter(\.$caseFile.$id == caseID).sort(\.$dueOn).sort(\.$id).all()
        let views = try rows.map { try TaskView($0, cipher: context.cipher, today: today) }
        return views.filter { $0.status == .open } + views.filter { $0.status != .open }
    }

    // MARK: Helpers

    private func loadOpen(_ caller: Caller, id: UUID) async throws -> TaskModel {
        guard let model = try await TaskModel.find(id, on: database) else { throw AppError.notFound }
        try await context.authorize(caller, .update, Self.facts(model), recordID: id.uuidString, on: database)
        guard model.status == TaskStatus.open.rawValue else { throw AppError.conflict(FieldError("status", .validationTaskNotOpen)) }
        return model
    }

    private func validate(_ dueOn: PartialDate?, required: Bool, _ validator: inout Validator) {
        if let dueOn {
            if !TaskSchedule.acceptsDueDate(dueOn, today: today) { validator.add("dueOn", .validationTaskDueDate) }
        } else if required {
            validator.add("dueOn", .validationRequired)
        }
    }

    /// An active case worker or supervisor of the organisation.
    private func checkedAssignee(_ id: UUID?, organisationID: UUID, required: Bool, _ validator: inout Validator) async throws -> UUID? {
        guard let id else {
            if required { validator.add("assigneeId", .validationRequired) }
            return nil
        }
        guard let user = try await UserQueries.find(id: id, on: database), user.active, user.$organisation.id == organisationID,
              !Set(user.roleNames).isDisjoint(with: [Role.caseWorker.rawValue, Role.supervisor.rawValue])
        else {
            validator.add("assigneeId", .validationAssignee)
            return nil
        }
        return id
    }

    private func auditRead(_ caller: Caller, count: Int) async throws {
        guard count > 0 else { return }
        var summary = AuditSummary()
        summary.note("count", String(count))
        try await context.audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "task.list", recordType: "task",
                                                  organisationID: caller.user.organisationID, summary: summary), on: database)
    }
}
