import Fluent
import Foundation
import Storage
import Vapor
import Webhooks

/// Works through the webhook queue: claims due deliveries, sends each, and
/// records the outcome, retrying with back-off until ``RetrySchedule`` gives up.
///
/// **What a receiver can rely on.** Every event is sent until a 2xx answer or
/// the last attempt, from the database, so a restart loses nothing. A delivery
/// is marked delivered only after a 2xx and a delivered one is never sent again.
/// But a process that dies after the receiver answered and before the outcome
/// was written sends that event again once its claim runs out: delivery is *at
/// least once*, and the event id (`Libertas-Event-Id`, the payload's `id`) is
/// the idempotency key by which receivers drop repeats.
struct WebhookDispatcher {
    let database: any Database
    let context: LibertasContext
    let sender: WebhookSender

    /// Deliveries claimed at a time.
    static let batchSize = 20
    /// Batches in one run at most, so a run ends even when the queue keeps filling.
    static let maximumBatches = 50

    func run() async throws -> WebhookDispatch.Outcome {
        var outcome = WebhookDispatch.Outcome()
        // A batch is sent at once, so one receiver that hangs until the timeout
        // does not hold up the others; the claim outlasts one attempt with room to spare.
        let lease = sender.timeout * 3 + 30
        for _ in 0..<Self.maximumBatches {
            let now = context.now()
            let claimed = try await context.audit.bookkeeping { [database] in
                try await WebhookDeliveryQueries.claimDue(now: now, lease: lease, limit: Self.batchSize, on: database)
            }
            let statuses = try await withThrowingTaskGroup(of: WebhookDeliveryModel.Status?.self) { group in
                for delivery in claimed { group.addTask { try await attempt(delivery) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            outcome.attempted += statuses.count
            outcome.delivered += statuses.filter { $0 == .delivered }.count
            outcome.failed += statuses.filter { $0 == .failed }.count
            if claimed.count < Self.batchSize { break }
        }
        return outcome
    }

    /// Sends one claimed delivery and records the outcome; returns its new status.
    private func attempt(_ delivery: WebhookDeliveryModel) async throws -> WebhookDeliveryModel.Status? {
        let endpoint = delivery.endpoint
        let event = delivery.event
        let now = context.now()
        delivery.attempts += 1
        delivery.lastAttemptAt = now
        if endpoint.active {
            let secret = try context.cipher.open(endpoint.secretCipher, field: WebhookEndpointModel.EncryptedField.secret, rowID: try endpoint.requireID())
            let payload = WebhookPayload(id: try event.requireID(), type: event.kind, occurredAt: event.createdAt,
                                         organisationId: event.organisationID, subjectId: event.subjectID, caseId: event.caseID)
            record(await sender.send(payload, to: endpoint.url, secret: secret, at: now), on: delivery, at: now)
        } else {
            delivery.status = WebhookDeliveryModel.Status.failed.rawValue
            delivery.lastError = "endpoint deactivated"
        }
        try await context.audit.bookkeeping { [database] in
            try await WebhookDeliveryQueries.finish(delivery, on: database)
        }
        return WebhookDeliveryModel.Status(rawValue: delivery.status)
    }

    private func record(_ result: WebhookSender.Result, on delivery: WebhookDeliveryModel, at now: Date) {
        switch result {
        case .delivered(let status):
            delivery.status = WebhookDeliveryModel.Status.delivered.rawValue
            delivery.lastStatusCode = status
            delivery.lastError = nil
            delivery.deliveredAt = context.now()
        case .failed(let status, let error):
            delivery.lastStatusCode = status
            delivery.lastError = error
            switch context.config.webhooks.retry.next(afterAttempt: delivery.attempts, random: Double.random(in: 0..<1)) {
            case .retry(let after): delivery.nextAttemptAt = now.addingTimeInterval(after)
            case .giveUp: delivery.status = WebhookDeliveryModel.Status.failed.rawValue
            }
        }
    }
}

/// The webhook dispatcher as the server and the tests run it.
public enum WebhookDispatch {
    /// What a run did.
    public struct Outcome: Sendable, Equatable {
        public var attempted = 0
        public var delivered = 0
        /// Deliveries that failed for good in this run.
        public var failed = 0
    }

    /// Sends every delivery that is due now.
    @discardableResult
    public static func runOnce(_ app: Application) async throws -> Outcome {
        let timeout = app.libertas.config.webhooks.timeout
        let client = WebhookSender.makeClient(app, timeout: timeout)
        do {
            let outcome = try await WebhookDispatcher(database: app.db, context: app.libertas, sender: WebhookSender(client: client, timeout: timeout)).run()
            try await client.shutdown()
            return outcome
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    /// Runs every `AppConfig.Webhooks.dispatchInterval` seconds until the task is
    /// cancelled. A failed run is logged and tried again next time; the queue keeps everything.
    public static func runPeriodically(_ app: Application) async {
        let interval = app.libertas.config.webhooks.dispatchInterval
        guard interval > 0 else { return }
        while !Task.isCancelled {
            do {
                let outcome = try await runOnce(app)
                if outcome.attempted > 0 {
                    app.logger.info("Webhooks", metadata: ["attempted": "\(outcome.attempted)", "delivered": "\(outcome.delivered)", "failed": "\(outcome.failed)"])
                }
            } catch is CancellationError {
                return
            } catch {
                app.logger.error("Webhook dispatch failed; it will run again", metadata: ["error": "\(String(reflecting: error))"])
            }
            try? await Task.sleep(for: .seconds(interval))
        }
    }
}
