import AccessControl
import CaseModel
import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Tasks and referral follow-ups")
struct TaskAPITests {
    /// 2026-11-02 10:00 UTC.
    static let start = Date(timeIntervalSince1970: 1_793_613_600)

    struct Setup {
        let clock: TestClock
        let worker: APIClient
        let colleague: APIClient
        let outsider: APIClient
        let workerAccount: TestWorld.Account
        let colleagueAccount: TestWorld.Account
        let caseID: String
    }

    static func setUp(_ world: TestWorld) async throws -> Setup {
        let clock = TestClock(start)
        world.app.libertas = try LibertasContext(config: world.app.libertas.config, now: { clock.now })
        let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
        let shelter = try await world.makeOrganisation("Safe Harbour Shelter")
        let workerAccount = try await world.makeUser("amara.worker", in: police, roles: [.caseWorker])
        let colleagueAccount = try await world.makeUser("sam.supervisor", in: police, roles: [.supervisor])
        let outsiderAccount = try await world.makeUser("lee.shelter", in: shelter, roles: [.caseWorker])
        let worker = APIClient(app: world.app, token: try await world.token(for: workerAccount))
        let created = try await worker.call(.POST, "/cases", json: #"{"record": {"openedOn": "2026-10-02"}, "victims": [{"person": {"givenName": "Amara"}, "context": {}}]}"#)
        #expect(created.status == .created, "\(created.body.string)")
        return Setup(clock: clock, worker: worker, colleague: APIClient(app: world.app, token: try await world.token(for: colleagueAccount)),
                     outsider: APIClient(app: world.app, token: try await world.token(for: outsiderAccount)),
                     workerAccount: workerAccount, colleagueAccount: colleagueAccount, caseID: try #require(try created.json()["id"]?.string))
    }

    static func addTask(_ s: Setup, title: String = "Call Amara about the shelter place", dueOn: String, assignee: UUID) async throws -> TestingHTTPResponse {
        try await s.worker.call(.POST, "/cases/\(s.caseID)/tasks", json: #"{"title": "\#(title)", "dueOn": "\#(dueOn)", "assigneeId": "\#(assignee)"}"#,
                                documentedAs: "/cases/{id}/tasks")
    }

    static func list(_ client: APIClient, _ view: String) async throws -> JSONValue {
        try await client.call(.GET, "/tasks?view=\(view)", documentedAs: "/tasks").json()
    }

    @Test("My tasks and the overdue view follow the clock; done tasks leave both")
    func mineAndOverdue() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            #expect(try await Self.addTask(s, dueOn: "2026-11-01", assignee: s.workerAccount.id).status == .unprocessableEntity, "not in the past")
            #expect(try await Self.addTask(s, dueOn: "2026-11-03", assignee: UUID()).status == .unprocessableEntity)
            let first = try await Self.addTask(s, dueOn: "2026-11-03", assignee: s.workerAccount.id)
            #expect(first.status == .created, "\(first.body.string)")
            let firstID = try #require(try first.json()["id"]?.string)
            let secondID = try #require(try await Self.addTask(s, title: "Book the interpreter", dueOn: "2026-11-10", assignee: s.colleagueAccount.id).json()["id"]?.string)

            let mine = try await Self.list(s.worker, "mine")
            #expect(mine["items"]?.array?.count == 1 && mine["items"]?[0]?["title"]?.string == "Call Amara about the shelter place")
            #expect(try await Self.list(s.worker, "overdue")["items"]?.array?.isEmpty == true)

            s.clock.advance(days: 2)   // 2026-11-04: the first task is a day late.
            let overdue = try await Self.list(s.colleague, "overdue")
            #expect(overdue["items"]?.array?.count == 1 && overdue["items"]?[0]?["id"]?.string == firstID && overdue["items"]?[0]?["overdue"]?.bool == true)
            #expect(try await Self.list(s.outsider, "overdue")["items"]?.array?.isEmpty == true, "another organisation sees nothing")
            #expect(try await s.outsider.call(.POST, "/tasks/\(firstID)/complete", documentedAs: "/tasks/{id}/complete").status == .notFound)

            let reassigned = try await s.worker.call(.PATCH, "/tasks/\(secondID)", json: #"{"assigneeId": "\#(s.workerAccount.id)", "dueOn": "2026-11-12"}"#, documentedAs: "/tasks/{id}")
            #expect(reassigned.status == .noContent)
            #expect(try await Self.list(s.worker, "mine")["items"]?.array?.count == 2)

            #expect(try await s.worker.call(.POST, "/tasks/\(firstID)/complete", documentedAs: "/tasks/{id}/complete").status == .noContent)
            #expect(try await s.worker.call(.POST, "/tasks/\(firstID)/complete", documentedAs: "/tasks/{id}/complete").status == .conflict)
            #expect(try await Self.list(s.colleague, "overdue")["items"]?.array?.isEmpty == true)
            let ofCase = try await s.worker.call(.GET, "/cases/\(s.caseID)/tasks", documentedAs: "/cases/{id}/tasks").json()
            #expect(ofCase[0]?["status"]?.string == "Open" && ofCase[1]?["status"]?.string == "Done")

            let stored = try await TaskModel.query(on: world.app.db).all()
            #expect(stored.allSatisfy { $0.titleCipher?.contains("Amara") == false }, "titles are encrypted")
        }
    }

    @Test("The follow-up job makes exactly one task for a referral pending past the threshold, none for an accepted one, and reports overdue tasks once")
    func followUps() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let victimID = try #require(try await s.worker.call(.GET, "/cases/\(s.caseID)", documentedAs: "/cases/{id}").json()["victims"]?[0]?["id"]?.string)
            let shelterID = try #require(try await OrganisationModel.query(on: world.app.db).filter(\.$name == "Safe Harbour Shelter").first()?.id)
            let refer = { () async throws -> String in
                let response = try await s.worker.call(.POST, "/cases/\(s.caseID)/referrals",
                                                       json: #"{"victimId": "\#(victimID)", "toOrganisationId": "\#(shelterID)", "serviceType": "Shelter"}"#,
                                                       documentedAs: "/cases/{id}/referrals")
                #expect(response.status == .created, "\(response.body.string)")
                return try #require(try response.json()["id"]?.string)
            }
            let pending = try await refer()
            let accepted = try await refer()
            #expect(try await s.outsider.call(.POST, "/referrals/\(accepted)/accept", documentedAs: "/referrals/{id}/accept").status == .noContent)

            #expect(try await ReferralFollowUp.runOnce(world.app) == .init(followUps: 0, overdue: 0), "not yet past the threshold")
            s.clock.advance(days: 4)
            #expect(try await ReferralFollowUp.runOnce(world.app) == .init(followUps: 1, overdue: 0))
            #expect(try await ReferralFollowUp.runOnce(world.app) == .init(followUps: 0, overdue: 0), "never two")
            let tasks = try await TaskModel.query(on: world.app.db).all()
            #expect(tasks.count == 1)
            #expect(tasks[0].$referral.id?.uuidString.lowercased() == pending.lowercased())
            #expect(tasks[0].assigneeID == s.workerAccount.id && tasks[0].organisationID == s.workerAccount.organisationID && tasks[0].kind == "ReferralFollowUp")
            let mine = try await Self.list(s.worker, "mine")
            #expect(mine["items"]?[0]?["kind"]?.string == "ReferralFollowUp" && mine["items"]?[0]?["dueOn"]?.string == "2026-11-06")

            s.clock.advance(days: 1)
            #expect(try await ReferralFollowUp.runOnce(world.app) == .init(followUps: 0, overdue: 1))
            #expect(try await ReferralFollowUp.runOnce(world.app) == .init(followUps: 0, overdue: 0), "told once")
            #expect(try await world.auditEntries("task.overdue").count == 1)
        }
    }

    @Test("The case page and /tasks show tasks, with empty states and the follow-up's title")
    func pages() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let browser = try await world.browser(signedInAs: s.workerAccount)
            let empty = try await browser.get("/tasks")
            #expect(empty.status == .ok && empty.text.contains("You have no open tasks."))
            #expect(try await browser.get("/tasks?view=overdue").text.contains("No open task of your organisation is overdue."))
            #expect(try await browser.get("/cases/\(s.caseID)").text.contains("No tasks for this case."))

            let added = try await browser.submit("/cases/\(s.caseID)/tasks", ["title": "Visit <Amara>", "dueOn": "2026-11-05", "assigneeId": s.workerAccount.id.uuidString])
            #expect(added.status == .seeOther)
            let bad = try await browser.submit("/cases/\(s.caseID)/tasks", ["title": "", "dueOn": "2020-01-01", "assigneeId": s.workerAccount.id.uuidString])
            #expect(bad.status == .unprocessableEntity && bad.text.contains("Choose a day, today or later."))
            let mine = try await browser.get("/tasks")
            #expect(mine.text.contains("Visit &lt;Amara&gt;") && mine.text.contains("2026-11-05"))
            s.clock.advance(days: 5)
            // Five days on, the idle session has ended: sign in again.
            let later = try await world.browser(signedInAs: s.workerAccount)
            let overdue = try await later.get("/tasks?view=overdue")
            #expect(overdue.text.contains("Visit &lt;Amara&gt;"))
            let id = try #require(try await TaskModel.query(on: world.app.db).first()?.id)
            let done = try await later.submit("/tasks/\(id)/complete", ["returnTo": "/tasks?view=overdue"])
            #expect(done.status == .seeOther && done.location == "/tasks?view=overdue")
            #expect(try await later.get("/tasks?view=overdue").text.contains("No open task of your organisation is overdue."))
        }
    }
}
