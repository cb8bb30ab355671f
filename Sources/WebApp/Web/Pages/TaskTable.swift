import CaseModel
import Foundation
import Localization

/// The table of tasks on the case page and on `/tasks`.
enum TaskTable {
    /// - Parameters:
    ///   - caseReferences: case references by id, to link each task to its case; `nil` on the case page.
    ///   - returnTo: where completing a task comes back to.
    static func render(_ context: PageContext, _ tasks: [TaskView], userNames: [UUID: String], caseReferences: [UUID: String]?, mayComplete: Bool, returnTo: String) -> HTMLNode {
        let t = context.t
        return div(.class("table-wrap")) {
            element("table", [.class("tasks")]) {
                caption(.class("visually-hidden")) { t(.tasksTitle) }
                thead { tr {
                    th(.scope("col")) { t(.fieldTaskTitle) }
                    if caseReferences != nil { th(.scope("col")) { t(.fieldCase) } }
                    th(.scope("col")) { t(.fieldDueOn) }
                    th(.scope("col")) { t(.fieldAssignedTo) }
                    th(.scope("col")) { t(.fieldStatus) }
                } }
                tbody {
                    for task in tasks {
                        tr {
                            td { title(task, t: t) }
                            if let caseReferences {
                                td {
                                    if let caseID = task.caseID {
                                        a(.href("/cases/\(caseID)")) { caseReferences[caseID] ?? t(.tasksOpenCase) }
                                    } else {
                                        "—"
                                    }
                                }
                            }
                            td { task.dueOn.description }
                            td { userNames[task.assigneeID] ?? "—" }
                            td {
                                if task.overdue {
                                    Components.badge(t(.tasksOverdue), kind: "inactive")
                                } else {
                                    Components.badge(t.text(forKey: task.status.labelKey), kind: task.status == .done ? "active" : "")
                                }
                                if mayComplete, task.status == .open {
                                    form(.class("inline-form"), .method("post"), .action("/tasks/\(task.id)/complete")) {
                                        Components.csrfField(context.csrfToken)
                                        input(.type("hidden"), .name("returnTo"), .value(returnTo))
                                        button(.type("submit"), .class("link")) { t(.tasksComplete) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// What the worker wrote, or the follow-up's translated title.
    static func title(_ task: TaskView, t: Localizer) -> String {
        task.title ?? (task.kind == .referralFollowUp ? t(.tasksFollowUpTitle) : t.text(forKey: task.kind.labelKey))
    }
}
