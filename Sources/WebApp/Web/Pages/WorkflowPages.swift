import CaseModel
import Foundation
import Localization
import Storage

/// `/approvals` (the supervisors' queue) and `/tasks` (my tasks, overdue).
enum WorkflowPages {
    struct QueueModel {
        var page: ListPage<ApprovalView>
        var isFirstPage: Bool
        var caseReferences: [UUID: String]
        var userNames: [UUID: String]
        var errors: FormErrors = .none
    }

    static func approvalQueue(_ context: PageContext, _ model: QueueModel) -> String {
        let t = context.t
        return Layout.render(context, title: t(.approvalsQueueTitle), section: .approvals) {
            h1 { t(.approvalsQueueTitle) }
            Components.errorSummary(model.errors, t: t)
            if model.page.items.isEmpty {
                p(.class("empty")) { t(.approvalsQueueEmpty) }
            }
            for approval in model.page.items {
                article(.class("card approval"), .id("approval-\(approval.id)")) {
                    h2 {
                        t.text(forKey: approval.step.labelKey) + " — "
                        a(.href("/cases/\(approval.caseID)#approvals")) { model.caseReferences[approval.caseID] ?? t(.tasksOpenCase) }
                    }
                    dl(.class("details")) {
                        dt { t(.fieldRequestedBy) }
                        dd { (model.userNames[approval.requestedBy] ?? "—") + " · "; Components.dateTime(approval.requestedAt, t: t) }
                        dt { t(.fieldRequestComment) }
                        dd { approval.requestComment ?? "—" }
                    }
                    if approval.requestedBy == context.user?.id {
                        p(.class("hint")) { t(.approvalsOwnRequest) }
                    } else {
                        form(.class("stacked"), .method("post"), .action("/approvals/\(approval.id)/approve")) {
                            Components.csrfField(context.csrfToken)
                            CaseComponents.textArea("comment", label: t(.fieldDecisionComment), value: nil, hint: t(.approvalsRejectHint), errors: model.errors, rows: 2)
                            div(.class("form-actions")) {
                                button(.type("submit")) { t(.approvalsApprove) }
                                button(.type("submit"), .class("secondary"), Attribute("formaction", "/approvals/\(approval.id)/reject")) { t(.approvalsReject) }
                            }
                        }
                    }
                }
            }
            Components.pagination(nextCursor: model.page.nextCursor, baseQuery: [], path: "/approvals", isFirstPage: model.isFirstPage, t: t)
        }
    }

    struct TasksModel {
        var view: TaskService.View
        var page: ListPage<TaskView>
        var isFirstPage: Bool
        var caseReferences: [UUID: String]
        var userNames: [UUID: String]
    }

    static func tasks(_ context: PageContext, _ model: TasksModel) -> String {
        let t = context.t
        return Layout.render(context, title: t(.tasksTitle), section: .tasks) {
            h1 { t(.tasksTitle) }
            nav(.class("tabs"), .aria("label", t(.tasksViewsLabel))) {
                ul {
                    for (view, key) in [(TaskService.View.mine, TextKey.tasksMine), (.overdue, .tasksOverdue)] {
                        li { a(.href("/tasks?view=\(view.rawValue)"), view == model.view ? .aria("current", "page") : nil) { t(key) } }
                    }
                }
            }
            if model.page.items.isEmpty {
                p(.class("empty")) { model.view == .mine ? t(.tasksNoneMine) : t(.tasksNoneOverdue) }
            } else {
                TaskTable.render(context, model.page.items, userNames: model.userNames, caseReferences: model.caseReferences,
                                 mayComplete: true, returnTo: "/tasks?view=\(model.view.rawValue)")
            }
            Components.pagination(nextCursor: model.page.nextCursor, baseQuery: [("view", model.view.rawValue)], path: "/tasks", isFirstPage: model.isFirstPage, t: t)
        }
    }
}
