import AccessControl
import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

/// Users of organisation A must not read, list, search or export organisation
/// B's records, through the pages or the API. The records at stake here are
/// user accounts (names and emails) and audit entries.
@Suite("Organisation isolation")
struct CrossOrganisationTests {
    struct Setup {
        let world: TestWorld
        let orgA: UUID
        let orgB: UUID
        let adminA: TestWorld.Account
        let workerA: TestWorld.Account
        let victimB: TestWorld.Account
    }

    /// B's user has a distinctive name and email, so any leak shows in a body.
    static func setUp(_ world: TestWorld) async throws -> Setup {
        let orgA = try await world.makeOrganisation("Organisation A")
        let orgB = try await world.makeOrganisation("Organisation B")
        let adminA = try await world.makeUser("admin.a", in: orgA, roles: [.orgAdmin])
        let workerA = try await world.makeUser("worker.a", in: orgA, roles: [.caseWorker, .supervisor])
        let victimB = try await world.makeUser("secret.b", in: orgB, roles: [.caseWorker], displayName: "Zebediah Quartermaine", email: "zq@org-b.example")
        // Activity in B, so B's audit trail has entries of its own.
        let adminB = try await world.makeUser("admin.b", in: orgB, roles: [.orgAdmin])
        _ = try await UserService(database: world.app.db, context: world.context, threadPool: world.app.threadPool)
            .update(try await world.caller(adminB), id: victimB.id, UserInput(displayName: "Zebediah Quartermaine"))
        return Setup(world: world, orgA: orgA, orgB: orgB, adminA: adminA, workerA: workerA, victimB: victimB)
    }

    static let leaks = ["Zebediah", "Quartermaine", "zq@org-b.example", "secret.b"]

    static func expectNoLeak(_ body: String, _ what: String) {
        for leak in leaks { #expect(!body.contains(leak), "\(what) leaks \(leak)") }
    }

    @Test("Through the API: no read, list, search, update or reset of another organisation's users")
    func api() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            for account in [s.adminA, s.workerA] {
                let api = APIClient(app: world.app, token: try await world.token(for: account))
                let read = try await api.call(.GET, "/users/\(s.victimB.id)", documentedAs: "/users/{id}")
                #expect(read.status == .notFound)
                Self.expectNoLeak(read.body.string, "GET /users/{id} as \(account.username)")

                for query in ["", "?organisationId=\(s.orgB)", "?q=secret", "?q=b&limit=200"] {
                    let list = try await api.call(.GET, "/users" + query, documentedAs: "/users")
                    #expect(list.status == .ok)
                    Self.expectNoLeak(list.body.string, "GET /users\(query) as \(account.username)")
                    let ids = try list.json()["items"]?.array?.compactMap { $0["organisationId"]?.string } ?? []
                    #expect(ids.allSatisfy { $0 == s.orgA.uuidString }, "only organisation A's users are listed")
                }

                let patch = try await api.call(.PATCH, "/users/\(s.victimB.id)", json: #"{"displayName":"Hacked"}"#, documentedAs: "/users/{id}")
                #expect(patch.status == .notFound)
                let reset = try await api.call(.POST, "/users/\(s.victimB.id)/password-reset", documentedAs: "/users/{id}/password-reset")
                #expect(reset.status == .notFound)
                let create = try await api.call(.POST, "/users", json: #"{"username":"mole","displayName":"Mole","organisationId":"\#(s.orgB)","roles":["caseWorker"]}"#)
                #expect([.forbidden, .notFound, .unprocessableEntity].contains(create.status))
            }
            let victim = try #require(try await UserQueries.find(id: s.victimB.id, on: world.app.db))
            #expect(try UserView(victim, cipher: world.context.cipher).displayName == "Zebediah Quartermaine")
            #expect(try await UserQueries.find(username: "mole", on: world.app.db) == nil)
            #expect(try await world.auditEntries("access.denied").count >= 6, "refusals are audited")
        }
    }

    @Test("Through the API: the audit trail of another organisation stays hidden")
    func auditAPI() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let api = APIClient(app: world.app, token: try await world.token(for: s.adminA))
            for query in ["", "?recordId=\(s.victimB.id)", "?action=user", "?limit=200"] {
                let page = try await api.call(.GET, "/audit-entries" + query, documentedAs: "/audit-entries")
                #expect(page.status == .ok)
                let entries = try page.json()["items"]?.array ?? []
                for entry in entries {
                    let organisation = entry["organisationId"]?.string
                    #expect(organisation == s.orgA.uuidString, "entry \(entry) is not A's")
                    #expect(entry["recordId"]?.string != s.victimB.id.uuidString)
                }
            }
            let verification = try await api.call(.GET, "/audit-entries/verification")
            #expect(verification.status == .forbidden)
            let worker = APIClient(app: world.app, token: try await world.token(for: s.workerA))
            #expect(try await worker.call(.GET, "/audit-entries", documentedAs: "/audit-entries").status == .forbidden)
        }
    }

    @Test("Through the pages: no read, list, search or edit of another organisation's users or audit")
    func pages() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let browser = try await world.browser(signedInAs: s.adminA)
            let paths = [
                "/users/\(s.victimB.id)", "/users/\(s.victimB.id)/edit",
                "/users?organisation=\(s.orgB)", "/users?q=secret", "/users",
                "/audit", "/audit?actor=admin.b", "/audit?recordType=user",
                "/organisations/\(s.orgB)/edit",
            ]
            for path in paths {
                let response = try await browser.get(path)
                #expect([.ok, .forbidden, .notFound].contains(response.status), "\(path) → \(response.status)")
                Self.expectNoLeak(response.text, path)
            }
            #expect(try await browser.get("/users/\(s.victimB.id)").status == .notFound)
            #expect(try await browser.get("/organisations/\(s.orgB)/edit").status == .forbidden)
            let edit = try await browser.submit("/users/\(s.victimB.id)", ["displayName": "Hacked", "email": ""])
            #expect(edit.status == .notFound)
            let reset = try await browser.submit("/users/\(s.victimB.id)/reset-password", [:])
            #expect(reset.status == .notFound)
            #expect(!(try await browser.get("/audit").text.contains(s.orgB.uuidString)))
            let worker = try await world.browser(signedInAs: s.workerA)
            #expect(try await worker.get("/audit").status == .forbidden)
            #expect(try await worker.get("/audit/verify").status == .forbidden)
        }
    }
}
