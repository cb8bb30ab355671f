import FluentKit
import Foundation

/// The webhook queue: taking due deliveries and recording what became of them.
///
/// A delivery is *claimed* before it is sent: a token and a lease time are set
/// on it by an `UPDATE` whose `WHERE` repeats the "due and not claimed"
/// condition. Two workers (two server processes on one PostgreSQL) that pick
/// the same candidates therefore cannot both claim a row: PostgreSQL re-checks
/// the condition on the row it waited for, and SQLite has one writer. A worker
/// that dies mid-delivery leaves a claim that runs out at the lease time, and
/// the delivery is tried again then: delivery is at least once, and receivers
/// deduplicate by the event id.
public enum WebhookDeliveryQueries {
    /// Claims up to `limit` due deliveries, oldest due first, until `now + lease`,
    /// with their events and endpoints loaded.
    public static func claimDue(now: Date, lease: TimeInterval, limit: Int, on database: any Database) async throws -> [WebhookDeliveryModel] {
        let candidates = try await due(now, on: database).sort(\.$nextAttemptAt).sort(\.$id).limit(limit).all(\.$id)
        guard !candidates.isEmpty else { return [] }
        let token = UUID()
        try await due(now, on: database).filter(\.$id ~~ candidates)
            .set(\.$claimToken, to: token)
            .set(\.$claimedUntil, to: now.addingTimeInterval(lease))
            .update()
        return try await WebhookDeliveryModel.query(on: database)
            .filter(\.$claimToken == token)
            .with(\.$event).with(\.$endpoint)
            .sort(\.$nextAttemptAt).sort(\.$id)
            .all()
    }

    /// Pending deliveries whose time has come and that no live claim holds.
    static func due(_ now: Date, on database: any Database) -> QueryBuilder<WebhookDeliveryModel> {
        WebhookDeliveryModel.query(on: database)
            .filter(\.$status == WebhookDeliveryModel.Status.pending.rawValue)
            .filter(\.$nextAttemptAt <= now)
            .group(.or) { $0.filter(\.$claimedUntil == nil).filter(\.$claimedUntil <= now) }
    }

    /// Records an attempt's outcome (the fields set on `delivery`) and releases
    /// the claim, in one conditional `UPDATE`: a worker whose lease ran out and
    /// whose row was claimed again meanwhile changes nothing.
    public static func finish(_ delivery: WebhookDeliveryModel, on database: any Database) async throws {
        guard let id = delivery.id, let token = delivery.claimToken else { return }
        try await WebhookDeliveryModel.query(on: database)
            .filter(\.$id == id).filter(\.$claimToken == token)
            .set(\.$status, to: delivery.status)
            .set(\.$attempts, to: delivery.attempts)
            .set(\.$nextAttemptAt, to: delivery.nextAttemptAt)
            .set(\.$lastStatusCode, to: delivery.lastStatusCode)
            .set(\.$lastError, to: delivery.lastError)
            .set(\.$lastAttemptAt, to: delivery.lastAttemptAt)
            .set(\.$deliveredAt, to: delivery.deliveredAt)
            .set(\.$claimToken, to: nil)
            .set(\.$claimedUntil, to: nil)
            .update()
    }
}
