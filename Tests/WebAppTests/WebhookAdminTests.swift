import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Webhook administration")
struct WebhookAdminTests {
    struct Setup {
        let orgA: UUID
        let orgB: UUID
        let adminA: APIClient
        let adminB: APIClient
        let workerA: APIClient
        let adminAAccount: TestWorld.Account
        let adminBAccount: TestWorld.Account
    }

    static func setUp(_ world: TestWorld) async throws -> Setup {
        let orgA = try await world.makeOrganisation("Safe Harbour Shelter")
        let orgB = try await world.makeOrganisation("Legal Aid Clinic")
        let adminA = try await world.makeUser("admin.a", in: orgA, roles: [.orgAdmin])
        let adminB = try await world.makeUser("admin.b", in: orgB, roles: [.orgAdmin])
        let worker = try await world.makeUser("worker.a", in: orgA, roles: [.caseWorker, .supervisor])
        return Setup(orgA: orgA, orgB: orgB,
                     adminA: APIClient(app: world.app, token: try await world.token(for: adminA)),
                     adminB: APIClient(app: world.app, token: try await world.token(for: adminB)),
                     workerA: APIClient(app: world.app, token: try await world.token(for: worker)),
                     adminAAccount: adminA, adminBAccount: adminB)
    }

    static func create(_ client: APIClient, _ org: UUID, url: String = "https://hooks.example.org/libertas", kinds: String = #"["referral.received"]"#) async throws -> TestingHTTPResponse {
        try await client.call(.POST, "/organisations/\(org)/webhooks", json: #"{"url": "\#(url)", "kinds": \#(kinds)}"#, documentedAs: "/organisations/{id}/webhooks")
    }

    @Test("The organisation administrator adds an endpoint; the secret is shown once, stored encrypted, and never audited")
    func createShowsSecretOnce() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let created = try await Self.create(s.adminA, s.orgA)
            #expect(created.status == .created, "\(created.body.string)")
            let body = try created.json()
            let secret = try #require(body["secret"]?.string)
            let id = try #require(body["endpoint"]?["id"]?.string)
            #expect(secret.hasPrefix("whsec_") && secret.count > 30)

            let listed = try await s.adminA.call(.GET, "/organisations/\(s.orgA)/webhooks", documentedAs: "/organisations/{id}/webhooks")
            #expect(listed.status == .ok)
            #expect(try listed.json()[0]?["id"]?.string == id)
            #expect(!listed.body.string.contains(secret))
            let row = try #require(try await WebhookEndpointModel.find(UUID(uuidString: id), on: world.app.db))
            #expect(!row.secretCipher.contains(secret))
            let audit = try #require(try await world.auditEntries("webhook.create").first)
            #expect(!audit.summary.contains(secret) && audit.summary.contains("secret"))

            let deactivated = try await s.adminA.call(.POST, "/webhooks/\(id)/deactivate", documentedAs: "/webhooks/{id}/deactivate")
            #expect(try deactivated.json()["active"]?.bool == false)
            #expect(try await world.auditEntries("webhook.deactivate").count == 1)
            #expect(try await s.adminA.call(.POST, "/webhooks/\(id)/test", documentedAs: "/webhooks/{id}/test").status == .conflict)
        }
    }

    @Test("Bad input is refused field by field: plain HTTP elsewhere, credentials, no or unknown kinds")
    func validation() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            for (url, kinds) in [("http://hooks.example.org/x", #"["referral.received"]"#), ("https://u:p@hooks.example.org/", #"["referral.received"]"#),
                                 ("https://hooks.example.org/x", "[]"), ("https://hooks.example.org/x", #"["webhook.test"]"#), ("nonsense", #"["referral.received"]"#)] {
                let refused = try await Self.create(s.adminA, s.orgA, url: url, kinds: kinds)
                #expect(refused.status == .unprocessableEntity, "\(url) \(kinds)")
            }
            let local = try await Self.create(s.adminA, s.orgA, url: "http://127.0.0.1:9/hook")
            #expect(local.status == .created)
        }
    }

    @Test("Another organisation's administrator and the organisation's case workers see nothing, through the API and the pages")
    func isolation() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let id = try #require(try await Self.create(s.adminA, s.orgA).json()["endpoint"]?["id"]?.string)
            #expect(try await s.adminA.call(.POST, "/webhooks/\(id)/test", documentedAs: "/webhooks/{id}/test").status == .accepted)
            let log = try await s.adminA.call(.GET, "/organisations/\(s.orgA)/webhook-deliveries", documentedAs: "/organisations/{id}/webhook-deliveries")
            #expect(try log.json()["items"]?[0]?["type"]?.string == "webhook.test")

            for client in [s.adminB, s.workerA] {
                let list = try await client.call(.GET, "/organisations/\(s.orgA)/webhooks", documentedAs: "/organisations/{id}/webhooks")
                let deliveries = try await client.call(.GET, "/organisations/\(s.orgA)/webhook-deliveries", documentedAs: "/organisations/{id}/webhook-deliveries")
                let created = try await Self.create(client, s.orgA)
                let test = try await client.call(.POST, "/webhooks/\(id)/test", documentedAs: "/webhooks/{id}/test")
                let deactivate = try await client.call(.POST, "/webhooks/\(id)/deactivate", documentedAs: "/webhooks/{id}/deactivate")
                for response in [list, deliveries, created, test, deactivate] {
                    #expect([.notFound, .forbidden].contains(response.status))
                    #expect(!response.body.string.contains(id) && !response.body.string.contains("hooks.example.org"))
                }
            }
            // Their own organisation works for B.
            #expect(try await s.adminB.call(.GET, "/organisations/\(s.orgB)/webhooks", documentedAs: "/organisations/{id}/webhooks").json().array?.isEmpty == true)

            let browserB = try await world.browser(signedInAs: s.adminBAccount)
            for path in ["/organisations/\(s.orgA)/webhooks", "/organisations/\(s.orgA)/webhooks/deliveries"] {
                let page = try await browserB.get(path)
                #expect(page.status == .notFound, "\(path)")
                #expect(!page.text.contains("hooks.example.org"))
            }
            let post = try await browserB.submit("/webhooks/\(id)/deactivate", [:])
            #expect(post.status == .notFound)
            #expect(try await WebhookEndpointModel.find(UUID(uuidString: id), on: world.app.db)?.active == true)

            // The system administrator manages any organisation's webhooks.
            let root = APIClient(app: world.app, token: try await world.token(for: world.admin))
            #expect(try await root.call(.GET, "/organisations/\(s.orgA)/webhooks", documentedAs: "/organisations/{id}/webhooks").status == .ok)
        }
    }

    @Test("Pages: add an endpoint (secret shown once), send a test, read the delivery log")
    func pages() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let browser = try await world.browser(signedInAs: s.adminAAccount)
            let index = try await browser.get("/organisations/\(s.orgA)/webhooks")
            #expect(index.status == .ok)
            #expect(index.text.contains("Referral received"))
            let invalid = try await browser.submit("/organisations/\(s.orgA)/webhooks", ["url": "http://hooks.example.org/x"])
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.text.contains("HTTPS") && invalid.text.contains("Choose at least one event"))
            let created = try await browser.submit("/organisations/\(s.orgA)/webhooks", ["url": "https://hooks.example.org/libertas"],
                                                   extra: [("kinds[]", "referral.received"), ("kinds[]", "referral.revoked")])
            #expect(created.status == .ok)
            #expect(created.text.contains("whsec_"))
            let endpoint = try #require(try await WebhookEndpointModel.query(on: world.app.db).first())
            #expect(endpoint.kinds == "referral.received;referral.revoked")
            let listed = try await browser.get("/organisations/\(s.orgA)/webhooks")
            #expect(listed.text.contains("https://hooks.example.org/libertas") && !listed.text.contains(created.text.components(separatedBy: "whsec_")[1].prefix(20)))
            let tested = try await browser.submit("/webhooks/\(try endpoint.requireID())/test", [:])
            #expect(tested.status == .seeOther)
            let log = try await browser.get(try #require(tested.location))
            #expect(log.status == .ok && log.text.contains("Webhook test") && log.text.contains("Pending"))
        }
    }
}
