import CaseModel
import Foundation
import Localization
import Storage

/// The case page: everything in the file, and the forms to add to it.
enum CaseShowPage {
    struct Model {
        var view: CaseFileView
        var organisationName: String
        /// Users of the case's organisation, by id, for showing names.
        var userNames: [UUID: String]
        var mayEdit: Bool
        var mayAssign: Bool
        var assignableWorkers: [(value: String, label: String)]
        var organisations: [(value: String, label: String)]
        /// The route map, already drawn; `nil` when the route has no countries.
        var routeMap: HTMLNode?
        /// Referrals made from the case, newest first.
        var referrals: [ReferralService.Line] = []
        /// Perpetrators' criminal-justice stages.
        var justiceStages: [CaseService.JusticeStageLine] = []
        /// What a referral of each victim could share today, by victim id.
        var referralReadiness: [UUID: ReferralService.Readiness] = [:]
        /// A request to move the case to another organisation, while it waits for an answer.
        var pendingTransfer: CaseTransferModel?
        /// Problems with a form posted from this page, shown at the top.
        var errors: FormErrors = .none
        /// Approvals and tasks (`CaseSections+Workflow.swift`).
        var workflow: CaseWorkflow?
    }

    static func render(_ context: PageContext, _ model: Model) -> String {
        let t = context.t
        let view = model.view
        return Layout.render(context, title: t(.casesCaseTitle, ["reference": view.reference]), section: .cases) {
            div(.class("page-actions")) {
                h1 { t(.casesCaseTitle, ["reference": view.reference]) }
                if model.mayEdit { a(.class("button secondary"), .href("/cases/\(view.id)/edit")) { t(.casesEditCase) } }
            }
            Components.errorSummary(model.errors, t: t)
            nav(.class("case-sections"), .aria("label", t(.casesSectionsLabel))) {
                ul {
                    for (anchor, key) in [("victims", TextKey.casesSectionVictims), ("perpetrators", .casesSectionPerpetrators), ("route", .casesSectionRoute),
                                          ("consent", .casesSectionConsent), ("referrals", .casesSectionReferrals), ("support", .casesSectionSupport),
                                          ("comments", .casesSectionComments), ("attachments", .casesSectionAttachments), ("approvals", .casesSectionApprovals),
                                          ("tasks", .casesSectionTasks)] {
                        li { a(.href("#\(anchor)")) { t(key) } }
                    }
                }
            }
            overview(context, model)
            CaseSections.victims(context, model)
            CaseSections.perpetrators(context, model)
            CaseSections.route(context, model)
            CaseSections.consent(context, model)
            CaseSections.referrals(context, model)
            CaseSections.support(context, model)
            CaseSections.comments(context, model)
            CaseSections.attachments(context, model)
            CaseSections.approvals(context, model)
            CaseSections.tasks(context, model)
        }
    }

    static func overview(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let view = model.view
        return section(.class("card"), .aria("label", t(.casesSectionCase))) {
            dl(.class("details")) {
                dt { t(.fieldCaseStatus) }
                dd { Components.badge(t.text(forKey: view.record.status.labelKey)) }
                dt { t(.fieldOpenedOn) }
                dd { CaseRowDay.text(view.record.openedOn) }
                if let closed = view.record.closedOn {
                    dt { t(.fieldClosedOn) }
                    dd { CaseRowDay.text(closed) }
                }
                if let reason = view.record.closureReason {
                    dt { t(.fieldClosureReason) }
                    dd { reason }
                }
                dt { t(.fieldOrganisation) }
                dd { model.organisationName }
                dt { t(.fieldAssignedTo) }
                dd { view.assignedTo.flatMap { model.userNames[$0] } ?? t(.casesUnassigned) }
                dt { t(.fieldSummary) }
                dd { view.record.summary ?? "—" }
            }
            if model.mayAssign {
                form(.class("inline-assign"), .method("post"), .action("/cases/\(view.id)/assign")) {
                    Components.csrfField(context.csrfToken)
                    Components.selectField("assignedTo", label: t(.casesAssignTo), options: model.assignableWorkers, selected: view.assignedTo?.uuidString, errors: .none, includeBlank: t(.casesUnassigned))
                    button(.type("submit"), .class("secondary")) { t(.casesAssignSubmit) }
                }
            }
        }
    }
}

/// Dates of a case as people read them: the ISO form of what is known.
enum CaseRowDay {
    static func text(_ date: PartialDate?) -> String { date?.description ?? "—" }
}
