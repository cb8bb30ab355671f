import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Organisations")
struct OrganisationTests {
    @Test("An administrator creates and edits an organisation through the pages")
    func pages() async throws {
        try await TestApp.run { world in
            let browser = try await world.browser(signedInAs: world.admin)
            #expect(try await browser.get("/organisations/new").text.contains("Type of organisation"))
            let created = try await browser.submit("/organisations", ["name": "Safe Harbour", "acronym": "SH", "type": "NGO", "phone": "+41 22 917 12 34"])
            #expect(created.status == .seeOther)
            let location = try #require(created.location)
            let show = try await browser.get(location)
            #expect(show.text.contains("Organisation created."))
            #expect(show.text.contains("+41229171234"))
            #expect(show.text.contains("Non-governmental organisation"))

            let edited = try await browser.submit(location, ["name": "Safe Harbour Shelter", "type": "NGO", "acronym": "", "phone": "", "active": "false"])
            #expect(edited.status == .seeOther)
            let organisation = try #require(try await OrganisationModel.query(on: world.app.db).filter(\.$name == "Safe Harbour Shelter").first())
            #expect(organisation.acronym == nil && organisation.phone == nil && organisation.active == false)
            let update = try #require(try await world.auditEntries("organisation.update").last)
            #expect(update.summary.contains(#""name":{"from":"Safe Harbour","to":"Safe Harbour Shelter"}"#))
        }
    }

    @Test("Invalid input is shown next to its fields and nothing is saved")
    func validation() async throws {
        try await TestApp.run { world in
            let browser = try await world.browser(signedInAs: world.admin)
            let before = try await OrganisationModel.query(on: world.app.db).count()
            let response = try await browser.submit("/organisations", ["name": "", "type": "Spaceship", "phone": "12345"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("There is a problem"))
            #expect(response.text.contains(#"id="field-name-error""#))
            #expect(response.text.contains("Choose one of the values offered."))
            #expect(response.text.contains("Enter an international number"))
            #expect(response.text.contains(#"aria-invalid="true""#))
            #expect(try await OrganisationModel.query(on: world.app.db).count() == before)
        }
    }

    @Test("The API creates, lists, reads and updates organisations, with clear errors")
    func api() async throws {
        try await TestApp.run { world in
            let api = APIClient(app: world.app, token: try await world.token(for: world.admin))
            let created = try await api.call(.POST, "/organisations", json: #"{"name":"Labour Inspectorate","type":"CentralGovernmentOrganisation"}"#)
            #expect(created.status == .created)
            let id = try #require(try created.json()["id"]?.string)

            let duplicate = try await api.call(.POST, "/organisations", json: #"{"name":"labour inspectorate","type":"NGO"}"#)
            #expect(duplicate.status == .conflict)
            #expect(try duplicate.json()["error"]?["fields"]?[0]?["field"]?.string == "name")

            let invalid = try await api.call(.POST, "/organisations", json: #"{"type":"Nope"}"#)
            #expect(invalid.status == .unprocessableEntity)
            #expect(try invalid.json()["error"]?["fields"]?.array?.count == 2)

            let malformed = try await api.call(.POST, "/organisations", json: #"{"name": 5"#)
            #expect(malformed.status == .badRequest)

            let patched = try await api.call(.PATCH, "/organisations/\(id)", json: #"{"acronym":"LI"}"#, documentedAs: "/organisations/{id}")
            #expect(try patched.json()["acronym"]?.string == "LI")
            #expect(try patched.json()["name"]?.string == "Labour Inspectorate")

            let read = try await api.call(.GET, "/organisations/\(id)", documentedAs: "/organisations/{id}")
            #expect(try read.json()["type"]?.string == "CentralGovernmentOrganisation")
            let missing = try await api.call(.GET, "/organisations/\(UUID())", documentedAs: "/organisations/{id}")
            #expect(missing.status == .notFound)
            let garbage = try await api.call(.GET, "/organisations/not-a-uuid", documentedAs: "/organisations/{id}")
            #expect(garbage.status == .notFound)
        }
    }

    @Test("Lists are paginated by cursor without gaps or repeats")
    func pagination() async throws {
        try await TestApp.run { world in
            for index in 1...7 { _ = try await world.makeOrganisation(String(format: "Org %02d", index)) }
            let api = APIClient(app: world.app, token: try await world.token(for: world.admin))
            var names: [String] = []
            var cursor: String?
            var pages = 0
            repeat {
                let path = "/organisations?limit=3" + (cursor.map { "&cursor=\($0)" } ?? "")
                let page = try await api.call(.GET, path).json()
                names += page["items"]?.array?.compactMap { $0["name"]?.string } ?? []
                cursor = page["nextCursor"]?.string
                pages += 1
            } while cursor != nil && pages < 10
            #expect(pages == 3)
            #expect(names == ["Coordination Office"] + (1...7).map { String(format: "Org %02d", $0) })
            let bad = try await api.call(.GET, "/organisations?cursor=%%%", documentedAs: "/organisations")
            #expect(bad.status == .badRequest)
            let badLimit = try await api.call(.GET, "/organisations?limit=ten", documentedAs: "/organisations")
            #expect(badLimit.status == .badRequest)
        }
    }
}
