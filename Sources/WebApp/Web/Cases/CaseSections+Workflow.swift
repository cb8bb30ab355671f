import AccessControl
import CaseModel
import Foundation
import Localization
import Vapor

/// What the case page shows of approvals and tasks; `nil` parts are hidden
/// from callers who may not see them.
struct CaseWorkflow {
    var approvals: CaseApprovals?
    var mayRequestApproval: Bool
    var tasks: [TaskView]?
    var mayAddTask: Bool
}

/// Approvals and tasks on the case page.
extension CaseSections {
    static func approvals(_ context: PageContext, _ model: Model) -> HTMLNode {
        guard let approvals = model.workflow?.approvals else { return .empty }
        let t = context.t
        let view = model.view
        let required = ApprovalStep.allCases.filter(approvals.required.contains)
        let requestable = required.filter { ApprovalRules.refusalToRequest($0, required: approvals.required, requests: approvals.history.map(\.request)) == nil }
        return section(.id("approvals"), .aria("labelledby", "approvals-heading")) {
            h2(.id("approvals-heading")) { t(.casesSectionApprovals) }
            if required.isEmpty {
                p(.class("empty")) { t(.approvalsNoneRequired) }
            } else {
                dl(.class("details"), .aria("label", t(.approvalsStepsRequired))) {
                    for step in required {
                        dt { t.text(forKey: step.labelKey) }
                        dd { stateBadge(approvals.state(of: step), t: t) }
                    }
                }
            }
            if approvals.history.isEmpty {
                p(.class("empty")) { t(.approvalsNone) }
            } else {
                div(.class("table-wrap")) {
                    table {
                        caption(.class("visually-hidden")) { t(.approvalsHistory) }
                        thead { tr {
                            th(.scope("col")) { t(.fieldApprovalStep) }
                            th(.scope("col")) { t(.fieldStatus) }
                            th(.scope("col")) { t(.fieldRequestedBy) }
                            th(.scope("col")) { t(.fieldRequestComment) }
                            th(.scope("col")) { t(.fieldDecidedBy) }
                            th(.scope("col")) { t(.fieldDecisionComment) }
                        } }
                        tbody {
                            for approval in approvals.history.reversed() {
                                tr {
                                    td { t.text(forKey: approval.step.labelKey) }
                                    td { Components.badge(t.text(forKey: approval.status.labelKey), kind: badgeKind(approval.status)) }
                                    td { (model.userNames[approval.requestedBy] ?? "—") + " · "; Components.dateTime(approval.requestedAt, t: t) }
                                    td { approval.requestComment ?? "—" }
                                    td {
                                        if let decidedBy = approval.decidedBy {
                                            (model.userNames[decidedBy] ?? "—") + " · "
                                            Components.dateTime(approval.decidedAt, t: t)
                                        } else {
                                            "—"
                                        }
                                    }
                                    td { approval.decisionComment ?? "—" }
                                }
                            }
                        }
                    }
                }
            }
            if model.workflow?.mayRequestApproval == true, !requestable.isEmpty {
                details(summary: t(.approvalsRequest)) {
                    form(.class("stacked"), .method("post"), .action("/cases/\(view.id)/approvals")) {
                        Components.csrfField(context.csrfToken)
                        Components.selectField("step", label: t(.fieldApprovalStep), options: requestable.map { ($0.rawValue, t.text(forKey: $0.labelKey)) },
                                               selected: nil, errors: model.errors, required: true)
                        CaseComponents.textArea("comment", label: t(.fieldRequestComment), value: nil, hint: t(.hintEncryptedNotes), errors: model.errors, rows: 3)
                        div { button(.type("submit")) { t(.approvalsRequest) } }
                    }
                }
            }
        }
    }

    static func tasks(_ context: PageContext, _ model: Model) -> HTMLNode {
        guard let tasks = model.workflow?.tasks else { return .empty }
        let t = context.t
        let view = model.view
        return section(.id("tasks"), .aria("labelledby", "tasks-heading")) {
            h2(.id("tasks-heading")) { t(.casesSectionTasks) }
            if tasks.isEmpty {
                p(.class("empty")) { t(.tasksNoneCase) }
            } else {
                TaskTable.render(context, tasks, userNames: model.userNames, caseReferences: nil, mayComplete: model.mayEdit, returnTo: "/cases/\(view.id)#tasks")
            }
            if model.workflow?.mayAddTask == true {
                details(summary: t(.tasksAdd)) {
                    form(.class("stacked"), .method("post"), .action("/cases/\(view.id)/tasks")) {
                        Components.csrfField(context.csrfToken)
                        Components.textField("title", label: t(.fieldTaskTitle), hint: t(.hintEncryptedNotes), errors: model.errors, required: true, maxLength: 500)
                        Components.textField("dueOn", label: t(.fieldDueOn), type: "date", errors: model.errors, required: true)
                        Components.selectField("assigneeId", label: t(.fieldAssignedTo), options: model.assignableWorkers,
                                               selected: context.user?.id.uuidString, errors: model.errors, required: true)
                        div { button(.type("submit")) { t(.tasksAdd) } }
                    }
                }
            }
        }
    }

    static func stateBadge(_ state: ApprovalState, t: Localizer) -> HTMLNode {
        switch state {
        case .notRequired, .notRequested: Components.badge(t(.approvalsNotRequested))
        case .requested: Components.badge(t(.codeApprovalStatusRequested))
        case .approved: Components.badge(t(.codeApprovalStatusApproved), kind: "active")
        case .rejected: Components.badge(t(.codeApprovalStatusRejected), kind: "inactive")
        }
    }

    static func badgeKind(_ status: ApprovalStatus) -> String {
        switch status {
        case .requested: ""
        case .approved: "active"
        case .rejected: "inactive"
        }
    }
}

extension CaseWorkflow {
    /// What the caller may see and do of the case's approvals and tasks.
    static func load(_ request: Request, _ caller: Caller, _ view: CaseFileView) async throws -> CaseWorkflow {
        let policy = request.libertas.policy
        let organisation = RecordFacts(kind: .approval, organisationID: view.organisationID)
        let tasks = RecordFacts(kind: .task, organisationID: view.organisationID)
        let mayEdit = policy.decide(caller.principal, .update, RecordFacts(kind: .caseFile, ownerUserID: view.assignedTo ?? view.createdBy, organisationID: view.organisationID)).isAllowed
        return CaseWorkflow(
            approvals: policy.decide(caller.principal, .read, organisation).isAllowed ? try await request.approvalService.ofCase(caller, caseID: view.id) : nil,
            mayRequestApproval: mayEdit && policy.decide(caller.principal, .create, organisation).isAllowed,
            tasks: policy.decide(caller.principal, .list, tasks).isAllowed ? try await request.taskService.ofCase(caller, caseID: view.id) : nil,
            mayAddTask: mayEdit && policy.decide(caller.principal, .create, tasks).isAllowed
        )
    }
}
