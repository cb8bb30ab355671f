import CaseModel
import Fluent
import Foundation
import Storage
import Vapor

/// The forms of approvals and tasks: on the case page, the supervisors' queue
/// at `/approvals`, and `/tasks`.
enum WorkflowPagesController {
    static func register(on routes: any RoutesBuilder) {
        routes.post("cases", ":id", "approvals", use: requestApproval)
        routes.get("approvals", use: queue)
        routes.post("approvals", ":id", "approve") { try await decide($0, approve: true) }
        routes.post("approvals", ":id", "reject") { try await decide($0, approve: false) }
        routes.post("cases", ":id", "tasks", use: addTask)
        routes.get("tasks", use: tasks)
        routes.post("tasks", ":id", "complete", use: completeTask)
    }

    static func requestApproval(_ request: Request) async throws -> Response {
        struct Form: Content { var step: String?; var comment: String? }
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(Form.self)
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .flashApprovalRequested, anchor: "approvals") {
            guard let step = form.step.flatMap(ApprovalStep.init(rawValue:)) else { throw AppError.invalid([FieldError("step", .validationRequired)]) }
            _ = try await request.approvalService.request(caller, caseID: id, step: step, comment: FormValue.text(form.comment))
        }
    }

    static func queue(_ request: Request) async throws -> Response {
        let model = try await queueModel(request, cursor: request.queryValue("cursor"))
        return request.page { WorkflowPages.approvalQueue($0, model) }
    }

    static func decide(_ request: Request, approve: Bool) async throws -> Response {
        struct Form: Content { var comment: String? }
        let caller = try request.caller()
        let form = try request.content.decode(Form.self)
        do {
            try await request.approvalService.decide(caller, id: try request.uuidParameter("id"), approve: approve, comment: FormValue.text(form.comment))
            return request.redirect(to: "/approvals", flash: approve ? .flashApprovalApproved : .flashApprovalRejected)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            var model = try await queueModel(request, cursor: nil)
            model.errors = FormErrors(error.fieldErrors, t: request.localizer)
            return request.page({ WorkflowPages.approvalQueue($0, model) }, status: error.status)
        }
    }

    static func addTask(_ request: Request) async throws -> Response {
        struct Form: Content { var title: String?; var dueOn: String?; var assigneeId: String? }
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(Form.self)
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .flashTaskAdded, anchor: "tasks") {
            var validator = Validator()
            let dueOn = TaskBody(dueOn: form.dueOn).day(&validator)
            try validator.throwIfInvalid()
            _ = try await request.taskService.create(caller, caseID: id, NewTask(
                title: form.title, dueOn: dueOn, assigneeID: FormValue.text(form.assigneeId).flatMap(UUID.init(uuidString:))
            ))
        }
    }

    static func tasks(_ request: Request) async throws -> Response {
        let view: TaskService.View = try request.queryChoice("view") ?? .mine
        let cursor = request.queryValue("cursor")
        let page = try await request.taskService.list(try request.caller(), view: view, cursor: cursor, limit: nil)
        let model = WorkflowPages.TasksModel(
            view: view, page: page, isFirstPage: cursor == nil,
            caseReferences: try await references(request, page.items.compactMap(\.caseID)),
            userNames: try await userNames(request, page.items.map(\.assigneeID))
        )
        return request.page { WorkflowPages.tasks($0, model) }
    }

    static func completeTask(_ request: Request) async throws -> Response {
        struct Form: Content { var returnTo: String? }
        let form = try request.content.decode(Form.self)
        try await request.taskService.complete(try request.caller(), id: try request.uuidParameter("id"))
        // Only a path on this site: never an open redirect.
        let target = form.returnTo.flatMap { $0.hasPrefix("/") && !$0.hasPrefix("//") ? $0 : nil } ?? "/tasks"
        return request.redirect(to: target, flash: .flashTaskCompleted)
    }

    // MARK: Helpers

    static func queueModel(_ request: Request, cursor: String?) async throws -> WorkflowPages.QueueModel {
        let page = try await request.approvalService.list(try request.caller(), status: .requested, cursor: cursor, limit: nil)
        return WorkflowPages.QueueModel(
            page: page, isFirstPage: cursor == nil,
            caseReferences: try await references(request, page.items.map(\.caseID)),
            userNames: try await userNames(request, page.items.map(\.requestedBy))
        )
    }

    /// Case references by id: not personal data, shown in lists of the caller's organisation.
    static func references(_ request: Request, _ ids: [UUID]) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        var references: [UUID: String] = [:]
        for model in try await CaseFileModel.query(on: request.db).filter(\.$id ~~ Array(Set(ids))).all() {
            if let id = model.id { references[id] = model.reference }
        }
        return references
    }

    static func userNames(_ request: Request, _ ids: [UUID]) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        var names: [UUID: String] = [:]
        for user in try await UserModel.query(on: request.db).filter(\.$id ~~ Array(Set(ids))).all() {
            if let id = user.id { names[id] = user.username }
        }
        return names
    }
}
