import AuditTrail
import CaseModel
import Fluent
import Foundation
import SQLKit
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Audit log")
struct AuditLogTests {
    @Test("Actions are chained, the chain verifies, and the log refuses updates and deletes")
    func appendOnly() async throws {
        try await TestApp.run { world in
            _ = try await world.makeOrganisation("Shelter")
            let report = try await AuditLogWriter.verify(on: world.app.db)
            #expect(report.isIntact)
            #expect(report.checkedCount >= 3)
            let sql = Backend.sqlDatabase(world.app.db)
            await #expect(throws: (any Error).self) {
                try await sql.raw("UPDATE audit_entries SET actor_label = 'mallory' WHERE seq = 1").run()
            }
            await #expect(throws: (any Error).self) {
                try await sql.raw("DELETE FROM audit_entries WHERE seq = 1").run()
            }
            #expect(try await AuditEntryModel.find(1, on: world.app.db)?.actorLabel == "cli")
        }
    }

    @Test("Verification names the entry that was altered directly in the database")
    func tamperingDetected() async throws {
        try await TestApp.run { world in
            for name in ["One", "Two", "Three"] { _ = try await world.makeOrganisation(name) }
            let sql = Backend.sqlDatabase(world.app.db)
            let backend = Backend.sql(for: world.app.db)
            // Someone with database access removes the guard and edits an entry.
            try await backend.run(backend.removeAppendOnlyGuard(table: AuditEntryModel.schema), on: sql)
            try await sql.raw("UPDATE audit_entries SET summary = '{}' WHERE seq = 4").run()
            let report = try await AuditLogWriter.verify(on: world.app.db, pageSize: 2)
            #expect(!report.isIntact)
            #expect(report.problems.map(\.sequence) == [4])
            #expect(report.problems.first?.description.contains("entry #4 was altered") == true)

            // A forger who also recomputes the hash breaks the link of the next entry.
            let forged = try #require(try await AuditEntryModel.find(4, on: world.app.db))
            try await sql.raw("UPDATE audit_entries SET hash = \(bind: AuditTrail.AuditChain.hash(of: forged.content)) WHERE seq = 4").run()
            let second = try await AuditLogWriter.verify(on: world.app.db)
            #expect(second.problems.map(\.sequence) == [5])

            try await sql.raw("DELETE FROM audit_entries WHERE seq = 2").run()
            let third = try await AuditLogWriter.verify(on: world.app.db)
            #expect(third.problems.contains { if case .missing(2, 2) = $0 { true } else { false } })
        }
    }

    @Test("Concurrent writers never fork the chain")
    func concurrency() async throws {
        try await TestApp.run { world in
            let caller = try await world.caller(world.admin)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        _ = try await OrganisationService(database: world.app.db, context: world.context)
                            .create(caller, OrganisationInput(name: "Parallel \(index)", type: "NGO"))
                    }
                }
                try await group.waitForAll()
            }
            let report = try await AuditLogWriter.verify(on: world.app.db)
            #expect(report.isIntact, "\(report.problems)")
            #expect(try await world.auditEntries("organisation.create").count == 21)
        }
    }

    /// Changes that arrive together are committed together (group commit), each
    /// in its own savepoint: one that fails must take nothing else down with it.
    @Test("In a group commit, a failing change is rolled back alone and the rest commit")
    func groupCommit() async throws {
        struct Refused: Error {}
        try await TestApp.run { world in
            let writer = world.context.audit
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<60 {
                    group.addTask {
                        do {
                            try await writer.transaction(on: world.app.db) { tx, audit in
                                try await SettingModel(key: "group-commit-\(index)", value: "x").create(on: tx)
                                try await audit.record(AuditEvent(actor: .system("test"), origin: .commandLine, action: "test.groupCommit", recordType: "setting", recordID: String(index)))
                                if index % 3 == 0 { throw Refused() }
                            }
                            return true
                        } catch is Refused {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 40)
            let entries = try await world.auditEntries("test.groupCommit")
            #expect(entries.count == 40)
            #expect(entries.allSatisfy { Int($0.recordID ?? "")! % 3 != 0 }, "a failed change left its audit entry")
            let settings = try await SettingModel.query(on: world.app.db).filter(\.$id ~~ (0..<60).map { "group-commit-\($0)" }).count()
            #expect(settings == 40, "a failed change left its row, or a good one lost it")
            let report = try await AuditLogWriter.verify(on: world.app.db)
            #expect(report.isIntact, "\(report.problems)")
        }
    }

    @Test("Prepared inserts queued together go in merged; a clashing one fails alone and leaves nothing behind")
    func mergedInserts() async throws {
        try await TestApp.run { world in
            let org = try await world.makeOrganisation("Police", type: .lawEnforcement)
            let builder = CaseRowBuilder(codecs: world.context.caseCodecs, today: PartialDate(year: 2026, month: 11)!)
            let writer = world.context.audit
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<30 {
                    group.addTask {
                        var person = PersonRecord()
                        person.givenName = "Person \(index)"
                        let draft = CaseDraft(record: CaseRecord(openedOn: PartialDate(year: 2026, month: 10)!), victims: [(.new(person), VictimContext(identifiedOn: PartialDate(year: 2026, month: 9)))])
                        let (model, rows) = try builder.rows(for: draft, organisationID: org, createdBy: nil)
                        // Six cases want the same reference: the first to commit gets it, the others must fail alone.
                        if index % 5 == 0 { model.reference = "LBT-SAME0000" }
                        let event = AuditEvent(actor: .system("test"), origin: .commandLine, action: "test.mergedInsert", recordType: "caseFile", recordID: model.id?.uuidString)
                        do {
                            try await writer.insert(rows, events: [event], on: world.app.db)
                            return true
                        } catch {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 25)
            #expect(try await CaseFileModel.query(on: world.app.db).count() == 25)
            #expect(try await PersonModel.query(on: world.app.db).count() == 25, "a failed insert left its person behind")
            #expect(try await VictimModel.query(on: world.app.db).count() == 25)
            #expect(try await world.auditEntries("test.mergedInsert").count == 25)
            let report = try await AuditLogWriter.verify(on: world.app.db)
            #expect(report.isIntact, "\(report.problems)")
        }
    }

    @Test("Prepared inserts of two kinds queued together both go in; an alert id sent twice fails alone")
    func mergedInsertsOfTwoKinds() async throws {
        try await TestApp.run { world in
            let org = try await world.makeOrganisation("Police", type: .lawEnforcement)
            let builder = CaseRowBuilder(codecs: world.context.caseCodecs, today: PartialDate(year: 2026, month: 11)!)
            let writer = world.context.audit
            let now = Date()
            let ids = (0..<20).map { _ in UUID() }
            let outcomes = try await withThrowingTaskGroup(of: (kind: String, stored: Bool).self) { group in
                for index in 0..<40 {
                    group.addTask {
                        do {
                            if index % 2 == 0 {
                                var person = PersonRecord()
                                person.givenName = "Person \(index)"
                                let draft = CaseDraft(record: CaseRecord(openedOn: PartialDate(year: 2026, month: 10)!),
                                                      victims: [(.new(person), VictimContext(identifiedOn: PartialDate(year: 2026, month: 9)))])
                                let (_, rows) = try builder.rows(for: draft, organisationID: org, createdBy: nil)
                                try await writer.insert(rows, on: world.app.db)
                                return ("case", true)
                            }
                            // Twenty alerts, ten ids: each id arrives twice, as a device resending a queued alert would.
                            let alert = PanicAlertModel(id: ids[index / 4], latitude: 4.6, longitude: -74.1, accuracyMeters: 15, sentAt: now, receivedAt: now)
                            try await writer.insert(PublicIntakeRows(alerts: [alert]), on: world.app.db)
                            return ("alert", true)
                        } catch {
                            return (index % 2 == 0 ? "case" : "alert", false)
                        }
                    }
                }
                return try await group.reduce(into: [(kind: String, stored: Bool)]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0.kind == "case" && $0.stored }.count == 20)
            #expect(outcomes.filter { $0.kind == "alert" && $0.stored }.count == 10, "each alert id is stored once")
            #expect(try await CaseFileModel.query(on: world.app.db).count() == 20)
            #expect(try await PanicAlertModel.query(on: world.app.db).count() == 10)
        }
    }

    @Test("Administrators browse the log with filters, on the page and through the API")
    func browsing() async throws {
        try await TestApp.run { world in
            let org = try await world.makeOrganisation("Shelter")
            _ = try await world.makeUser("amara", in: org, roles: [.caseWorker])
            let browser = try await world.browser(signedInAs: world.admin)
            let all = try await browser.get("/audit")
            #expect(all.text.contains("organisation.create") && all.text.contains("user.create") && all.text.contains("auth.login"))
            let filtered = try await browser.get("/audit?action=user.create&recordType=user")
            #expect(filtered.text.contains("user.create"))
            #expect(!filtered.text.contains(#"mono">organisation.create<"#))
            let byActor = try await browser.get("/audit?actor=root")
            #expect(byActor.text.contains("auth.login"))
            #expect(!byActor.text.contains(#"mono">user.create<"#), "users were created by the test system, not root")
            let badDate = try await browser.get("/audit?from=yesterday")
            #expect(badDate.status == .badRequest)
            let verify = try await browser.get("/audit/verify")
            #expect(verify.text.contains("The audit log is intact"))

            let api = APIClient(app: world.app, token: try await world.token(for: world.admin))
            let page = try await api.call(.GET, "/audit-entries?action=organisation&limit=1", documentedAs: "/audit-entries")
            #expect(page.status == .ok)
            let items = try page.json()["items"]?.array ?? []
            #expect(items.count == 1)
            #expect(items.first?["action"]?.string == "organisation.create")
            #expect(try page.json()["nextCursor"]?.string != nil)
            let future = try await api.call(.GET, "/audit-entries?from=2999-01-01T00:00:00Z", documentedAs: "/audit-entries")
            #expect(try future.json()["items"]?.array?.isEmpty == true)
            let verification = try await api.call(.GET, "/audit-entries/verification")
            #expect(try verification.json()["intact"]?.bool == true)
        }
    }
}

