import CaseModel
import Fluent
import Foundation
import SQLKit
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Operator console: referral")
struct OperatorReferralTests {
    /// A hotline with an operator, and a shelter with a case worker who receives referrals.
    struct Setup {
        let hotlineID: UUID
        let shelterID: UUID
        let olga: TestWorld.Account
        let operatorAPI: APIClient
        let shelterWorker: TestWorld.Account
        let shelter: APIClient
    }

    static func setUp(_ world: TestWorld) async throws -> Setup {
        let hotlineID = try await world.makeOrganisation("National Trafficking Hotline")
        let shelterID = try await world.makeOrganisation("Safe Harbour Shelter")
        let olga = try await world.makeUser("olga.operator", in: hotlineID, roles: [.hotlineOperator])
        let grace = try await world.makeUser("grace.shelter", in: shelterID, roles: [.caseWorker])
        return Setup(hotlineID: hotlineID, shelterID: shelterID, olga: olga, operatorAPI: APIClient(app: world.app, token: try await world.token(for: olga)),
                     shelterWorker: grace, shelter: APIClient(app: world.app, token: try await world.token(for: grace)))
    }

    static func refer(_ api: APIClient, _ kind: String, _ id: UUID, to organisation: UUID, service: String = "Shelter", note: String = "She needs a bed tonight") async throws -> TestingHTTPResponse {
        try await api.call(.POST, "/operator/\(kind)s/\(id)/refer", json: #"{"toOrganisationId":"\#(organisation)","serviceType":"\#(service)","note":"\#(note)"}"#,
                           documentedAs: "/operator/\(kind)s/{id}/refer")
    }

    @Test("Two operators referring the same new alert at once open one case: the one who opened it refers, the other is told who holds it")
    func simultaneousReferrals() async throws {
        try await TestApp.run(adjust: PublicReportAPITests.quick) { world in
            let s = try await Self.setUp(world)
            let omar = try await world.makeUser("omar.operator", in: s.hotlineID, roles: [.hotlineOperator])
            let omarAPI = APIClient(app: world.app, token: try await world.token(for: omar))
            let id = UUID()
            #expect(try await PanicAlertAPITests.send(world, OperatorConsoleAPITests.alert(id)).status == .created)
            async let first = Self.refer(s.operatorAPI, "alert", id, to: s.shelterID, service: "Shelter")
            async let second = Self.refer(omarAPI, "alert", id, to: s.shelterID, service: "Medical")
            let answers = [try await first, try await second]
            #expect(Set(answers.map(\.status.code)) == [201, 409], "\(answers.map(\.body.string))")
            #expect(answers.first { $0.status == .conflict }?.body.string.contains("another operator opened it") == true)
            #expect(try await CaseFileModel.query(on: world.app.db).count() == 1, "a second case was opened")
            #expect(try await ReferralModel.query(on: world.app.db).count() == 1)
        }
    }

    @Test("Referring an alert escalates it first, with one victim named as the person registered (sealed); the shelter gets the referral, minimal profile only, in its list and inbox")
    func referAlert() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let id = UUID()
            #expect(try await PanicAlertAPITests.send(world, OperatorConsoleAPITests.alert(id)).status == .created)
            let made = try await Self.refer(s.operatorAPI, "alert", id, to: s.shelterID)
            #expect(made.status == .created, "\(made.body.string)")
            let body = try made.json()
            let caseID = try #require(body["caseId"]?.string.flatMap(UUID.init(uuidString:)))
            let referralID = try #require(body["referralId"]?.string)
            #expect(body["shares"]?.array?.isEmpty == true, "no consent on record: the minimal profile only")

