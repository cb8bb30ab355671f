import AccessControl
import AuditTrail
import Fluent
import Foundation
import PublicReporting
import Storage

/// The hotline operators' console (issue 10): one queue of panic alerts and
/// public reports, the alert's side of the work (the report's is
/// `ReportOperatorDesk`), escalation to a case, referral, and response-time figures.
///
/// Alerts and reports are both records of kind `publicReport` for the access
/// policy: the channel is national and belongs to the hotline operators.
/// Alerts carry no privacy policy: a person who pressed the panic button asked
/// to be found, so every operator on duty sees the exact position.
struct OperatorConsole {
    let database: any Database
    let context: LibertasContext

    /// The response-time figures are over the newest this many alerts and as many reports.
    static let figuresWindow = 500
    /// Finished items (Closed, FalseAlarm) shown per page; open items are all shown.
    static let closedPageSize = 50

    static let openStatuses: [PanicAlertModel.Status] = [.new, .inProgress, .verified]
    static let finishedStatuses: [PanicAlertModel.Status] = [.closed, .falseAlarm]

    struct QueueItem: Sendable {
        var kind: OperatorItemKind
        var id: UUID
        var status: PanicAlertModel.Status
        var receivedAt: Date
        /// The report's code, or the first part of the alert's id.
        var label: String
        var assignedOperatorID: UUID?
        /// Alerts only: the exact position. Reports keep theirs behind the privacy policy.
        var latitude: Double?
        var longitude: Double?
        var accuracyMeters: Double?
        var caseID: UUID?
        /// Referrals made from the item on the console, oldest first.
        var referrals: [OperatorReferralLine] = []

        var position: OperatorQueueKeyset.Position { .init(receivedAt: receivedAt, id: id) }
    }

    /// The finished items on this page, and how many there are in all.
    struct ClosedPage: Sendable {
        var closedCount: Int
        var falseAlarmCount: Int
        /// Where this page starts (nil: the newest).
        var cursor: String?
        /// Where the next, older page starts (nil: this is the last).
        var nextCursor: String?
    }

    struct Queue: Sendable {
        /// By status (New first), alerts before reports within a status, newest first:
        /// every open item, then one page of finished ones.
        var items: [QueueItem]
        var closed: ClosedPage
        var alertFigures: ResponseFigures
        var reportFigures: ResponseFigures
        /// Changes whenever what the page shows changes: what the page polls.
        var version: String
    }

    struct Operator: Sendable {
        var id: UUID
        var name: String
    }

    /// The queue, with one page of finished items (`closedCursor`: where it starts).
    /// Listing is audited like any list of personal records (count only).
    func queue(_ caller: Caller, closedCursor: String? = nil) async throws -> Queue {
        let shown = try await rows(caller, closedCursor: closedCursor)
        if !shown.items.isEmpty {
            var summary = AuditSummary()
            summary.note("count", String(shown.items.count))
            try await context.audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "operatorQueue.list", recordType: RecordKind.publicReport.rawValue, summary: summary), on: database)
        }
        let (alertFigures, reportFigures) = try await figures()
        return Queue(items: shown.items, closed: shown.closed, alertFigures: alertFigures, reportFigures: reportFigures, version: shown.version)
    }

    /// Only the queue's version: a digest of ids and statuses, no personal data, so the page
    /// can poll it every few seconds without writing an audit entry each time.
    func version(_ caller: Caller, closedCursor: String? = nil) async throws -> String {
        try await rows(caller, closedCursor: closedCursor).version
    }

    /// Median response times over the newest alerts and reports, read from three dates per item.
    private func figures() async throws -> (alerts: ResponseFigures, reports: ResponseFigures) {
        let alerts = try await PanicAlertModel.query(on: database).field(\.$id).field(\.$receivedAt).field(\.$firstActionAt).field(\.$closedAt)
            .sort(\.$receivedAt, .descending).limit(Self.figuresWindow).all()
        let reports = try await PublicReportModel.query(on: database).field(\.$id).field(\.$receivedAt).field(\.$firstActionAt).field(\.$closedAt)
            .sort(\.$receivedAt, .descending).limit(Self.figuresWindow).all()
        return (Self.figures(alerts.map { ($0.receivedAt, $0.firstActionAt, $0.closedAt) }),
                Self.figures(reports.map { ($0.receivedAt, $0.firstActionAt, $0.closedAt) }))
    }

    static func figures(_ rows: [(Date, Date?, Date?)]) -> ResponseFigures {
        ResponseFigures(rows.map { (received: $0.0.timeIntervalSince1970, firstAction: $0.1?.timeIntervalSince1970, closed: $0.2?.timeIntervalSince1970) })
    }

    /// The active hotline operators, to assign items to; names for the queue and item pages.
    func operators(_ caller: Caller) async throws -> [Operator] {
        try await context.authorize(caller, .list, RecordFacts(kind: .publicReport), on: database)
        let rows = try await UserRoleModel.query(on: database).filter(\.$role == Role.hotlineOperator.rawValue).with(\.$user).all()
        return try rows.compactMap { row -> Operator? in
            let user = row.user
            guard user.active else { return nil }
            let id = try user.requireID()
            let name = (try? context.cipher.open(user.displayNameCipher, field: UserModel.EncryptedField.displayName, rowID: id)) ?? user.username
            return Operator(id: id, name: name)
        }.sorted { $0.name < $1.name }
    }
}
