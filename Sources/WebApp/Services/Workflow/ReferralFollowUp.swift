import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage
import Vapor

/// The follow-up job, as the server runs it: a follow-up task for every
/// referral pending longer than `LIBERTAS_REFERRAL_FOLLOW_UP_DAYS`, and one
/// `task.overdue` notice for every task that became overdue.
public enum ReferralFollowUp {
    /// What a run did.
    public struct Outcome: Sendable, Equatable {
        public var followUps: Int
        public var overdue: Int
    }

    public static func runOnce(_ app: Application) async throws -> Outcome {
        try await FollowUpJob(database: app.db, context: app.libertas).run()
    }

    /// Runs every `AppConfig.Background.followUpInterval` seconds until the task
    /// is cancelled. A failed run is logged and tried again next time; what it
    /// did not finish is still there to find.
    public static func runPeriodically(_ app: Application) async {
        let interval = app.libertas.config.background.followUpInterval
        guard interval > 0 else { return }
        while !Task.isCancelled {
            do {
                let outcome = try await runOnce(app)
                if outcome.followUps > 0 || outcome.overdue > 0 {
                    app.logger.info("Referral follow-up", metadata: ["followUps": "\(outcome.followUps)", "overdue": "\(outcome.overdue)"])
                }
            } catch is CancellationError {
                return
            } catch {
                app.logger.error("Referral follow-up failed; it will run again", metadata: ["error": "\(String(reflecting: error))"])
            }
            try? await Task.sleep(for: .seconds(interval))
        }
    }
}

/// One run of the follow-up job. Idempotent: a referral has at most one
/// follow-up task (checked first, and held by a unique index should two
/// servers run at once), and a task is reported overdue once (`overdue_notified_at`).
struct FollowUpJob {
    let database: any Database
    let context: LibertasContext

    static let actor = AuditEvent.Actor.system("referral follow-up")

    func run() async throws -> ReferralFollowUp.Outcome {
        let now = context.now()
        let today = PartialDate.today(now).description
        let cutoff = TaskSchedule.followUpCutoff(now: now, afterDays: context.config.workflow.referralFollowUpDays)
        var outcome = ReferralFollowUp.Outcome(followUps: 0, overdue: 0)
        for referral in try await TaskQueries.referralsNeedingFollowUp(pendingSince: cutoff, on: database) {
            try await followUp(referral, dueOn: today, now: now)
            outcome.followUps += 1
        }
        for task in try await TaskQueries.newlyOverdue(before: today, on: database) {
            try await markOverdue(task, now: now)
            outcome.overdue += 1
        }
        return outcome
    }

    /// A task for the referrer, in the sending organisation, due today.
    private func followUp(_ referral: ReferralModel, dueOn: String, now: Date) async throws {
        let referralID = try referral.requireID()
        let task = TaskModel(caseID: referral.$caseFile.id, referralID: referralID, organisationID: referral.fromOrganisationID, assigneeID: referral.referredBy,
                             dueOn: dueOn, kind: TaskKind.referralFollowUp.rawValue, createdBy: nil, at: now)
        let taskID = try task.requireID()
        try await context.audit.transaction(on: database) { tx, audit in
            try await task.create(on: tx)
            var summary = AuditSummary()
            summary.note("referral", referralID.uuidString)
            summary.set("assignee", from: nil, to: referral.referredBy.uuidString)
            summary.set("dueOn", from: nil, to: dueOn)
            try await audit.record(AuditEvent(actor: Self.actor, origin: .commandLine, action: "task.followUp", recordType: "task", recordID: taskID.uuidString,
                                              organisationID: referral.fromOrganisationID, summary: summary))
            try await context.events.publish([DomainEvent(kind: .taskAssigned, subjectID: taskID, caseID: referral.$caseFile.id,
                                                          organisationID: referral.fromOrganisationID, userID: referral.referredBy)], on: tx)
        }
    }

    private func markOverdue(_ task: TaskModel, now: Date) async throws {
        let taskID = try task.requireID()
        task.overdueNotifiedAt = now
        try await context.audit.transaction(on: database) { tx, audit in
            try await task.update(on: tx)
            var summary = AuditSummary()
            summary.note("dueOn", task.dueOn)
            try await audit.record(AuditEvent(actor: Self.actor, origin: .commandLine, action: "task.overdue", recordType: "task", recordID: taskID.uuidString,
                                              organisationID: task.organisationID, summary: summary))
            try await context.events.publish([DomainEvent(kind: .taskOverdue, subjectID: taskID, caseID: task.$caseFile.id, organisationID: task.organisationID,
                                                          userID: task.assigneeID)], on: tx)
        }
    }
}
