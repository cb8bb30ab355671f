import AccessControl
import CaseModel
import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Approvals of case steps")
struct ApprovalAPITests {
    /// A police organisation with a worker, two supervisors and a case of one victim; a shelter with its own supervisor.
    struct Setup {
        let worker: APIClient
        let supervisor: APIClient
        let secondSupervisor: APIClient
        let outsider: APIClient
        let supervisorAccount: TestWorld.Account
        let caseID: String
        let victimID: String
    }

    static func setUp(_ world: TestWorld) async throws -> Setup {
        let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
        let shelter = try await world.makeOrganisation("Safe Harbour Shelter")
        let client = { (name: String, organisation: UUID, roles: Set<Role>) async throws -> (APIClient, TestWorld.Account) in
            let account = try await world.makeUser(name, in: organisation, roles: roles)
            return (APIClient(app: world.app, token: try await world.token(for: account)), account)
        }
        let (worker, _) = try await client("amara.worker", police, [.caseWorker])
        let (supervisor, supervisorAccount) = try await client("sam.supervisor", police, [.supervisor, .caseWorker])
        let (second, _) = try await client("kim.supervisor", police, [.supervisor])
        let (outsider, _) = try await client("lee.shelter", shelter, [.supervisor, .caseWorker])
        let created = try await worker.call(.POST, "/cases", json: """
            {"record": {"openedOn": "2026-10-02"},
             "victims": [{"person": {"givenName": "Amara", "familyName": "Okafor"}, "context": {"identifiedOn": "2026-09"}}]}
            """)
        #expect(created.status == .created, "\(created.body.string)")
        let body = try created.json()
        return Setup(worker: worker, supervisor: supervisor, secondSupervisor: second, outsider: outsider, supervisorAccount: supervisorAccount,
                     caseID: try #require(body["id"]?.string), victimID: try #require(body["victims"]?[0]?["id"]?.string))
    }

    static func request(_ client: APIClient, _ s: Setup, step: String, comment: String = "Victim is safe and housed") async throws -> TestingHTTPResponse {
        try await client.call(.POST, "/cases/\(s.caseID)/approvals", json: #"{"step": "\#(step)", "comment": "\#(comment)"}"#, documentedAs: "/cases/{id}/approvals")
    }

    static func decide(_ client: APIClient, _ id: String, _ verb: String, comment: String? = nil) async throws -> TestingHTTPResponse {
        try await client.call(.POST, "/approvals/\(id)/\(verb)", json: comment.map { #"{"comment": "\#($0)"}"# } ?? "{}", documentedAs: "/approvals/{id}/\(verb)")
    }

    static func close(_ client: APIClient, _ s: Setup) async throws -> TestingHTTPResponse {
        try await client.call(.PATCH, "/cases/\(s.caseID)", json: #"{"openedOn": "2026-10-02", "status": "Closed", "closedOn": "2026-11-01", "closureReason": "Returned home"}"#,
                              documentedAs: "/cases/{id}")
    }

    @Test("Closing waits for an approved closure; a case worker cannot approve, a supervisor can")
    func closureGate() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let blocked = try await Self.close(s.worker, s)
            #expect(blocked.status == .conflict)
            #expect(blocked.body.string.contains("needs a supervisor's approval"))

            let requested = try await Self.request(s.worker, s, step: "CaseClosure")
            #expect(requested.status == .created, "\(requested.body.string)")
            let id = try #require(try requested.json()["id"]?.string)
            #expect(try await Self.request(s.worker, s, step: "CaseClosure").status == .conflict, "one waiting request per step")
            #expect(try await Self.close(s.worker, s).status == .conflict, "a request alone does not open the gate")

            #expect(try await Self.decide(s.worker, id, "approve").status == .forbidden)
            let queue = try await s.supervisor.call(.GET, "/approvals?status=requested", documentedAs: "/approvals").json()
            #expect(queue["items"]?[0]?["id"]?.string == id)
            #expect(queue["items"]?[0]?["requestComment"]?.string == "Victim is safe and housed")
            #expect(try await Self.decide(s.supervisor, id, "approve", comment: "Agreed").status == .noContent)
            #expect(try await Self.decide(s.secondSupervisor, id, "reject", comment: "Too late").status == .conflict, "decided once")

            let closed = try await Self.close(s.worker, s)
            #expect(closed.status == .ok, "\(closed.body.string)")
            let history = try await s.worker.call(.GET, "/cases/\(s.caseID)/approvals", documentedAs: "/cases/{id}/approvals").json()
            #expect(history[0]?["status"]?.string == "Approved" && history[0]?["decisionComment"]?.string == "Agreed")

            let entries = try await world.auditEntries("approval.approve")
            #expect(entries.count == 1)
            #expect(!entries[0].summary.contains("Agreed"), "comments never reach the audit log")
            let encrypted = try await ApprovalModel.query(on: world.app.db).all()
            #expect(encrypted.allSatisfy { $0.requestCommentCipher?.contains("housed") == false })
        }
    }

    @Test("No one approves their own request, even a supervisor; another supervisor may")
    func ownRequest() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let id = try #require(try await Self.request(s.supervisor, s, step: "SupportPlan").json()["id"]?.string)
            #expect(try await Self.decide(s.supervisor, id, "approve").status == .forbidden)
            #expect(try await world.auditEntries("access.denied").contains { $0.recordID == id })
            #expect(try await Self.decide(s.secondSupervisor, id, "approve").status == .noContent)
        }
    }

