import Foundation
import Testing
@testable import CaseModel

@Suite("Approval rules and task dates")
struct ApprovalRulesTests {
    static let worker = UUID()
    static let supervisor = UUID()
    static let all = Set(ApprovalStep.allCases)

    static func request(_ step: ApprovalStep, _ status: ApprovalStatus, by user: UUID = worker) -> ApprovalRequest {
        ApprovalRequest(step: step, status: status, requestedBy: user)
    }

    @Test("Only the newest request of a step counts")
    func newestCounts() {
        let history = [Self.request(.caseClosure, .approved), Self.request(.caseClosure, .rejected), Self.request(.supportPlan, .approved)]
        #expect(ApprovalRules.current(.caseClosure, in: history)?.status == .rejected)
        #expect(ApprovalRules.state(of: .caseClosure, required: Self.all, requests: history) == .rejected)
        #expect(ApprovalRules.state(of: .supportPlan, required: Self.all, requests: history) == .approved)
        #expect(ApprovalRules.state(of: .traffickingStatusDecision, required: Self.all, requests: history) == .notRequested)
        #expect(ApprovalRules.state(of: .caseClosure, required: [.supportPlan], requests: history) == .notRequired)
    }

    @Test("A step may be requested again after a rejection, but not while a request waits, and not when it is not required")
    func requesting() {
        #expect(ApprovalRules.refusalToRequest(.caseClosure, required: Self.all, requests: []) == nil)
        #expect(ApprovalRules.refusalToRequest(.caseClosure, required: Self.all, requests: [Self.request(.caseClosure, .rejected)]) == nil)
        #expect(ApprovalRules.refusalToRequest(.caseClosure, required: Self.all, requests: [Self.request(.caseClosure, .requested)]) == .alreadyRequested)
        #expect(ApprovalRules.refusalToRequest(.caseClosure, required: [.supportPlan], requests: []) == .notRequired)
    }

    @Test("No one decides their own request, nor one already decided or replaced")
    func deciding() {
        let waiting = Self.request(.supportPlan, .requested, by: Self.supervisor)
        #expect(ApprovalRules.refusalToDecide(waiting, isNewest: true, decider: Self.supervisor) == .ownRequest)
        #expect(ApprovalRules.refusalToDecide(waiting, isNewest: true, decider: Self.worker) == nil)
        #expect(ApprovalRules.refusalToDecide(waiting, isNewest: false, decider: Self.worker) == .notPending)
        #expect(ApprovalRules.refusalToDecide(Self.request(.supportPlan, .approved), isNewest: true, decider: Self.supervisor) == .notPending)
    }

    @Test("Closure and a final trafficking-status decision wait for approval; going back to Possible does not")
    func gates() {
        #expect(ApprovalRules.blockingStep(for: .close, required: Self.all, requests: []) == .caseClosure)
        #expect(ApprovalRules.blockingStep(for: .close, required: Self.all, requests: [Self.request(.caseClosure, .requested)]) == .caseClosure)
        #expect(ApprovalRules.blockingStep(for: .close, required: Self.all, requests: [Self.request(.caseClosure, .approved)]) == nil)
        #expect(ApprovalRules.blockingStep(for: .close, required: [.supportPlan], requests: []) == nil)
        let decide = CaseChange.traffickingStatus(from: .possibleVictimOfTrafficking, to: .actualVictimOfTrafficking)
        #expect(ApprovalRules.blockingStep(for: decide, required: Self.all, requests: []) == .traffickingStatusDecision)
        #expect(ApprovalRules.blockingStep(for: decide, required: Self.all, requests: [Self.request(.traffickingStatusDecision, .approved)]) == nil)
        #expect(ApprovalRules.blockingStep(for: .traffickingStatus(from: .actualVictimOfTrafficking, to: .possibleVictimOfTrafficking), required: Self.all, requests: []) == nil)
        #expect(ApprovalRules.blockingStep(for: .traffickingStatus(from: .notAVictimOfTrafficking, to: .notAVictimOfTrafficking), required: Self.all, requests: []) == nil)
    }

    @Test("A task is overdue when open and due before today (UTC days); due dates are whole days from today on")
    func overdue() {
        let today = PartialDate(year: 2026, month: 11, day: 23)!
        let yesterday = PartialDate(year: 2026, month: 11, day: 22)!
        #expect(TaskSchedule.isOverdue(status: .open, dueOn: yesterday, today: today))
        #expect(!TaskSchedule.isOverdue(status: .open, dueOn: today, today: today))
        #expect(!TaskSchedule.isOverdue(status: .done, dueOn: yesterday, today: today))
        #expect(!TaskSchedule.isOverdue(status: .cancelled, dueOn: yesterday, today: today))
        #expect(TaskSchedule.acceptsDueDate(today, today: today))
        #expect(!TaskSchedule.acceptsDueDate(yesterday, today: today))
        #expect(!TaskSchedule.acceptsDueDate(PartialDate(year: 2026, month: 12)!, today: today))
    }

    @Test("A referral needs a follow-up once it has been pending for the configured number of days")
    func followUp() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let fourDaysAgo = now.addingTimeInterval(-4 * 86_400)
        let twoDaysAgo = now.addingTimeInterval(-2 * 86_400)
        #expect(TaskSchedule.needsFollowUp(status: .pending, referredAt: fourDaysAgo, now: now, afterDays: 3))
        #expect(!TaskSchedule.needsFollowUp(status: .pending, referredAt: twoDaysAgo, now: now, afterDays: 3))
        #expect(!TaskSchedule.needsFollowUp(status: .accepted, referredAt: fourDaysAgo, now: now, afterDays: 3))
    }
}