            let alert = try await s.operatorAPI.call(.GET, "/operator/alerts/\(id)", documentedAs: "/operator/alerts/{id}").json()
            #expect(alert["caseId"]?.string == caseID.uuidString)
            #expect(alert["referrals"]?.array?.count == 1)
            #expect(alert["referrals"]?[0]?["toOrganisationId"]?.string == s.shelterID.uuidString && alert["referrals"]?[0]?["status"]?.string == "Pending")
            let file = try await CaseService(database: world.app.db, context: world.context).get(try await world.caller(s.olga), id: caseID)
            #expect(file.organisationID == s.hotlineID)
            #expect(file.victims.count == 1 && file.victims.first?.person.givenName == "Rosa Q.")
            #expect(file.victims.first?.context.traffickingStatus == .possibleVictimOfTrafficking)

            // The receiver: an incoming referral with the profile, no identity, and a notification.
            let incoming = try await s.shelter.call(.GET, "/referrals?direction=incoming", documentedAs: "/referrals").json()
            #expect(incoming["items"]?.array?.compactMap { $0["id"]?.string } == [referralID])
            let referral = try await s.shelter.call(.GET, "/referrals/\(referralID)", documentedAs: "/referrals/{id}").json()
            #expect(referral["profile"] != nil && referral["identity"] == nil && referral["note"]?.string == "She needs a bed tonight")
            let inbox = try await s.shelter.call(.GET, "/me/notifications", documentedAs: "/me/notifications").json()
            #expect(inbox["items"]?.array?.contains { $0["type"]?.string == "referral.received" } == true, "\(inbox)")

            // The same referral while pending: 409, nothing new. Another service is another referral, on the same case and victim.
            let again = try await Self.refer(s.operatorAPI, "alert", id, to: s.shelterID)
            #expect(again.status == .conflict)
            #expect(again.body.string.contains("already referred"))
            #expect(try await Self.refer(s.operatorAPI, "alert", id, to: s.shelterID, service: "Medical").status == .created)
            #expect(try await CaseFileModel.query(on: world.app.db).count() == 1)
            #expect(try await VictimModel.query(on: world.app.db).count() == 1)
            #expect(try await ReferralModel.query(on: world.app.db).count() == 2)

