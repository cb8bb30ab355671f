import AccessControl
import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("User accounts")
struct UserTests {
    @Test("Names and emails are encrypted at rest and never written to the audit log")
    func encryptedAtRest() async throws {
        try await TestApp.run { world in
            let org = try await world.makeOrganisation("Shelter")
            let account = try await world.makeUser("amara", in: org, roles: [.caseWorker], displayName: "Amara Okafor", email: "amara@shelter.example")
            let row = try #require(try await UserQueries.find(id: account.id, on: world.app.db))
            #expect(row.displayNameCipher.hasPrefix("v1:"))
            #expect(!row.displayNameCipher.contains("Amara"))
            #expect(!(row.emailCipher ?? "").contains("amara@"))
            let entries = try await AuditEntryModel.query(on: world.app.db).all()
            #expect(!entries.contains { $0.summary.contains("Amara") || $0.summary.contains("shelter.example") })
            let view = try UserView(row, cipher: world.context.cipher)
            #expect(view.displayName == "Amara Okafor" && view.email == "amara@shelter.example")
        }
    }

    @Test("An administrator creates a user through the API and gets a one-time password")
    func createThroughAPI() async throws {
        try await TestApp.run { world in
            let org = try await world.makeOrganisation("Police")
            let api = APIClient(app: world.app, token: try await world.token(for: world.admin))
            let body = #"{"username":"li.wei","displayName":"Li Wei","email":"li@police.example","organisationId":"\#(org)","roles":["caseWorker","supervisor"]}"#
            let created = try await api.call(.POST, "/users", json: body)
            #expect(created.status == .created)
            let json = try created.json()
            #expect(json["user"]?["roles"]?.array?.count == 2)
            #expect(json["user"]?["mustChangePassword"]?.bool == true)
            let password = try #require(json["oneTimePassword"]?.string)
            let stored = try #require(try await UserQueries.find(username: "li.wei", on: world.app.db))
            #expect(stored.passwordHash.hasPrefix("$2"))
            #expect(!stored.passwordHash.contains(password))

            let again = try await api.call(.POST, "/users", json: body)
            #expect(again.status == .conflict)
            let badRole = try await api.call(.POST, "/users", json: #"{"username":"x.y","displayName":"X","organisationId":"\#(org)","roles":["emperor"]}"#)
            #expect(badRole.status == .unprocessableEntity)
        }
    }

    @Test("An organisation administrator cannot make system administrators")
    func noPrivilegeEscalation() async throws {
        try await TestApp.run { world in
            let org = try await world.makeOrganisation("Shelter")
            let orgAdmin = try await world.makeUser("grace", in: org, roles: [.orgAdmin])
            let worker = try await world.makeUser("sofia", in: org, roles: [.caseWorker])
            let api = APIClient(app: world.app, token: try await world.token(for: orgAdmin))
            let escalate = try await api.call(.PATCH, "/users/\(worker.id)", json: #"{"roles":["systemAdmin"]}"#, documentedAs: "/users/{id}")
            #expect(escalate.status == .unprocessableEntity)
            let own = try await api.call(.PATCH, "/users/\(orgAdmin.id)", json: #"{"roles":["orgAdmin","supervisor"]}"#, documentedAs: "/users/{id}")
            #expect(own.status == .unprocessableEntity)
            let allowed = try await api.call(.PATCH, "/users/\(worker.id)", json: #"{"roles":["caseWorker","supervisor"]}"#, documentedAs: "/users/{id}")
            #expect(allowed.status == .ok)
            let entry = try #require(try await world.auditEntries("user.update").last)
            #expect(entry.summary.contains(#""roles":{"from":"caseWorker","to":"caseWorker,supervisor"}"#))
            #expect(entry.actorLabel == "grace")
        }
    }

    @Test("A case worker may edit their own name but not their roles")
    func selfService() async throws {
        try await TestApp.run { world in
            let org = try await world.makeOrganisation("Shelter")
            let worker = try await world.makeUser("sofia", in: org, roles: [.caseWorker])
            let api = APIClient(app: world.app, token: try await world.token(for: worker))
            let renamed = try await api.call(.PATCH, "/users/\(worker.id)", json: #"{"displayName":"Sofía Ramírez"}"#, documentedAs: "/users/{id}")
            #expect(try renamed.json()["displayName"]?.string == "Sofía Ramírez")
            let roles = try await api.call(.PATCH, "/users/\(worker.id)", json: #"{"roles":["orgAdmin"]}"#, documentedAs: "/users/{id}")
            #expect(roles.status == .forbidden)
        }
    }

    @Test("An administrator cannot deactivate themselves, so one always remains; a deactivated user's tokens stop")
    func deactivation() async throws {
        try await TestApp.run { world in
            let second = try await world.makeUser("second", in: world.admin.organisationID, roles: [.systemAdmin])
            let rootAPI = APIClient(app: world.app, token: try await world.token(for: world.admin))
            let api = APIClient(app: world.app, token: try await world.token(for: second))
            // Used once before, so the token is among those recently accepted: deactivation must still stop it at once.
            #expect(try await rootAPI.call(.GET, "/me").status == .ok)
            let deactivated = try await api.call(.PATCH, "/users/\(world.admin.id)", json: #"{"active":false}"#, documentedAs: "/users/{id}")
            #expect(deactivated.status == .ok)
            #expect(try await rootAPI.call(.GET, "/me").status == .unauthorized)
            let selfDeactivation = try await api.call(.PATCH, "/users/\(second.id)", json: #"{"active":false}"#, documentedAs: "/users/{id}")
            #expect(selfDeactivation.status == .unprocessableEntity)
            #expect(try selfDeactivation.json()["error"]?["fields"]?[0]?["field"]?.string == "active")
        }
    }

    @Test("A password reset gives a one-time password and ends sessions and tokens")
    func passwordReset() async throws {
        try await TestApp.run { world in
            let org = try await world.makeOrganisation("Police")
            let worker = try await world.makeUser("amara", in: org, roles: [.caseWorker])
            let workerToken = try await world.token(for: worker)
            #expect(try await APIClient(app: world.app, token: workerToken).call(.GET, "/me").status == .ok)
            let workerBrowser = try await world.browser(signedInAs: worker)
            let admin = try await world.browser(signedInAs: world.admin)
            let reset = try await admin.submit("/users/\(worker.id)/reset-password", [:])
            #expect(reset.status == .ok)
            #expect(reset.text.contains(#"id="one-time-password""#))
            #expect(try await workerBrowser.get("/").status == .seeOther)
            #expect(try await APIClient(app: world.app, token: workerToken).call(.GET, "/me").status == .unauthorized)
            #expect(try await world.auditEntries("user.password.reset").count == 1)
        }
    }

    @Test("Reading another person's account is audited; reading one's own is not")
    func readsAudited() async throws {
        try await TestApp.run { world in
            let org = try await world.makeOrganisation("Police")
            let worker = try await world.makeUser("amara", in: org, roles: [.caseWorker])
            let admin = try await world.browser(signedInAs: world.admin)
            #expect(try await admin.get("/users/\(worker.id)").text.contains("amara@example.org"))
            #expect(try await admin.get("/users").status == .ok)
            #expect(try await world.auditEntries("user.read").map(\.recordID) == [worker.id.uuidString])
            #expect(try await world.auditEntries("user.list").count == 1)
            let own = try await world.browser(signedInAs: worker)
            #expect(try await own.get("/users/\(worker.id)").status == .ok)
            #expect(try await world.auditEntries("user.read").count == 1)
        }
    }
}
