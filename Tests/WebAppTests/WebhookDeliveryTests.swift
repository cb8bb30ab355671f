import Fluent
import Foundation
import Storage
import Testing
import Vapor
import VaporTesting
import Webhooks
@testable import WebApp

@Suite("Webhook delivery: retries, restart, exactly one accepted delivery per event")
struct WebhookDeliveryTests {
    /// Words of the victim's record that must never leave in a webhook.
    /// The victim's details as `ReferralAPITests.setUp` registers them, whole: fragments such as
    /// "803" or "1990" also turn up by chance in the payload's random ids and times.
    static let personalValues = ["Amara", "Okafor", "1990-04-12", "+2348035550101", "8035550101", "Castel Volturno", "Needs a bed"]

    @Test("A receiver that is down, then failing, then up gets every event exactly once, signed, across a restart")
    func acceptance() async throws {
        let clock = TestClock()
        let installation = try RestartableInstallation(clock: clock)
        let receiver = try await WebhookReceiver.make()
        var app = try await installation.start()
        do {
            // Police refers victims to a shelter whose administrator subscribed to referral events.
            let world = try await TestWorld(app: app)
            let s = try await ReferralAPITests.setUp(world)
            let shelterAdmin = try await world.makeUser("shelter.admin", in: s.shelterID, roles: [.orgAdmin])
            let (_, secret) = try await WebhookService(database: app.db, context: app.libertas)
                .create(try await world.caller(shelterAdmin), organisationID: s.shelterID, NewWebhookEndpoint(url: receiver.url, kinds: ["referral.received", "referral.revoked"]))
            let policeToken = try #require(s.police.token)
            for _ in 0..<3 { try await refer(app, policeToken, s) }

            // Down: nothing listens. Every delivery is tried once and waits.
            var outcome = try await WebhookDispatch.runOnce(app)
            #expect(outcome == .init(attempted: 3, delivered: 0, failed: 0))
            #expect(try await WebhookDeliveryModel.query(on: app.db).all().allSatisfy { $0.status == "pending" && $0.attempts == 1 && $0.lastError != nil })
            // Not yet due: the back-off holds them.
            #expect(try await WebhookDispatch.runOnce(app).attempted == 0)

            // Up, but answering 503 twice: one delivered, two wait again.
            try await receiver.start(failing: 2)
            clock.advance(by: 3600)
            outcome = try await WebhookDispatch.runOnce(app)
            #expect(outcome == .init(attempted: 3, delivered: 1, failed: 0))
            #expect(try await WebhookDeliveryModel.query(on: app.db).filter(\.$lastStatusCode == 503).count() == 2)
            clock.advance(by: 3600)
            #expect(try await WebhookDispatch.runOnce(app) == .init(attempted: 2, delivered: 2, failed: 0))

            // Two more events; a worker claims them and the server stops before it sends (a crash mid-delivery).
            for _ in 0..<2 { try await refer(app, policeToken, s) }
            let lease: TimeInterval = 300
            let claimed = try await WebhookDeliveryQueries.claimDue(now: clock.now, lease: lease, limit: 10, on: app.db)
            #expect(claimed.count == 2)
            try await app.asyncShutdown()

            // Restart on the same database: two more events; the claimed ones wait for their lease to run out.
            app = try await installation.start()
            for _ in 0..<2 { try await refer(app, policeToken, s) }
            #expect(try await WebhookDispatch.runOnce(app) == .init(attempted: 2, delivered: 2, failed: 0))
            clock.advance(by: lease + 1)
            #expect(try await WebhookDispatch.runOnce(app) == .init(attempted: 2, delivered: 2, failed: 0))
            // Delivered rows are never sent again.
            clock.advance(by: 86_400)
            #expect(try await WebhookDispatch.runOnce(app).attempted == 0)

            // Every event arrived exactly once by id, signed with the endpoint's secret, carrying ids only.
            let events = try await EventModel.query(on: app.db).filter(\.$organisationID == s.shelterID).filter(\.$kind == "referral.received").all()
            #expect(events.count == 7)
            let accepted = receiver.accepted
            #expect(accepted.count == 7)
            #expect(Set(accepted.compactMap(\.eventID)) == Set(events.compactMap { $0.id?.uuidString }))
            for request in accepted {
                let timestamp = try #require(request.timestamp.flatMap { Int($0) })
                #expect(WebhookSignature.verify(try #require(request.signature), secret: secret, timestamp: timestamp, body: Data(request.body.utf8)))
                let payload = try JSONDecoder.iso8601.decode(WebhookPayload.self, from: Data(request.body.utf8))
                #expect(payload.id.uuidString == request.eventID)
                #expect(payload.type == "referral.received" && payload.organisationId == s.shelterID && payload.caseId == nil)
                let keys = try #require(JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: Any]).keys
                #expect(Set(keys) == ["id", "type", "occurredAt", "organisationId", "subjectId", "caseId"])
                for value in Self.personalValues { #expect(!request.body.contains(value), "payload carries \(value)") }
            }
            #expect(try await WebhookDeliveryModel.query(on: app.db).all().allSatisfy { $0.status == "delivered" && $0.claimToken == nil })
            try await receiver.stop()
            try await installation.finish(app)
        } catch {
            try? await receiver.stop()
            try? await installation.finish(app)
            throw error
        }
    }

    @Test("After the last attempt a delivery fails for good and is not tried again")
    func permanentFailure() async throws {
        let clock = TestClock()
        let installation = try RestartableInstallation(clock: clock) { $0.webhooks.retry = RetrySchedule(maximumAttempts: 3, baseDelay: 10, maximumDelay: 60, jitter: 0.5) }
        let receiver = try await WebhookReceiver.make()
        let app = try await installation.start()
        do {
            let world = try await TestWorld(app: app)
            let s = try await ReferralAPITests.setUp(world)
            let shelterAdmin = try await world.makeUser("shelter.admin", in: s.shelterID, roles: [.orgAdmin])
            _ = try await WebhookService(database: app.db, context: app.libertas)
                .create(try await world.caller(shelterAdmin), organisationID: s.shelterID, NewWebhookEndpoint(url: receiver.url, kinds: ["referral.received"]))
            try await refer(app, try #require(s.police.token), s)

            #expect(try await WebhookDispatch.runOnce(app) == .init(attempted: 1, delivered: 0, failed: 0))
            var delivery = try #require(try await WebhookDeliveryModel.query(on: app.db).first())
            // Attempt 1 failed: the next is 10 s later, plus at most half of that as jitter.
            let wait = delivery.nextAttemptAt.timeIntervalSince(try #require(delivery.lastAttemptAt))
            #expect(wait >= 10 && wait <= 15)
            clock.advance(by: 16)
            #expect(try await WebhookDispatch.runOnce(app) == .init(attempted: 1, delivered: 0, failed: 0))
            clock.advance(by: 31)
            #expect(try await WebhookDispatch.runOnce(app) == .init(attempted: 1, delivered: 0, failed: 1))
            delivery = try #require(try await WebhookDeliveryModel.query(on: app.db).first())
            #expect(delivery.status == "failed" && delivery.attempts == 3 && delivery.deliveredAt == nil)

            try await receiver.start()
            clock.advance(by: 86_400)
            #expect(try await WebhookDispatch.runOnce(app).attempted == 0)
            #expect(receiver.requests.isEmpty)
            try await receiver.stop()
            try await installation.finish(app)
        } catch {
            try? await receiver.stop()
            try? await installation.finish(app)
            throw error
        }
    }

    /// Refers the setup's victim to the shelter once more, without personal data.
    func refer(_ app: Application, _ token: String, _ s: ReferralAPITests.Setup) async throws {
        let response = try await APIClient(app: app, token: token).call(.POST, "/cases/\(s.caseID)/referrals", json: """
            {"victimId": "\(s.victimID)", "toOrganisationId": "\(s.shelterID)", "serviceType": "Shelter", "shares": [], "note": "Needs a bed tonight"}
            """, documentedAs: "/cases/{id}/referrals")
        #expect(response.status == .created, "\(response.body.string)")
    }
}

extension JSONDecoder {
    static var iso8601: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