            // The queue shows it; the audit trail has the item's entry, without personal data.
            let queue = try await s.operatorAPI.call(.GET, "/operator/queue").json()
            #expect(queue["items"]?[0]?["referrals"]?.array?.count == 2)
            // The shelter accepts: the console's version moves, so an open console shows the new status.
            #expect(try await s.shelter.call(.POST, "/referrals/\(referralID)/accept", json: "{}", documentedAs: "/referrals/{id}/accept").status == .noContent)
            let accepted = try await s.operatorAPI.call(.GET, "/operator/queue").json()
            #expect(accepted["version"]?.string != queue["version"]?.string)
            #expect(accepted["items"]?[0]?["referrals"]?[0]?["status"]?.string == "Accepted")
            let entries = try await world.auditEntries("panicAlert.refer")
            #expect(entries.count == 2 && entries.allSatisfy { $0.recordID == id.uuidString })
            #expect(try await world.auditEntries("panicAlert.escalate").count == 1)
            #expect(try await world.auditEntries("referral.create").count == 2)
            let sql = Backend.sqlDatabase(world.app.db)
            var stored = ""
            for table in ["audit_entries", "persons", OperatorReferralModel.schema, ReferralModel.schema] {
                for row in try await sql.raw("SELECT * FROM \(ident: table)").all() {
                    for column in row.allColumns { stored += ((try? row.decode(column: column, as: String?.self)) ?? nil) ?? "" }
                }
            }
            #expect(!stored.contains("Rosa") && !stored.contains("bed tonight"), "the name and the note are sealed, and not in the audit log")
        }
    }

    @Test("A report refers with an unnamed victim; a consent to referral recorded on the case lets the next referral share what it covers")
    func referReportWithConsent() async throws {
        try await TestApp.run(adjust: PublicReportAPITests.quick) { world in
            let s = try await Self.setUp(world)
            let legal = try await world.makeOrganisation("Legal Aid Clinic")
            #expect(try await PublicReportAPITests.report(world).status == .created)
            let reportID = try #require(try await PublicReportModel.query(on: world.app.db).first()?.requireID())
            let made = try await Self.refer(s.operatorAPI, "report", reportID, to: s.shelterID)
            #expect(made.status == .created, "\(made.body.string)")
            let caseID = try #require(try made.json()["caseId"]?.string.flatMap(UUID.init(uuidString:)))
            let cases = CaseService(database: world.app.db, context: world.context)
            let olga = try await world.caller(s.olga)
            let file = try await cases.get(olga, id: caseID)
            let victim = try #require(file.victims.first)
            #expect(file.victims.count == 1 && victim.person.fullName.isEmpty, "a reporter may be a witness: the victim is unnamed")
            #expect(try await world.auditEntries("publicReport.refer").count == 1)

            // The operator spoke to the person, who agreed to have their identity passed on.
            _ = try await cases.recordConsent(olga, caseID: caseID, ConsentInput(personID: victim.personID, purpose: .referral, granted: true,
                                                                               givenOn: PartialDate.today(Date()), method: .verbal, shares: [.identity]))
            let second = try await Self.refer(s.operatorAPI, "report", reportID, to: legal, service: "LegalAid")
            #expect(second.status == .created)
            #expect(try second.json()["shares"]?.array?.compactMap(\.string) == ["Identity"])
        }
    }

    @Test("422 per field, before anything is opened: missing, unknown, inactive or own organisation, unknown service, too long a note")
    func validation() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let closedDown = try await world.makeOrganisation("Closed Down NGO")
            let row = try #require(try await OrganisationModel.find(closedDown, on: world.app.db))
            row.active = false
            try await row.update(on: world.app.db)
            let id = UUID()
            #expect(try await PanicAlertAPITests.send(world, OperatorConsoleAPITests.alert(id)).status == .created)
            let path = "/operator/alerts/\(id)/refer"
            let cases: [(String, [String])] = [
                ("{}", ["toOrganisationId", "serviceType"]),
                (#"{"toOrganisationId":"not-an-id","serviceType":"Spa"}"#, ["toOrganisationId", "serviceType"]),
                (#"{"toOrganisationId":"\#(UUID())","serviceType":"Shelter"}"#, ["toOrganisationId"]),
                (#"{"toOrganisationId":"\#(closedDown)","serviceType":"Shelter"}"#, ["toOrganisationId"]),
                (#"{"toOrganisationId":"\#(s.hotlineID)","serviceType":"Shelter"}"#, ["toOrganisationId"]),
                (#"{"toOrganisationId":"\#(s.shelterID)","serviceType":"Shelter","note":"\#(String(repeating: "x", count: ReferralService.noteLimit + 1))"}"#, ["note"]),
            ]
            for (json, fields) in cases {
                let response = try await s.operatorAPI.call(.POST, path, json: json, documentedAs: "/operator/alerts/{id}/refer")
                #expect(response.status == .unprocessableEntity, "\(json)")
                #expect(Set(try PublicReportAPITests.fields(response).keys) == Set(fields), "\(json): \(response.body.string)")
            }
            #expect(try await CaseFileModel.query(on: world.app.db).count() == 0, "a refused referral opens no case")
            #expect(try await PanicAlertModel.find(id, on: world.app.db)?.caseID == nil)
        }
    }

    @Test("Only hotline operators refer from the console; operators still cannot list or read other cases, see only their own referrals, and refer only from cases they hold")
    func access() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let id = UUID()
            #expect(try await PanicAlertAPITests.send(world, OperatorConsoleAPITests.alert(id)).status == .created)
            let supervisor = try await world.makeUser("sam.supervisor", in: s.hotlineID, roles: [.supervisor, .caseWorker])
            for account in [supervisor, s.shelterWorker, world.admin] {
                let api = APIClient(app: world.app, token: try await world.token(for: account))
                #expect(try await Self.refer(api, "alert", id, to: s.shelterID).status == .notFound, "\(account.username)")
                let browser = try await world.browser(signedInAs: account)
                #expect(try await browser.submit("/operator/alerts/\(id)/refer", ["toOrganisationId": s.shelterID.uuidString, "serviceType": "Shelter"]).status == .notFound)
            }
            #expect(try await ReferralModel.query(on: world.app.db).count() == 0)

            let made = try await Self.refer(s.operatorAPI, "alert", id, to: s.shelterID)
            let caseID = try #require(try made.json()["caseId"]?.string)
            let referralID = try #require(try made.json()["referralId"]?.string)
            // Another case of the hotline, opened by a supervisor: not the operator's.
            let other = try await APIClient(app: world.app, token: try await world.token(for: supervisor))
                .call(.POST, "/cases", json: #"{"record": {"openedOn": "2026-01-05"}}"#)
            let otherID = try #require(try other.json()["id"]?.string)
            #expect(try await s.operatorAPI.call(.GET, "/cases").status.code >= 400, "no case list")
            #expect(try await s.operatorAPI.call(.GET, "/cases/\(otherID)", documentedAs: "/cases/{id}").status == .notFound)
            #expect(try await s.operatorAPI.call(.GET, "/cases/\(caseID)", documentedAs: "/cases/{id}").status == .ok)
            #expect(try await s.operatorAPI.call(.GET, "/referrals/\(referralID)", documentedAs: "/referrals/{id}").status == .ok)
            #expect(try await s.operatorAPI.call(.GET, "/referrals").status.code >= 400, "no referral list")
            let page = try await world.browser(signedInAs: s.olga).get("/cases/\(caseID)")
            #expect(page.status == .ok, "the operator's own case page still opens with the update grant")

            // A colleague sees the line on the item but neither the referral nor the case; referring from it is a 409 that says why.
            let ivan = try await world.makeUser("ivan.operator", in: s.hotlineID, roles: [.hotlineOperator])
            let ivanAPI = APIClient(app: world.app, token: try await world.token(for: ivan))
            #expect(try await ivanAPI.call(.GET, "/operator/alerts/\(id)", documentedAs: "/operator/alerts/{id}").json()["referrals"]?.array?.count == 1)
            #expect(try await ivanAPI.call(.GET, "/referrals/\(referralID)", documentedAs: "/referrals/{id}").status == .notFound)
            let theirs = try await Self.refer(ivanAPI, "alert", id, to: s.shelterID, service: "Medical")
            #expect(theirs.status == .conflict && theirs.body.string.contains("no longer yours"))
            let ivansPage = try await world.browser(signedInAs: ivan).get("/operator/alerts/\(id)")
            #expect(ivansPage.text.contains("id=\"refer-held-elsewhere\"") && !ivansPage.text.contains("id=\"refer-form\"") && ivansPage.text.contains("id=\"item-referrals\""),
                    "the page says so instead of offering a form that cannot work")

            // The operator revokes a pending referral and may refer again; once the case is assigned to a case worker, not any more.
            #expect(try await s.operatorAPI.call(.POST, "/referrals/\(referralID)/revoke", json: "{}", documentedAs: "/referrals/{id}/revoke").status == .noContent)
            #expect(try await Self.refer(s.operatorAPI, "alert", id, to: s.shelterID).status == .created)
            let assigned = try await APIClient(app: world.app, token: try await world.token(for: supervisor))
                .call(.PUT, "/cases/\(caseID)/assignee", json: #"{"userId":"\#(supervisor.id)"}"#, documentedAs: "/cases/{id}/assignee")
            #expect(assigned.status.code < 300, "\(assigned.body.string)")
            #expect(try await Self.refer(s.operatorAPI, "alert", id, to: s.shelterID, service: "Medical").status == .conflict)
        }
    }
}
