import CaseModel
import Foundation
import Vapor

/// Approvals of case steps, and tasks.
enum WorkflowAPI {
    static let approvalsTag = "Approvals"
    static let tasksTag = "Tasks"
    static let approvalID = APIOperation.Parameter.path("id", "The approval request's id.")
    static let taskID = APIOperation.Parameter.path("id", "The task's id.")
    static let createdSchema = CaseRecordsAPI.createdSchema

    static func register(on api: APIRegistry) {
        registerApprovals(on: api)
        registerTasks(on: api)
    }

    static func registerApprovals(on api: APIRegistry) {
        api.add(APIOperation(
            method: .POST, path: "/cases/{id}/approvals", operationID: "requestApproval",
            summary: "Ask a supervisor of the case's organisation to approve a step. Only steps the country puts under approval (`LIBERTAS_APPROVAL_STEPS`), and not while a request of the step waits; a rejected step may be requested again.", tag: approvalsTag,
            parameters: [CasesAPI.caseID], requestBody: .object([("step", CaseSchemas.code(ApprovalStep.self)), ("comment", .string())], required: ["step"]),
            success: .init(status: 201, description: "The request's id.", schema: createdSchema), errors: [403, 404, 409, 422]
        )) { request in
            struct Body: Content { var step: ApprovalStep; var comment: String? }
            let body = try request.content.decode(Body.self)
            return CaseRecordsAPI.created(try await request.approvalService.request(try request.caller(), caseID: try request.uuidParameter("id"), step: body.step, comment: body.comment))
        }

        api.add(APIOperation(
            method: .GET, path: "/cases/{id}/approvals", operationID: "listCaseApprovals", summary: "A case's approval requests and decisions, oldest first.", tag: approvalsTag,
            parameters: [CasesAPI.caseID],
            success: .init(status: 200, description: "The requests.", schema: .array(.ref("Approval"))), errors: [403, 404]
        )) { request in
            try await request.approvalService.ofCase(try request.caller(), caseID: try request.uuidParameter("id")).history.map(ApprovalDTO.init)
        }

        api.add(APIOperation(
            method: .GET, path: "/approvals", operationID: "listApprovals",
            summary: "The organisation's approval requests, newest first; `status=Requested` (the default) is the supervisors' queue.", tag: approvalsTag,
            parameters: [.query("status", "Requested, Approved or Rejected.", CaseSchemas.code(ApprovalStatus.self))] + APIOperation.Parameter.pagination,
            success: .init(status: 200, description: "A page of requests.", schema: PageDTO<ApprovalDTO>.schema(of: "Approval")), errors: [400, 403, 422]
        )) { request in
            let status = try request.queryValue("status").map { text in
                guard let status = ApprovalStatus.parse(text) else { throw AppError.invalid([FieldError("status", .validationChoice)]) }
                return status
            } ?? .requested
            let page = try await request.approvalService.list(try request.caller(), status: status, cursor: request.queryValue("cursor"), limit: try request.limit())
            return PageDTO(page, ApprovalDTO.init)
        }

        for (verb, approve) in [("approve", true), ("reject", false)] {
            api.add(APIOperation(
                method: .POST, path: "/approvals/{id}/\(verb)", operationID: "\(verb)Approval",
                summary: approve ? "A supervisor of the case's organisation approves a waiting request (never their own)."
                    : "A supervisor of the case's organisation rejects a waiting request (never their own), saying why in `comment`.", tag: approvalsTag,
                parameters: [approvalID], requestBody: .object([("comment", .string())], required: approve ? [] : ["comment"]),
                success: .init(status: 204, description: "Decided."), errors: [403, 404, 409, 422]
            )) { request -> HTTPStatus in
                struct Body: Content { var comment: String? }
                let body = try? request.content.decode(Body.self)
                try await request.approvalService.decide(try request.caller(), id: try request.uuidParameter("id"), approve: approve, comment: body?.comment)
                return .noContent
            }
        }
    }

