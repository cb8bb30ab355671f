import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Service directory")
struct ServiceDirectoryAPITests {
    /// A shelter NGO (A) with its administrator, a legal aid clinic (B) with its
    /// administrator, the police (C) with a case worker, and an analyst.
    struct Setup {
        let shelterAdmin: APIClient
        let clinicAdmin: APIClient
        let worker: APIClient
        let analyst: APIClient
        let shelterID: UUID
        let clinicID: UUID
        let workerAccount: TestWorld.Account
    }

    static func setUp(_ world: TestWorld) async throws -> Setup {
        let shelterID = try await world.makeOrganisation("Safe Harbour Shelter")
        let clinicID = try await world.makeOrganisation("Legal Aid Clinic", type: .legalService)
        let policeID = try await world.makeOrganisation("Police", type: .lawEnforcement)
        let worker = try await world.makeUser("amara.worker", in: policeID, roles: [.caseWorker])
        func client(_ account: TestWorld.Account) async throws -> APIClient { APIClient(app: world.app, token: try await world.token(for: account)) }
        return Setup(
            shelterAdmin: try await client(try await world.makeUser("grace.admin", in: shelterID, roles: [.orgAdmin])),
            clinicAdmin: try await client(try await world.makeUser("lee.admin", in: clinicID, roles: [.orgAdmin])),
            worker: try await client(worker),
            analyst: try await client(try await world.makeUser("ana.lyst", in: policeID, roles: [.analyst])),
            shelterID: shelterID, clinicID: clinicID, workerAccount: worker
        )
    }

    static let womensShelter = """
        {"name": "Casa Aurora", "services": ["Shelter", "Psychosocial"], "minimumAge": 18, "genders": ["Feminine", "TransgenderFeminine"],
         "excludedNationalities": ["ITA"], "acceptsMothersWithChildren": true, "languages": ["en", "ita"], "capacity": 12, "availablePlaces": 3,
         "country": "ITA", "city": "Rome", "latitude": 41.9028, "longitude": 12.4964, "phone": "+39 06 1234 5678", "email": "intake@aurora.example",
         "hours": "Admissions 24 h"}
        """

    static let legalDesk = """
        {"name": "Victims' legal desk", "services": ["LegalAid"], "languages": ["eng", "fra"], "disabilityAccess": true,
         "country": "ITA", "city": "Milan", "latitude": 45.4642, "longitude": 9.19}
        """

    static func create(_ client: APIClient, _ json: String) async throws -> String {
        let response = try await client.call(.POST, "/providers", json: json)
        #expect(response.status == .created, "\(response.body.string)")
        return try #require(try response.json()["id"]?.string)
    }

    static func names(_ response: TestingHTTPResponse) throws -> [String] {
        try response.json()["items"]?.array?.compactMap { $0["name"]?.string } ?? []
    }

    @Test("Providers are added, read and found only when the person is eligible, nearest first")
    func createAndSearch() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let shelter = try await Self.create(s.shelterAdmin, Self.womensShelter)
            _ = try await Self.create(s.clinicAdmin, Self.legalDesk)
            let read = try await s.worker.call(.GET, "/providers/\(shelter)", documentedAs: "/providers/{id}").json()
            #expect(read["organisationName"]?.string == "Safe Harbour Shelter")
            #expect(read["languages"]?.array?.compactMap(\.string) == ["eng", "ita"])
            #expect(read["phone"]?.string == "+390612345678")

            #expect(try Self.names(await s.worker.call(.GET, "/providers")) == ["Casa Aurora", "Victims' legal desk"])
            #expect(try Self.names(await s.worker.call(.GET, "/providers?service=Shelter&age=30&gender=Feminine&citizenship=NGA")) == ["Casa Aurora"])
            #expect(try Self.names(await s.worker.call(.GET, "/providers?service=Shelter&age=16&gender=Feminine")).isEmpty, "too young")
            #expect(try Self.names(await s.worker.call(.GET, "/providers?service=Shelter&gender=Masculine")).isEmpty)
            #expect(try Self.names(await s.worker.call(.GET, "/providers?citizenship=ITA")) == ["Victims' legal desk"], "Italians are excluded by the shelter")
            #expect(try Self.names(await s.worker.call(.GET, "/providers?language=fr")) == ["Victims' legal desk"])
            #expect(try Self.names(await s.worker.call(.GET, "/providers?disabilityAccess=true")) == ["Victims' legal desk"])
            #expect(try Self.names(await s.worker.call(.GET, "/providers?withChildren=true")) == ["Casa Aurora"])
            #expect(try Self.names(await s.worker.call(.GET, "/providers?available=true")) == ["Casa Aurora"])

            // Near Milan, the Milan desk comes first; within 50 km of Milan only it is left.
            let nearMilan = try await s.worker.call(.GET, "/providers?latitude=45.46&longitude=9.18")
            #expect(try Self.names(nearMilan) == ["Victims' legal desk", "Casa Aurora"])
            let distance = try #require(try nearMilan.json()["items"]?[1]?["distanceKm"]?.number)
            #expect(distance > 450 && distance < 500, "Milan–Rome is about 477 km: \(distance)")
            #expect(try Self.names(await s.worker.call(.GET, "/providers?latitude=45.46&longitude=9.18&radiusKm=50")) == ["Victims' legal desk"])

