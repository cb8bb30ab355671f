import AccessControl
import Crypto
import Fluent
import Foundation
import Storage

extension OperatorConsole {
    /// What the queue page shows, and its digest.
    struct ShownRows: Sendable {
        var items: [QueueItem]
        var closed: ClosedPage
        var version: String
    }

    /// Every open item (they are the work, however many), then one page of finished ones
    /// after `closedCursor`, with the referrals made from them. Only the queue's columns:
    /// the page polls this every few seconds, and sealed texts have no business here.
    /// Both tables are read through their (status, received) index.
    func rows(_ caller: Caller, closedCursor: String?) async throws -> ShownRows {
        try await context.authorize(caller, .list, RecordFacts(kind: .publicReport), on: database)
        let cursor = try OperatorQueueKeyset.Position(token: closedCursor)
        var items = try await alertRows(Self.openStatuses).all().map(QueueItem.init(alert:))
            + reportRows(Self.openStatuses).all().map(QueueItem.init(report:))

        let size = Self.closedPageSize
        let finishedAlerts = try await OperatorQueueKeyset.newest(after: cursor, count: size + 1, position: \QueueItem.position) { before, limit in
            let query = alertRows(Self.finishedStatuses)
            if let before { query.filter(\.$receivedAt < before) }
            return try await query.sort(\.$receivedAt, .descending).limit(limit).all().map(QueueItem.init(alert:))
        }
        let finishedReports = try await OperatorQueueKeyset.newest(after: cursor, count: size + 1, position: \QueueItem.position) { before, limit in
            let query = reportRows(Self.finishedStatuses)
            if let before { query.filter(\.$receivedAt < before) }
            return try await query.sort(\.$receivedAt, .descending).limit(limit).all().map(QueueItem.init(report:))
        }
        let finished = (finishedAlerts + finishedReports).sorted { OperatorQueueKeyset.Position.precedes($0.position, $1.position) }
        let page = finished.prefix(size)
        items += page
        var counts: [PanicAlertModel.Status: Int] = [:]
        for status in Self.finishedStatuses {
            counts[status] = try await PanicAlertModel.query(on: database).filter(\.$status == status.rawValue).count()
                + PublicReportModel.query(on: database).filter(\.$status == status.rawValue).count()
        }
        let closed = ClosedPage(closedCount: counts[.closed] ?? 0, falseAlarmCount: counts[.falseAlarm] ?? 0,
                                cursor: cursor?.token, nextCursor: finished.count > size ? page.last?.position.token : nil)

        let referrals = try await OperatorReferralLine.lines(itemIDs: items.map(\.id), on: database)
        for index in items.indices { items[index].referrals = referrals[items[index].id] ?? [] }
        let order = Dictionary(uniqueKeysWithValues: PanicAlertModel.Status.allCases.enumerated().map { ($1, $0) })
        items.sort { a, b in
            if a.status != b.status { return order[a.status]! < order[b.status]! }
            if a.kind != b.kind { return a.kind == .alert }
            return OperatorQueueKeyset.Position.precedes(a.position, b.position)
        }
        return ShownRows(items: items, closed: closed, version: Self.digest(items, closed))
    }

    /// Changes when an item arrives, moves, is assigned, escalated or referred, when a
    /// referral's status changes, or when the finished counts do. Ids and states only.
    static func digest(_ items: [QueueItem], _ closed: ClosedPage) -> String {
        let lines = items.map { item in
            let referrals = item.referrals.map { "\($0.id):\($0.status.rawValue)" }.joined(separator: ",")
            return "\(item.kind.rawValue):\(item.id):\(item.status.rawValue):\(item.assignedOperatorID?.uuidString ?? "-"):\(item.caseID?.uuidString ?? "-"):\(referrals)"
        } + ["closed:\(closed.closedCount):\(closed.falseAlarmCount):\(closed.cursor ?? "-")"]
        let hash = SHA256.hash(data: Data(lines.joined(separator: "|").utf8))
        return hash.map { String(format: "%02x", $0) }.joined().prefix(16).description
    }

    private func alertRows(_ statuses: [PanicAlertModel.Status]) -> QueryBuilder<PanicAlertModel> {
        PanicAlertModel.query(on: database)
            .field(\.$id).field(\.$status).field(\.$receivedAt).field(\.$assignedOperatorID)
            .field(\.$latitude).field(\.$longitude).field(\.$accuracyMeters).field(\.$caseID)
            .filter(\.$status ~~ statuses.map(\.rawValue))
    }

    private func reportRows(_ statuses: [PanicAlertModel.Status]) -> QueryBuilder<PublicReportModel> {
        PublicReportModel.query(on: database)
            .field(\.$id).field(\.$code).field(\.$status).field(\.$receivedAt).field(\.$assignedOperatorID).field(\.$caseID)
            .filter(\.$status ~~ statuses.map(\.rawValue))
    }
}

extension OperatorConsole.QueueItem {
    init(alert: PanicAlertModel) throws {
        let id = try alert.requireID()
        self.init(kind: .alert, id: id, status: .init(rawValue: alert.status) ?? .new, receivedAt: alert.receivedAt,
                  label: "A-" + id.uuidString.prefix(8), assignedOperatorID: alert.assignedOperatorID,
                  latitude: alert.latitude, longitude: alert.longitude, accuracyMeters: alert.accuracyMeters, caseID: alert.caseID)
    }

    init(report: PublicReportModel) throws {
        self.init(kind: .report, id: try report.requireID(), status: .init(rawValue: report.status) ?? .new, receivedAt: report.receivedAt,
                  label: report.code, assignedOperatorID: report.assignedOperatorID, caseID: report.caseID)
    }
}