    static func registerTasks(on api: APIRegistry) {
        api.add(APIOperation(
            method: .POST, path: "/cases/{id}/tasks", operationID: "createTask",
            summary: "Add a task to a case for a case worker or supervisor of its organisation, due on a day from today on.", tag: tasksTag,
            parameters: [CasesAPI.caseID],
            requestBody: .object([("title", .string()), ("dueOn", .string(format: "date")), ("assigneeId", .uuid)], required: ["title", "dueOn", "assigneeId"]),
            success: .init(status: 201, description: "The task's id.", schema: createdSchema), errors: [403, 404, 422]
        )) { request in
            let body = try request.content.decode(TaskBody.self)
            var validator = Validator()
            let input = NewTask(title: body.title, dueOn: body.day(&validator), assigneeID: body.assigneeId)
            try validator.throwIfInvalid()
            return CaseRecordsAPI.created(try await request.taskService.create(try request.caller(), caseID: try request.uuidParameter("id"), input))
        }

        api.add(APIOperation(
            method: .GET, path: "/cases/{id}/tasks", operationID: "listCaseTasks", summary: "A case's tasks, open ones first, the earliest due first.", tag: tasksTag,
            parameters: [CasesAPI.caseID],
            success: .init(status: 200, description: "The tasks.", schema: .array(.ref("Task"))), errors: [403, 404]
        )) { request in
            try await request.taskService.ofCase(try request.caller(), caseID: try request.uuidParameter("id")).map(TaskDTO.init)
        }

        api.add(APIOperation(
            method: .GET, path: "/tasks", operationID: "listTasks",
            summary: "Open tasks, the earliest due first: `mine` (the default) or the organisation's `overdue` ones (due before today, UTC).", tag: tasksTag,
            parameters: [.query("view", "mine or overdue.", .string(values: TaskService.View.allCases.map(\.rawValue)))] + APIOperation.Parameter.pagination,
            success: .init(status: 200, description: "A page of tasks.", schema: PageDTO<TaskDTO>.schema(of: "Task")), errors: [400, 403, 422]
        )) { request in
            let page = try await request.taskService.list(try request.caller(), view: try request.queryChoice("view") ?? .mine,
                                                          cursor: request.queryValue("cursor"), limit: try request.limit())
            return PageDTO(page, TaskDTO.init)
        }

        api.add(APIOperation(
            method: .POST, path: "/tasks/{id}/complete", operationID: "completeTask", summary: "Mark an open task as done.", tag: tasksTag,
            parameters: [taskID],
            success: .init(status: 204, description: "Done."), errors: [403, 404, 409]
        )) { request -> HTTPStatus in
            try await request.taskService.complete(try request.caller(), id: try request.uuidParameter("id"))
            return .noContent
        }

        api.add(APIOperation(
            method: .PATCH, path: "/tasks/{id}", operationID: "updateTask", summary: "Give an open task to someone else of the organisation, or another due day.", tag: tasksTag,
            parameters: [taskID], requestBody: .object([("assigneeId", .uuid), ("dueOn", .string(format: "date"))], required: []),
            success: .init(status: 204, description: "Changed."), errors: [403, 404, 409, 422]
        )) { request -> HTTPStatus in
            let body = try request.content.decode(TaskBody.self)
            var validator = Validator()
            let change = TaskChange(assigneeID: body.assigneeId, dueOn: body.day(&validator))
            try validator.throwIfInvalid()
            try await request.taskService.change(try request.caller(), id: try request.uuidParameter("id"), change)
            return .noContent
        }
    }
}

/// The body of `POST /cases/{id}/tasks` and `PATCH /tasks/{id}`.
struct TaskBody: Content {
    var title: String?
    var dueOn: String?
    var assigneeId: UUID?

    /// The due day; anything but `YYYY-MM-DD` is a field error.
    func day(_ validator: inout Validator) -> PartialDate? {
        guard let dueOn, !dueOn.isEmpty else { return nil }
        guard let day = PartialDate(parsing: dueOn), day.day != nil else {
            validator.add("dueOn", .validationTaskDueDate)
            return nil
        }
        return day
    }
}

extension Request {
    var approvalService: ApprovalService { ApprovalService(database: db, context: libertas) }
    var taskService: TaskService { TaskService(database: db, context: libertas) }
}
