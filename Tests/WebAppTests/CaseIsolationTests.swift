import AccessControl
import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

/// Case files belong to the organisation that opened them. Another
/// organisation's workers, administrators without a case-work role, and
/// analysts must not read, list, search, export or change them.
@Suite("Case isolation between organisations")
struct CaseIsolationTests {
    struct Setup {
        let caseID: String
        let victimPersonID: String
        let outsider: TestWorld.Account
        let orgAdmin: TestWorld.Account
        let analyst: TestWorld.Account
    }

    static func setUp(_ world: TestWorld) async throws -> Setup {
        let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
        let shelter = try await world.makeOrganisation("Shelter")
        let officer = try await world.makeUser("officer", in: police, roles: [.caseWorker])
        let api = APIClient(app: world.app, token: try await world.token(for: officer))
        let created = try await api.call(.POST, "/cases", json: CaseAPITests.newCase).json()
        return Setup(
            caseID: try #require(created["id"]?.string),
            victimPersonID: try #require(created["victims"]?[0]?["personId"]?.string),
            outsider: try await world.makeUser("outsider", in: shelter, roles: [.caseWorker, .supervisor]),
            orgAdmin: try await world.makeUser("police.admin", in: police, roles: [.orgAdmin]),
            analyst: try await world.makeUser("analyst", in: police, roles: [.analyst])
        )
    }

    static let leaks = ["Amara", "Okafor", "Rossi", "+2348035550101", "Castel Volturno", "hotel work"]

    static func expectNoLeak(_ body: String, _ what: String) {
        for leak in leaks { #expect(!body.contains(leak), "\(what) leaks \(leak)") }
    }

    @Test("Another organisation's case worker gets 404 on every route of the case, and no data")
    func outsiderAPI() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let api = APIClient(app: world.app, token: try await world.token(for: s.outsider))
            let calls: [(HTTPMethod, String, String?, String)] = [
                (.GET, "/cases/\(s.caseID)", nil, "/cases/{id}"),
                (.PATCH, "/cases/\(s.caseID)", #"{"openedOn":"2026-01-01"}"#, "/cases/{id}"),
                (.POST, "/cases/\(s.caseID)/victims", #"{"person":{"givenName":"X"},"context":{"identifiedOn":"2026-01"}}"#, "/cases/{id}/victims"),
                (.POST, "/cases/\(s.caseID)/events", #"{"event":{"type":"Transit"}}"#, "/cases/{id}/events"),
                (.POST, "/cases/\(s.caseID)/comments", #"{"body":"snooping"}"#, "/cases/{id}/comments"),
                (.PUT, "/cases/\(s.caseID)/persons/\(s.victimPersonID)", #"{"givenName":"Changed"}"#, "/cases/{id}/persons/{personId}"),
            ]
            for (method, path, body, template) in calls {
                let response = try await api.call(method, path, json: body, documentedAs: template)
                #expect(response.status == .notFound, "\(method) \(path) → \(response.status)")
                Self.expectNoLeak(response.body.string, "\(method) \(path)")
            }
            let list = try await api.call(.GET, "/cases", documentedAs: "/cases")
            #expect(try list.json()["items"]?.array?.isEmpty == true)
            let search = try await api.call(.POST, "/persons/search", json: #"{"name":"Amara Okafor"}"#)
            #expect(try search.json()["matches"]?.array?.isEmpty == true)
            Self.expectNoLeak(search.body.string, "person search")
            let export = try await api.call(.GET, "/cases/export", documentedAs: "/cases/export")
            #expect(export.status == .ok)
            Self.expectNoLeak(export.body.string, "export")
            #expect(!export.body.string.contains("LBT-"), "no case rows, only the header")
            // Using the victim as an existing person in their own case is refused too.
            let reuse = try await api.call(.POST, "/cases", json: #"{"record":{"openedOn":"2026-11-01"},"victims":[{"personId":"\#(s.victimPersonID)","context":{"identifiedOn":"2026-11"}}]}"#)
            #expect(reuse.status == .notFound)
        }
    }

    @Test("Administrators without a case-work role and analysts see no case data")
    func separationOfDuties() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            for account in [s.orgAdmin, s.analyst, world.admin] {
                let api = APIClient(app: world.app, token: try await world.token(for: account))
                let read = try await api.call(.GET, "/cases/\(s.caseID)", documentedAs: "/cases/{id}")
                #expect([.forbidden, .notFound].contains(read.status), "\(account.username) → \(read.status)")
                Self.expectNoLeak(read.body.string, account.username)
                #expect(try await api.call(.GET, "/cases", documentedAs: "/cases").status == .forbidden)
                #expect(try await api.call(.GET, "/cases/export", documentedAs: "/cases/export").status == .forbidden)
                #expect(try await api.call(.POST, "/persons/search", json: #"{"name":"Amara"}"#).status == .forbidden)
            }
        }
    }

    @Test("Through the pages, the outsider is refused and sees nothing")
    func outsiderPages() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let browser = try await world.browser(signedInAs: s.outsider)
            for path in ["/cases/\(s.caseID)", "/cases/\(s.caseID)/edit", "/cases/\(s.caseID)/victims/new", "/cases/\(s.caseID)/persons/\(s.victimPersonID)/edit", "/cases", "/cases/export.csv"] {
                let response = try await browser.get(path)
                #expect([.ok, .notFound].contains(response.status), "\(path) → \(response.status)")
                Self.expectNoLeak(response.text, path)
            }
            #expect(try await browser.get("/cases/\(s.caseID)").status == .notFound)
            let comment = try await browser.submit("/cases/\(s.caseID)/comments", ["body": "snooping"])
            #expect(comment.status == .notFound)
            let analyst = try await world.browser(signedInAs: s.analyst)
            #expect(try await analyst.get("/cases").status == .forbidden)
            #expect(!(try await analyst.get("/").text.contains(#"href="/cases""#)), "no Cases link for an analyst")
        }
    }
}
