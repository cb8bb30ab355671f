import AccessControl
import AuditTrail
import Crypto
import Fluent
import Foundation
import PublicReporting
import Storage

/// The hotline operators' console (issue 10): one queue of panic alerts and
/// public reports, the alert's side of the work (the report's is
/// `ReportOperatorDesk`), escalation to a case, and response-time figures.
///
/// Alerts and reports are both records of kind `publicReport` for the access
/// policy: the channel is national and belongs to the hotline operators.
/// Alerts carry no privacy policy: a person who pressed the panic button asked
/// to be found, so every operator on duty sees the exact position.
struct OperatorConsole {
    let database: any Database
    let context: LibertasContext

    /// How many of the newest alerts and of the newest reports the queue holds.
    static let queueLimit = 500

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
    }

    struct Queue: Sendable {
        /// By status (New first), alerts before reports within a status, newest first.
        var items: [QueueItem]
        var alertFigures: ResponseFigures
        var reportFigures: ResponseFigures
        /// Changes whenever an item arrives, moves, is assigned or escalated: what the page polls.
        var version: String
    }

    struct Operator: Sendable {
        var id: UUID
        var name: String
    }

    /// The queue. Listing is audited like any list of personal records (count only).
    func queue(_ caller: Caller) async throws -> Queue {
        let queue = try await load(caller)
        if !queue.items.isEmpty {
            var summary = AuditSummary()
            summary.note("count", String(queue.items.count))
            try await context.audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "operatorQueue.list", recordType: RecordKind.publicReport.rawValue, summary: summary), on: database)
        }
        return queue
    }

    /// Only the queue's version: a digest of ids and statuses, no personal data, so the page
    /// can poll it every few seconds without writing an audit entry each time.
    func version(_ caller: Caller) async throws -> String {
        try await load(caller).version
    }

    private func load(_ caller: Caller) async throws -> Queue {
        try await context.authorize(caller, .list, RecordFacts(kind: .publicReport), on: database)
        // Only the queue's columns: the page polls this every few seconds, and sealed texts have no business here.
        let alerts = try await PanicAlertModel.query(on: database)
            .field(\.$id).field(\.$status).field(\.$receivedAt).field(\.$assignedOperatorID).field(\.$latitude).field(\.$longitude)
            .field(\.$accuracyMeters).field(\.$caseID).field(\.$firstActionAt).field(\.$closedAt)
            .sort(\.$receivedAt, .descending).limit(Self.queueLimit).all()
        let reports = try await PublicReportModel.query(on: database)
            .field(\.$id).field(\.$code).field(\.$status).field(\.$receivedAt).field(\.$assignedOperatorID).field(\.$caseID)
            .field(\.$firstActionAt).field(\.$closedAt)
            .sort(\.$receivedAt, .descending).limit(Self.queueLimit).all()
        var items: [QueueItem] = try alerts.map { alert in
            let id = try alert.requireID()
            return QueueItem(kind: .alert, id: id, status: .init(rawValue: alert.status) ?? .new, receivedAt: alert.receivedAt,
                             label: "A-" + id.uuidString.prefix(8), assignedOperatorID: alert.assignedOperatorID,
                             latitude: alert.latitude, longitude: alert.longitude, accuracyMeters: alert.accuracyMeters, caseID: alert.caseID)
        }
        items += try reports.map { report in
            QueueItem(kind: .report, id: try report.requireID(), status: .init(rawValue: report.status) ?? .new, receivedAt: report.receivedAt,
                      label: report.code, assignedOperatorID: report.assignedOperatorID, caseID: report.caseID)
        }
        let order = Dictionary(uniqueKeysWithValues: PanicAlertModel.Status.allCases.enumerated().map { ($1, $0) })
        items.sort { a, b in
            if a.status != b.status { return order[a.status]! < order[b.status]! }
            if a.kind != b.kind { return a.kind == .alert }
            return a.receivedAt > b.receivedAt
        }
        let digest = SHA256.hash(data: Data(items.map {
            "\($0.kind.rawValue):\($0.id):\($0.status.rawValue):\($0.assignedOperatorID?.uuidString ?? "-"):\($0.caseID?.uuidString ?? "-")"
        }.joined(separator: "|").utf8))
        return Queue(
            items: items,
            alertFigures: Self.figures(alerts.map { ($0.receivedAt, $0.firstActionAt, $0.closedAt) }),
            reportFigures: Self.figures(reports.map { ($0.receivedAt, $0.firstActionAt, $0.closedAt) }),
            version: digest.map { String(format: "%02x", $0) }.joined().prefix(16).description
        )
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
