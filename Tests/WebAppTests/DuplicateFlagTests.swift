import AccessControl
import CaseModel
import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

/// Two organisations that register the same person are flagged to the national
/// coordinator, who sees organisations and case references but never a name.
@Suite("Duplicates across organisations")
struct DuplicateFlagTests {
    struct Setup {
        let police: UUID
        let shelter: UUID
        let officer: TestWorld.Account
        let coordinator: TestWorld.Account
        let policeCase: String
        let shelterCase: String
    }

    /// The shelter registers the police's victim again with a misspelt name.
    static let shelterCase = #"""
    {"record": {"openedOn": "2026-10-20"},
     "victims": [{"person": {"givenName": "Amarah", "familyName": "Okafur", "birthDate": "1999", "gender": "Feminine", "citizenships": ["NGA"]},
                  "context": {"identifiedOn": "2026-10"}}]}
    """#

    /// Someone else entirely, in the shelter too.
    static let unrelatedCase = #"""
    {"record": {"openedOn": "2026-10-21"},
     "victims": [{"person": {"givenName": "Li", "familyName": "Wei", "birthDate": "1988", "gender": "Masculine", "citizenships": ["CHN"]},
                  "context": {"identifiedOn": "2026-10"}}]}
    """#

    static func setUp(_ world: TestWorld) async throws -> Setup {
        let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
        let shelter = try await world.makeOrganisation("Shelter")
        let committee = try await world.makeOrganisation("National Referral Committee", type: .centralGovernmentOrganisation)
        let officer = try await world.makeUser("officer", in: police, roles: [.caseWorker])
        let worker = try await world.makeUser("worker", in: shelter, roles: [.caseWorker])
        let policeAPI = APIClient(app: world.app, token: try await world.token(for: officer))
        let shelterAPI = APIClient(app: world.app, token: try await world.token(for: worker))
        let policeCase = try #require(try await policeAPI.call(.POST, "/cases", json: CaseAPITests.newCase).json()["reference"]?.string)
        let shelterCase = try #require(try await shelterAPI.call(.POST, "/cases", json: Self.shelterCase).json()["reference"]?.string)
        #expect(try await shelterAPI.call(.POST, "/cases", json: Self.unrelatedCase).status == .created)
        return Setup(
            police: police, shelter: shelter, officer: officer,
            coordinator: try await world.makeUser("coordinator", in: committee, roles: [.coordinator]),
            policeCase: policeCase, shelterCase: shelterCase
        )
    }

    static func scan(_ world: TestWorld) async throws -> DuplicateCheck.Outcome {
        try await DuplicateCheck.runOnce(world.app)
    }

    @Test("The check flags the pair once, and a second run flags nothing new")
    func flagsOnce() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let first = try await Self.scan(world)
            // The police case's victim and perpetrator, the shelter's two victims.
            #expect(first.checked == 4)
            #expect(first.flagged == 1)
            let flags = try await DuplicateFlagModel.query(on: world.app.db).all()
            #expect(flags.count == 1)
            let flag = try #require(flags.first)
            #expect(Set([flag.organisationID, flag.otherOrganisationID]) == [s.police, s.shelter])
            #expect(flag.reasons.contains("name"))
            #expect(flag.reasons.contains("birthYear"))

            let again = try await Self.scan(world)
            #expect(again == DuplicateCheck.Outcome(checked: 0, flagged: 0))
            #expect(try await DuplicateFlagModel.query(on: world.app.db).count() == 1)
            let scans = try await world.auditEntries("duplicateFlag.scan")
            #expect(scans.count == 1, "an empty queue writes no audit entry")
        }
    }

    @Test("The same organisation registering a person twice is search-before-create's job, not a flag")
    func sameOrganisationIsNotFlagged() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            _ = try await Self.scan(world)
            let policeAPI = APIClient(app: world.app, token: try await world.token(for: s.officer))
            let again = #"{"record": {"openedOn": "2026-11-01"}, "victims": [{"person": {"givenName": "Amara", "familyName": "Okafor", "citizenships": ["NGA"]}, "context": {"identifiedOn": "2026-11"}}]}"#
            #expect(try await policeAPI.call(.POST, "/cases", json: again).status == .created)
            let second = try await Self.scan(world)
            #expect(second.checked == 1)
            // The new police record matches the shelter's (another organisation), but that pair
            // of organisations already has a flag for the other record; this is a new pair of persons.
            let flags = try await DuplicateFlagModel.query(on: world.app.db).all()
            for flag in flags { #expect(flag.organisationID != flag.otherOrganisationID) }
            #expect(second.flagged == 1, "the new police record against the shelter's, never against the police's own")
        }
    }

    @Test("An edited person is checked again")
    func editedPersonIsRechecked() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            _ = try await Self.scan(world)
            let policeAPI = APIClient(app: world.app, token: try await world.token(for: s.officer))
            let caseID = try #require(try await policeAPI.call(.GET, "/cases").json()["items"]?[0]?["id"]?.string)
            let file = try await policeAPI.call(.GET, "/cases/\(caseID)", documentedAs: "/cases/{id}").json()
            let personID = try #require(file["victims"]?[0]?["personId"]?.string)
            let edit = #"{"givenName": "Amara", "familyName": "Okafor", "phone": "+234 803 555 0199"}"#
            #expect(try await policeAPI.call(.PUT, "/cases/\(caseID)/persons/\(personID)", json: edit).status == .noContent)
            let next = try await Self.scan(world)
            #expect(next.checked == 1)
            #expect(next.flagged == 0, "the pair is already flagged")
        }
    }

    @Test("The coordinator sees organisations and case references, never names, and records the outcome")
    func coordinatorAPI() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            _ = try await Self.scan(world)
            let api = APIClient(app: world.app, token: try await world.token(for: s.coordinator))
            let list = try await api.call(.GET, "/duplicate-flags", documentedAs: "/duplicate-flags")
            #expect(list.status == .ok)
            let flag = try #require(try list.json()["items"]?[0])
            let references = [flag["registered"], flag["matched"]].compactMap { $0?["caseReferences"]?[0]?.string }
            #expect(Set(references) == [s.policeCase, s.shelterCase])
            let organisations = [flag["registered"], flag["matched"]].compactMap { $0?["organisationName"]?.string }
            #expect(Set(organisations) == ["Police", "Shelter"])
            for leak in ["Amara", "Okafor", "Okafur", "1999", "+234"] {
                #expect(!list.body.string.contains(leak), "the flag list leaks \(leak)")
            }
            #expect(try await world.auditEntries("duplicateFlag.list").count == 1)

            let id = try #require(flag["id"]?.string)
            let bad = try await api.call(.PUT, "/duplicate-flags/\(id)/status", json: #"{"status":"Maybe"}"#)
            #expect(bad.status == .unprocessableEntity)
            let saved = try await api.call(.PUT, "/duplicate-flags/\(id)/status", json: #"{"status":"SamePerson"}"#, documentedAs: "/duplicate-flags/{id}/status")
            #expect(saved.status == .noContent)
            #expect(try await api.call(.GET, "/duplicate-flags").json()["items"]?.array?.isEmpty == true, "resolved flags leave the open list")
            let resolved = try await api.call(.GET, "/duplicate-flags?status=SamePerson").json()
            #expect(resolved["items"]?[0]?["status"]?.string == "SamePerson")
            #expect(resolved["items"]?[0]?["resolvedAt"]?.string != nil)
            let audit = try #require(try await world.auditEntries("duplicateFlag.resolve").first)
            #expect(audit.recordID == id)
            #expect(try await api.call(.GET, "/duplicate-flags?status=Nonsense").status == .unprocessableEntity)
            #expect(try await api.call(.PUT, "/duplicate-flags/\(UUID())/status", json: #"{"status":"Open"}"#).status == .notFound)
        }
    }

    @Test("Case workers, analysts and administrators cannot see or change flags")
    func othersAreRefused() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            _ = try await Self.scan(world)
            let id = try #require(try await DuplicateFlagModel.query(on: world.app.db).first()?.requireID())
            let analyst = try await world.makeUser("analyst", in: s.police, roles: [.analyst])
            let orgAdmin = try await world.makeUser("police.admin", in: s.police, roles: [.orgAdmin, .supervisor])
            for account in [s.officer, analyst, orgAdmin, world.admin] {
                let api = APIClient(app: world.app, token: try await world.token(for: account))
                let list = try await api.call(.GET, "/duplicate-flags")
                #expect(list.status == .forbidden, "\(account.username) lists flags: \(list.status)")
                let put = try await api.call(.PUT, "/duplicate-flags/\(id)/status", json: #"{"status":"DifferentPeople"}"#)
                // They cannot see flags at all, so the flag does not exist for them.
                #expect(put.status == .notFound, "\(account.username) resolves a flag: \(put.status)")
                let browser = try await world.browser(signedInAs: account)
                #expect(try await browser.get("/duplicates").status == .forbidden)
            }
            #expect(try await DuplicateFlagModel.find(id, on: world.app.db)?.status == "Open")
        }
    }

    @Test("The coordinator's page lists the flag and marks it as different people")
    func coordinatorPage() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let browser = try await world.browser(signedInAs: s.coordinator)
            let empty = try await browser.get("/duplicates")
            #expect(empty.status == .ok)
            #expect(empty.body.string.contains("class=\"empty\""))

            _ = try await Self.scan(world)
            let page = try await browser.get("/duplicates")
            let html = page.body.string
            #expect(html.contains(s.policeCase) && html.contains(s.shelterCase))
            #expect(!html.contains("Okafor") && !html.contains("Amara"))
            let id = try #require(try await DuplicateFlagModel.query(on: world.app.db).first()?.requireID())
            let saved = try await browser.submit("/duplicates/\(id)", ["status": "DifferentPeople"])
            #expect(saved.status == .seeOther)
            #expect(try await DuplicateFlagModel.find(id, on: world.app.db)?.status == "DifferentPeople")
            #expect(try await browser.get("/duplicates?status=DifferentPeople").body.string.contains(s.policeCase))
        }
    }
}