    @Test("A supervisor of another organisation neither sees nor decides the requests")
    func otherOrganisation() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let id = try #require(try await Self.request(s.worker, s, step: "CaseClosure").json()["id"]?.string)
            let queue = try await s.outsider.call(.GET, "/approvals", documentedAs: "/approvals")
            #expect(try queue.json()["items"]?.array?.isEmpty == true)
            #expect(try await Self.decide(s.outsider, id, "approve").status == .notFound)
            #expect(try await s.outsider.call(.GET, "/cases/\(s.caseID)/approvals", documentedAs: "/cases/{id}/approvals").status == .notFound)
            #expect(!(try await s.outsider.call(.GET, "/approvals?status=Requested", documentedAs: "/approvals").body.string.contains("housed")))
        }
    }

    @Test("A rejection needs a comment; the step may then be requested again, and only the newest request counts")
    func rejectAndRequestAgain() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let first = try #require(try await Self.request(s.worker, s, step: "TraffickingStatusDecision").json()["id"]?.string)
            #expect(try await Self.decide(s.supervisor, first, "reject").status == .unprocessableEntity)
            #expect(try await Self.decide(s.supervisor, first, "reject", comment: "Add the interview notes first").status == .noContent)
            let decision = #"{"identifiedOn": "2026-09", "traffickingStatus": "ActualVictimOfTrafficking", "statusDecidedBy": "Police"}"#
            let blocked = try await s.worker.call(.PUT, "/cases/\(s.caseID)/victims/\(s.victimID)", json: decision, documentedAs: "/cases/{id}/victims/{victimId}")
            #expect(blocked.status == .conflict)

            let second = try #require(try await Self.request(s.worker, s, step: "TraffickingStatusDecision", comment: "Notes added").json()["id"]?.string)
            #expect(try await Self.decide(s.supervisor, first, "approve").status == .conflict, "the rejected request stays rejected")
            #expect(try await Self.decide(s.supervisor, second, "approve").status == .noContent)
            let saved = try await s.worker.call(.PUT, "/cases/\(s.caseID)/victims/\(s.victimID)", json: decision, documentedAs: "/cases/{id}/victims/{victimId}")
            #expect(saved.status == .noContent, "\(saved.body.string)")
            let history = try await s.worker.call(.GET, "/cases/\(s.caseID)/approvals", documentedAs: "/cases/{id}/approvals").json()
            #expect(history[0]?["status"]?.string == "Rejected" && history[0]?["decisionComment"]?.string == "Add the interview notes first")
            #expect(history[1]?["status"]?.string == "Approved")
        }
    }

    @Test("A step the country does not require cannot be requested and guards nothing")
    func notRequired() async throws {
        try await TestApp.run { world in
            world.app.libertas = try LibertasContext(config: Self.config(world, steps: [.supportPlan]))
            let s = try await Self.setUp(world)
            #expect(try await Self.request(s.worker, s, step: "CaseClosure").status == .unprocessableEntity)
            #expect(try await Self.close(s.worker, s).status == .ok)
        }
    }

    @Test("The case page shows the steps and the history; the supervisor approves the support plan from the queue page")
    func pages() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let worker = try await world.browser(signedInAs: try await world.makeUser("wen.worker", in: s.supervisorAccount.organisationID, roles: [.caseWorker]))
            let requested = try await worker.submit("/cases/\(s.caseID)/approvals", ["step": "SupportPlan", "comment": "Plan agreed with <Amara>"])
            #expect(requested.status == .seeOther)
            let casePage = try await worker.get("/cases/\(s.caseID)")
            #expect(casePage.text.contains("Waiting for approval") && casePage.text.contains("Plan agreed with &lt;Amara&gt;"))
            #expect(!casePage.text.contains(#"href="/approvals""#), "no queue link for a case worker")

            let supervisor = try await world.browser(signedInAs: s.supervisorAccount)
            let queue = try await supervisor.get("/approvals")
            #expect(queue.status == .ok && queue.text.contains("Support plan") && queue.text.contains("Plan agreed with &lt;Amara&gt;"))
            let id = try #require(try await ApprovalModel.query(on: world.app.db).first()?.id)
            let rejectedWithout = try await supervisor.submit("/approvals/\(id)/reject", ["comment": ""])
            #expect(rejectedWithout.status == .unprocessableEntity)
            let approved = try await supervisor.submit("/approvals/\(id)/approve", ["comment": ""])
            #expect(approved.status == .seeOther)
            #expect(try await supervisor.get("/approvals").text.contains("No request is waiting for a decision."))
            let after = try await worker.get("/cases/\(s.caseID)")
            #expect(after.text.contains("Approved"))
        }
    }

    static func config(_ world: TestWorld, steps: Set<ApprovalStep>) -> AppConfig {
        var config = world.app.libertas.config
        config.workflow.approvalSteps = steps
        return config
    }
}