            let paged = try await s.worker.call(.GET, "/providers?limit=1").json()
            let cursor = try #require(paged["nextCursor"]?.string)
            #expect(try Self.names(await s.worker.call(.GET, "/providers?limit=1&cursor=\(cursor)")) == ["Victims' legal desk"])

            #expect(try await world.auditEntries("serviceProvider.create").count == 2)
        }
    }

    @Test("Free places are reported, checked against the capacity, and audited")
    func availability() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let shelter = try await Self.create(s.shelterAdmin, Self.womensShelter)
            let full = try await s.shelterAdmin.call(.POST, "/providers/\(shelter)/availability", json: #"{"availablePlaces": 0}"#, documentedAs: "/providers/{id}/availability")
            #expect(full.status == .ok)
            #expect(try full.json()["availablePlaces"]?.number == 0)
            #expect(try Self.names(await s.worker.call(.GET, "/providers?available=true")).isEmpty)
            let tooMany = try await s.shelterAdmin.call(.POST, "/providers/\(shelter)/availability", json: #"{"availablePlaces": 13}"#, documentedAs: "/providers/{id}/availability")
            #expect(tooMany.status == .unprocessableEntity)
            #expect(try tooMany.json()["error"]?["fields"]?[0]?["field"]?.string == "availablePlaces")
            let entries = try await world.auditEntries("serviceProvider.availability")
            #expect(entries.count == 1)
        }
    }

    @Test("Bad input is refused field by field")
    func validation() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let response = try await s.shelterAdmin.call(.POST, "/providers", json: """
                {"name": "", "services": [], "minimumAge": 30, "maximumAge": 18, "languages": ["xx1"], "nationalities": ["Atlantis"],
                 "latitude": 95, "longitude": 10, "phone": "12345", "email": "nobody", "capacity": 2, "availablePlaces": 5}
                """, documentedAs: "/providers")
            #expect(response.status == .unprocessableEntity)
            let fields = Set(try response.json()["error"]?["fields"]?.array?.compactMap { $0["field"]?.string } ?? [])
            #expect(fields == ["name", "services", "maximumAge", "languages", "nationalities", "latitude", "phone", "email", "availablePlaces"])
            let badSearch = try await s.worker.call(.GET, "/providers?service=Spa&age=-3&radiusKm=10")
            #expect(badSearch.status == .unprocessableEntity)
            let searchFields = Set(try badSearch.json()["error"]?["fields"]?.array?.compactMap { $0["field"]?.string } ?? [])
            #expect(searchFields == ["service", "age", "radiusKm"])
            #expect(try await ServiceProviderModel.query(on: world.app.db).count() == 0)
        }
    }

    @Test("An organisation administrator edits only their own providers; analysts and case workers edit none")
    func roles() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let shelter = try await Self.create(s.shelterAdmin, Self.womensShelter)
            let elsewhere = try await s.clinicAdmin.call(.POST, "/providers", json: #"{"organisationId": "\#(s.shelterID)", "name": "Fake", "services": ["Shelter"]}"#)
            #expect(elsewhere.status == .forbidden)
            let edit = try await s.clinicAdmin.call(.PUT, "/providers/\(shelter)", json: Self.legalDesk, documentedAs: "/providers/{id}")
            #expect(edit.status == .forbidden)
            let places = try await s.clinicAdmin.call(.POST, "/providers/\(shelter)/availability", json: #"{"availablePlaces": 1}"#, documentedAs: "/providers/{id}/availability")
            #expect(places.status == .forbidden)
            #expect(try await s.analyst.call(.POST, "/providers", json: Self.legalDesk).status == .forbidden)
            #expect(try await s.worker.call(.POST, "/providers", json: Self.legalDesk).status == .forbidden)
            #expect(try await s.analyst.call(.GET, "/providers").status == .ok, "analysts read the directory")
            #expect(try await world.auditEntries("access.denied").count >= 5)

            let own = try await s.shelterAdmin.call(.PUT, "/providers/\(shelter)", json: Self.womensShelter.replacingOccurrences(of: "Casa Aurora", with: "Casa Aurora II"),
                                                    documentedAs: "/providers/{id}")
            #expect(own.status == .ok)
            #expect(try own.json()["name"]?.string == "Casa Aurora II")
            let deactivated = try await s.shelterAdmin.call(.PUT, "/providers/\(shelter)", json: Self.womensShelter.replacingOccurrences(of: "{\"name\"", with: "{\"active\": false, \"name\""),
                                                            documentedAs: "/providers/{id}")
            #expect(try deactivated.json()["active"]?.bool == false)
            #expect(try Self.names(await s.worker.call(.GET, "/providers")).isEmpty, "an inactive provider is not found")
            #expect(try await world.auditEntries("serviceProvider.update").count == 2)
        }
    }

    @Test("Find a provider fills the search in from a victim the caller may read, and no one else's")
    func prefillFromVictim() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            _ = try await Self.create(s.shelterAdmin, Self.womensShelter)
            _ = try await Self.create(s.clinicAdmin, Self.legalDesk)
            let created = try await s.worker.call(.POST, "/cases", json: """
                {"record": {"openedOn": "2026-10-02"},
                 "victims": [{"person": {"givenName": "Amara", "birthDate": "1990-04-12", "gender": "Feminine", "citizenships": ["NGA"], "numberOfChildren": 2},
                              "context": {"identifiedOn": "2026-09", "exploitationTypes": ["SexualExploitation"]}}]}
                """)
            #expect(created.status == .created, "\(created.body.string)")
            let body = try created.json()
            let caseID = try #require(body["id"]?.string)
            let victimID = try #require(body["victims"]?[0]?["id"]?.string)
            let found = try await s.worker.call(.GET, "/providers?case=\(caseID)&fromVictim=\(victimID)")
            #expect(found.status == .ok)
            #expect(try Self.names(found) == ["Casa Aurora"], "a woman of 36 with children fits the shelter, not the desk (no children taken)")
            #expect(try await world.auditEntries("case.read").contains { $0.recordID == caseID })

            let stranger = try await world.makeUser("other.worker", in: s.clinicID, roles: [.caseWorker])
            let strangerClient = APIClient(app: world.app, token: try await world.token(for: stranger))
            let refused = try await strangerClient.call(.GET, "/providers?case=\(caseID)&fromVictim=\(victimID)")
            #expect(refused.status == .notFound)
            #expect(!refused.body.string.contains("Amara"))

            // The page: the case shows the link, and the directory page shows the filled-in form.
            let browser = try await world.browser(signedInAs: s.workerAccount)
            let casePage = try await browser.get("/cases/\(caseID)")
            #expect(casePage.text.contains("/providers?case=\(caseID)&amp;fromVictim=\(victimID)"))
            let page = try await browser.get("/providers?case=\(caseID)&fromVictim=\(victimID)")
            #expect(page.status == .ok)
            #expect(page.text.contains("filled in from the victim"))
            #expect(page.text.contains(#"value="NGA""#))
            #expect(page.text.contains("Casa Aurora") && !page.text.contains("Milan"))
        }
    }

    @Test("The pages search, show, add with field errors, and update free places")
    func pages() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let shelterAdmin = try #require(try await UserQueries.find(username: "grace.admin", on: world.app.db))
            let browser = try await world.browser(signedInAs: TestWorld.Account(id: try shelterAdmin.requireID(), username: "grace.admin", password: TestWorld.password, organisationID: s.shelterID))
            let empty = try await browser.get("/providers")
            #expect(empty.status == .ok)
            #expect(empty.text.contains("No provider in the directory fits these filters."))
            #expect(empty.text.contains(#"href="/providers""#), "the navigation links the directory")

            let invalid = try await browser.submit("/providers", ["name": "Casa Aurora", "minimumAge": "eighteen", "phone": "123"])
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.text.contains("Enter a whole number.") && invalid.text.contains(#"value="Casa Aurora""#))

            let created = try await browser.submit("/providers", ["name": "Casa Aurora", "minimumAge": "18", "capacity": "12", "availablePlaces": "3",
                                                                  "languages": "eng, ita", "city": "Rome", "hours": "Admissions 24 h"],
                                                   extra: [("services[]", "Shelter"), ("genders[]", "Feminine")])
            #expect(created.status == .seeOther)
            let path = try #require(created.location)
            let shown = try await browser.get(path)
            #expect(shown.text.contains("Provider added to the directory.") && shown.text.contains("3 of 12 places free"))

            let tooMany = try await browser.submit(path + "/availability", ["availablePlaces": "20"])
            #expect(tooMany.status == .unprocessableEntity)
            #expect(tooMany.text.contains("Free places cannot exceed the capacity."))
            let updated = try await browser.submit(path + "/availability", ["availablePlaces": "1"])
            #expect(updated.status == .seeOther)
            #expect(try await browser.get(path).text.contains("1 of 12 places free"))

            let results = try await browser.get("/providers?service=Shelter&gender=Feminine&age=25")
            #expect(results.text.contains("Casa Aurora") && results.text.contains("Admissions 24 h"))
            let none = try await browser.get("/providers?service=Shelter&gender=Masculine")
            #expect(!none.text.contains("Casa Aurora") && none.text.contains("No provider in the directory fits these filters."))

            let otherAdmin = try #require(try await UserQueries.find(username: "lee.admin", on: world.app.db))
            let other = try await world.browser(signedInAs: TestWorld.Account(id: try otherAdmin.requireID(), username: "lee.admin", password: TestWorld.password, organisationID: s.clinicID))
            #expect(try await other.get(path + "/edit").status == .forbidden)
            #expect(!(try await other.get(path).text.contains(path + "/edit")))
        }
    }
}

private extension JSONValue {
    var number: Double? { if case .number(let value) = self { value } else { nil } }
}
