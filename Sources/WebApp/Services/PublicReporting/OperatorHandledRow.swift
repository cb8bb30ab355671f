import Foundation
import Storage

/// What alerts and reports share on the operators' side: a status, the case they
/// were escalated to, and the two moments behind the response-time figures.
protocol OperatorHandledRow: AnyObject {
    var status: String { get set }
    var caseID: UUID? { get set }
    var firstActionAt: Date? { get set }
    var closedAt: Date? { get set }
}

extension PanicAlertModel: OperatorHandledRow {}
extension PublicReportModel: OperatorHandledRow {}

extension OperatorHandledRow {
    /// Any operator action (assigning, a note, a tick, a status) ends the wait for a first response.
    func noteAction(at now: Date) {
        if firstActionAt == nil { firstActionAt = now }
    }

    /// A new status; closing (or finding a false alarm) stops the clock, reopening restarts it.
    func move(to status: PanicAlertModel.Status, at now: Date) {
        self.status = status.rawValue
        closedAt = status == .closed || status == .falseAlarm ? now : nil
        noteAction(at: now)
    }
}

/// The two kinds of item in the operators' queue.
enum OperatorItemKind: String, Codable, Sendable, CaseIterable {
    case alert, report

    /// How the audit log names records of this kind.
    var recordType: String { self == .alert ? "panicAlert" : "publicReport" }
}
