import Fluent
import Foundation
import SQLKit
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Operator console (API)")
struct OperatorConsoleAPITests {
    /// Bogotá, with details the person registered on the device.
    static func alert(_ id: UUID, latitude: Double = 4.711234, longitude: Double = -74.072111) -> String {
        #"{"id":"\#(id.uuidString)","latitude":\#(latitude),"longitude":\#(longitude),"accuracy_m":35,"sent_at":"\#(ISO8601DateFormatter().string(from: Date()))","# +
            #""basic_data":{"name":"Rosa Q.","phone":"+57 300 555 0101","note":"Speaks Wayuu"}}"#
    }

    static func operatorClient(_ world: TestWorld, _ name: String = "olga.operator") async throws -> (APIClient, TestWorld.Account) {
        let account = try await world.makeUser(name, in: world.admin.organisationID, roles: [.hotlineOperator])
        return (APIClient(app: world.app, token: try await world.token(for: account)), account)
    }

    @Test("Alerts come first within each status, an alert sent twice reaches the queue once, and the version moves when something arrives")
    func queue() async throws {
        try await TestApp.run(adjust: PublicReportAPITests.quick) { world in
            let (api, _) = try await Self.operatorClient(world)
            #expect(try await PublicReportAPITests.report(world).status == .created)
            let empty = try await api.call(.GET, "/operator/queue").json()
            let id = UUID()
            #expect(try await PanicAlertAPITests.send(world, Self.alert(id)).status == .created)
            #expect(try await PanicAlertAPITests.send(world, Self.alert(id)).status == .ok)
            let queue = try await api.call(.GET, "/operator/queue").json()
            let items = try #require(queue["items"]?.array)
            #expect(items.map { $0["kind"]?.string } == ["alert", "report"])
            #expect(items.filter { $0["id"]?.string == id.uuidString }.count == 1)
            #expect(items[0]["latitude"]?.number == 4.711234 && items[0]["status"]?.string == "New")
            #expect(items[1]["latitude"] == nil, "a report's position stays behind its privacy policy")
            #expect(queue["version"]?.string != empty["version"]?.string)
            #expect(queue["alertFigures"]?["items"]?.number == 1)
            // A closed alert sorts after a new report: the statuses come first.
            try await api.call(.POST, "/operator/alerts/\(id)/status", json: #"{"status":"Closed"}"#)
            let after = try #require(try await api.call(.GET, "/operator/queue").json()["items"]?.array)
            #expect(after.map { $0["kind"]?.string } == ["report", "alert"])
            #expect(try await world.auditEntries("operatorQueue.list").count == 3)
        }
    }

    @Test("Only hotline operators: case workers, supervisors and system administrators get 404 on the API and the pages, and the refusal is audited")
    func roles() async throws {
        try await TestApp.run { world in
            let id = UUID()
            #expect(try await PanicAlertAPITests.send(world, Self.alert(id)).status == .created)
            let worker = try await world.makeUser("cara.worker", in: world.admin.organisationID, roles: [.caseWorker, .supervisor])
            for account in [worker, world.admin] {
                let api = APIClient(app: world.app, token: try await world.token(for: account))
                for path in ["/operator/queue", "/operator/operators", "/operator/alerts/\(id)"] {
                    let response = try await api.call(.GET, path, documentedAs: path.hasPrefix("/operator/alerts") ? "/operator/alerts/{id}" : path)
                    #expect(response.status == .notFound, "\(account.username) \(path)")
                    #expect(!response.body.string.contains("4.711"))
                }
                let note = try await api.call(.POST, "/operator/alerts/\(id)/notes", json: #"{"text":"x"}"#, documentedAs: "/operator/alerts/{id}/notes")
                #expect(note.status == .notFound)
                let browser = try await world.browser(signedInAs: account)
                #expect(try await browser.get("/operator").status == .notFound)
                #expect(try await browser.get("/operator/version").status == .notFound)
                #expect(try await browser.get("/operator/alerts/\(id)").status == .notFound)
            }
            #expect(try await world.auditEntries("access.denied").count >= 10)
            #expect(try await APIClient(app: world.app, token: nil).call(.GET, "/operator/queue").status == .unauthorized)
            #expect(try await PanicAlertNoteModel.query(on: world.app.db).count() == 0)
        }
    }

    @Test("Notes, checklist, assignment and status on an alert: sealed, audited, and stamped for the response times")
    func work() async throws {
        try await TestApp.run { world in
            let clock = TestClock()
            world.app.libertas = try LibertasContext(config: world.app.libertas.config, now: { clock.now })
            let (api, olga) = try await Self.operatorClient(world)
            let ivan = try await world.makeUser("ivan.operator", in: world.admin.organisationID, roles: [.hotlineOperator])
            let worker = try await world.makeUser("cara.worker", in: world.admin.organisationID, roles: [.caseWorker])
            let id = UUID()
            #expect(try await PanicAlertAPITests.send(world, Self.alert(id)).status == .created)
            clock.advance(by: 120)
            let path = "/operator/alerts/\(id)"
            #expect(try await api.call(.POST, path + "/notes", json: #"{"text":"Called her: she is at the bus terminal"}"#, documentedAs: "/operator/alerts/{id}/notes").status == .created)
            #expect(try await api.call(.POST, path + "/notes", json: #"{"text":"  "}"#, documentedAs: "/operator/alerts/{id}/notes").status == .unprocessableEntity)
            #expect(try await api.call(.PUT, path + "/checklist", json: #"{"items":["contacted","riskAssessed"]}"#, documentedAs: "/operator/alerts/{id}/checklist").status == .noContent)
            #expect(try await api.call(.PUT, path + "/checklist", json: #"{"items":["prayed"]}"#, documentedAs: "/operator/alerts/{id}/checklist").status == .unprocessableEntity)
            #expect(try await api.call(.POST, path + "/assign", json: #"{"operatorId":"\#(ivan.id)"}"#, documentedAs: "/operator/alerts/{id}/assign").status == .noContent)
            #expect(try await api.call(.POST, path + "/assign", json: #"{"operatorId":"\#(worker.id)"}"#, documentedAs: "/operator/alerts/{id}/assign").status == .unprocessableEntity)
            #expect(try await api.call(.POST, path + "/assign", json: #"{"operatorId":"\#(olga.id)"}"#, documentedAs: "/operator/alerts/{id}/assign").status == .noContent)
            #expect(try await api.call(.POST, path + "/status", json: #"{"status":"Sleeping"}"#, documentedAs: "/operator/alerts/{id}/status").status == .unprocessableEntity)
            clock.advance(by: 600)
            #expect(try await api.call(.POST, path + "/status", json: #"{"status":"FalseAlarm"}"#, documentedAs: "/operator/alerts/{id}/status").status == .noContent)

            let view = try await api.call(.GET, path, documentedAs: "/operator/alerts/{id}").json()
            #expect(view["status"]?.string == "FalseAlarm" && view["assignedOperatorId"]?.string == olga.id.uuidString)
            #expect(view["checklist"]?.array?.compactMap(\.string) == ["contacted", "riskAssessed"])
            #expect(view["notes"]?.array?.first?["text"]?.string == "Called her: she is at the bus terminal")
            #expect(view["basicData"]?["name"]?.string == "Rosa Q." && view["country"]?.string == "COL")
            let figures = try #require(try await api.call(.GET, "/operator/queue").json()["alertFigures"])
            #expect(figures["medianSecondsToFirstAction"]?.number == 120 && figures["medianSecondsToClose"]?.number == 720)

            for action in ["panicAlert.note.add", "panicAlert.checklist", "panicAlert.assign", "panicAlert.status", "panicAlert.read"] {
                #expect(try await world.auditEntries(action).count >= 1, "\(action) is audited")
            }
            // Nothing personal in the clear: the note and the registered details are sealed, and not in the audit log.
            let sql = Backend.sqlDatabase(world.app.db)
            var stored = ""
            for table in [PanicAlertModel.schema, PanicAlertNoteModel.schema, "audit_entries"] {
                for row in try await sql.raw("SELECT * FROM \(ident: table)").all() {
                    for column in row.allColumns { stored += ((try? row.decode(column: column, as: String?.self)) ?? nil) ?? "" }
                }
            }
            #expect(!stored.contains("bus terminal") && !stored.contains("Rosa") && !stored.contains("555 0101"))
        }
    }

    @Test("Escalation opens a case in the operator's organisation with the place and details, links it, once; the operator may read it")
    func escalation() async throws {
        try await TestApp.run(adjust: PublicReportAPITests.quick) { world in
            let hotline = try await world.makeOrganisation("National Trafficking Hotline")
            let olga = try await world.makeUser("olga.operator", in: hotline, roles: [.hotlineOperator])
            let api = APIClient(app: world.app, token: try await world.token(for: olga))
            let id = UUID()
            #expect(try await PanicAlertAPITests.send(world, Self.alert(id)).status == .created)
            let made = try await api.call(.POST, "/operator/alerts/\(id)/escalate", documentedAs: "/operator/alerts/{id}/escalate")
            #expect(made.status == .created, "\(made.body.string)")
            let caseID = try #require(try made.json()["caseId"]?.string)
            let again = try await api.call(.POST, "/operator/alerts/\(id)/escalate", documentedAs: "/operator/alerts/{id}/escalate")
            #expect(again.status == .conflict)
            #expect(try await api.call(.GET, "/operator/alerts/\(id)", documentedAs: "/operator/alerts/{id}").json()["caseId"]?.string == caseID)

            let view = try await CaseService(database: world.app.db, context: world.context).get(try await world.caller(olga), id: try #require(UUID(uuidString: caseID)))
            #expect(view.organisationID == hotline)
            #expect(view.events.first?.event.country == "COL" && view.events.first?.event.latitude == 4.711234)
            #expect(view.record.summary?.contains("Rosa Q.") == true && view.record.summary?.contains(id.uuidString) == true)
            #expect(view.victims.count == 1 && view.victims.first?.person.givenName == "Rosa Q.", "one victim record for the person, as they named themselves")
            #expect(try await world.auditEntries("panicAlert.escalate").count == 1)
            #expect(try await world.auditEntries("case.create").count == 1)

            // A report escalates through its privacy policy: another operator than the assigned one gets the rounded place.
            #expect(try await PublicReportAPITests.report(world, #""description":"Girls collected at the bus station","location":{"latitude":-12.046374,"longitude":-77.042793}"#).status == .created)
            let reportID = try #require(try await PublicReportModel.query(on: world.app.db).first()?.requireID())
            let fromReport = try await api.call(.POST, "/operator/reports/\(reportID)/escalate", documentedAs: "/operator/reports/{id}/escalate")
            #expect(fromReport.status == .created)
            let reportCase = try await CaseService(database: world.app.db, context: world.context)
                .get(try await world.caller(olga), id: try #require(UUID(uuidString: try fromReport.json()["caseId"]?.string ?? "")))
            #expect(reportCase.events.first?.event.latitude == -12.05 && reportCase.events.first?.event.country == "PER")
            #expect(reportCase.record.summary?.contains("Girls collected at the bus station") == true)
            #expect(reportCase.victims.count == 1 && reportCase.victims.first?.person.fullName.isEmpty == true, "a report's victim is unnamed")
            let report = try await api.call(.GET, "/operator/reports/\(reportID)", documentedAs: "/operator/reports/{id}").json()
            #expect(report["caseId"]?.string != nil && report["locationIsExact"]?.bool == false)

            // Others cannot open cases from the queue.
            let worker = try await world.makeUser("cara.worker", in: hotline, roles: [.caseWorker])
            let other = APIClient(app: world.app, token: try await world.token(for: worker))
            #expect(try await other.call(.POST, "/operator/reports/\(reportID)/escalate", documentedAs: "/operator/reports/{id}/escalate").status == .notFound)
        }
    }

    @Test("Two operators escalating the same alert at once open one case: the other is told it is escalated")
    func simultaneousEscalation() async throws {
        try await TestApp.run(adjust: PublicReportAPITests.quick) { world in
            let hotline = try await world.makeOrganisation("National Trafficking Hotline")
            let olga = try await world.makeUser("olga.operator", in: hotline, roles: [.hotlineOperator])
            let omar = try await world.makeUser("omar.operator", in: hotline, roles: [.hotlineOperator])
            let clients = [APIClient(app: world.app, token: try await world.token(for: olga)), APIClient(app: world.app, token: try await world.token(for: omar))]
            for round in 0..<3 {
                let id = UUID()
                #expect(try await PanicAlertAPITests.send(world, Self.alert(id)).status == .created)
                let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                    for client in clients {
                        group.addTask { try await client.call(.POST, "/operator/alerts/\(id)/escalate", documentedAs: "/operator/alerts/{id}/escalate").status }
                    }
                    return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
                }
                #expect(statuses.sorted { $0.code < $1.code } == [.created, .conflict], "round \(round): \(statuses)")
                #expect(try await CaseFileModel.query(on: world.app.db).count() == round + 1, "round \(round): a second case was opened")
            }
            #expect(try await world.auditEntries("panicAlert.escalate").count == 3)
            #expect(try await world.auditEntries("case.create").count == 3)
        }
    }
}

private extension JSONValue {
    var number: Double? { if case .number(let value) = self { value } else { nil } }
}
