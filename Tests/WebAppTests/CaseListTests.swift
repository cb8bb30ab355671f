import CaseModel
import Fluent
import Foundation
import SQLKit
import Storage
import Testing
@testable import WebApp

@Suite("Case lists")
struct CaseListTests {
    /// Opens a case through the API, with one victim of `citizenship` exploited as `exploitation`.
    static func open(_ api: APIClient, on day: String, citizenship: String, exploitation: String) async throws -> String {
        let body = """
        {"record": {"openedOn": "\(day)"},
         "victims": [{"person": {"givenName": "Person", "familyName": "\(day)", "citizenships": ["\(citizenship)"]},
                      "context": {"identifiedOn": "2026-01", "exploitationTypes": ["\(exploitation)"]}}]}
        """
        let response = try await api.call(.POST, "/cases", json: body)
        #expect(response.status == .created, "\(response.body.string)")
        return try #require(try response.json()["id"]?.string)
    }

    @Test("Pages of a filtered list have no gaps or repeats, newest first, and include a case of another organisation assigned to the worker")
    func pagination() async throws {
        try await TestApp.run { world in
            let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
            let shelter = try await world.makeOrganisation("Shelter")
            let worker = try await world.makeUser("amara.worker", in: police, roles: [.caseWorker])
            let other = try await world.makeUser("grace.shelter", in: shelter, roles: [.caseWorker])
            let api = APIClient(app: world.app, token: try await world.token(for: worker))
            let shelterAPI = APIClient(app: world.app, token: try await world.token(for: other))

            var expected: [(day: String, id: String)] = []
            for day in ["2026-01-05", "2026-03-01", "2026-02-10", "2026-03-01", "2026-04-20", "2025-12-31"] {
                expected.append((day, try await Self.open(api, on: day, citizenship: "UKR", exploitation: "ForcedLabour")))
            }
            _ = try await Self.open(api, on: "2026-03-02", citizenship: "NGA", exploitation: "ForcedLabour")
            _ = try await Self.open(api, on: "2026-03-03", citizenship: "UKR", exploitation: "SexualExploitation")
            // A shelter case assigned to the police worker belongs in their list; another one does not.
            let assigned = try await Self.open(shelterAPI, on: "2026-02-11", citizenship: "UKR", exploitation: "ForcedLabour")
            _ = try await Self.open(shelterAPI, on: "2026-02-12", citizenship: "UKR", exploitation: "ForcedLabour")
            let model = try #require(try await CaseFileModel.find(UUID(uuidString: assigned), on: world.app.db))
            model.$assignedTo.id = worker.id
            try await model.update(on: world.app.db)
            expected.append(("2026-02-11", assigned))

            let order = expected.sorted { ($0.day, $0.id) > ($1.day, $1.id) }.map(\.id)
            #expect(try await Self.ids(api, "citizenship=UKR&exploitationType=ForcedLabour") == order)
        }
    }

    /// The ids a filtered list returns, page by page (two a page).
    static func ids(_ api: APIClient, _ query: String) async throws -> [String] {
        var seen: [String] = []
        var cursor: String?
        repeat {
            let response = try await api.call(.GET, "/cases?\(query)&limit=2" + (cursor.map { "&cursor=\($0)" } ?? ""), documentedAs: "/cases")
            try #require(response.status == .ok, "\(query): \(response.body.string)")
            let page = try response.json()
            seen += page["items"]?.array?.compactMap { $0["id"]?.string } ?? []
            cursor = page["nextCursor"]?.string
        } while cursor != nil && seen.count < 50
        return seen
    }

    @Test("Citizenship and exploitation filters follow edits of the victim and the person, and agree with the case-by-case look-up")
    func filtersFollowEdits() async throws {
        try await TestApp.run { world in
            let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
            let worker = try await world.makeUser("amara.worker", in: police, roles: [.caseWorker])
            let api = APIClient(app: world.app, token: try await world.token(for: worker))
            let edited = try await Self.open(api, on: "2026-02-01", citizenship: "UKR", exploitation: "ForcedLabour")
            var others: [String] = []
            for (day, country, form) in [("2026-01-01", "UKR", "ForcedLabour"), ("2026-03-01", "MDA", "ForcedLabour"),
                                         ("2026-04-01", "UKR", "ForcedBegging"), ("2026-05-01", "UKR", "ForcedLabour")] {
                others.append(try await Self.open(api, on: day, citizenship: country, exploitation: form))
            }
            let filter = "citizenship=UKR&exploitationType=ForcedLabour"
            #expect(try await Self.ids(api, filter) == [others[3], edited, others[0]])
            // Sorted by reference, the list looks the values up case by case instead of
            // reading the facets: the same cases must come back.
            #expect(Set(try await Self.ids(api, filter + "&sort=reference")) == [others[3], edited, others[0]])
            #expect(try await Self.ids(api, filter + "&sort=oldest") == [others[0], edited, others[3]])
            #expect(try await Self.ids(api, filter + "&openedFrom=2026-01-15&openedTo=2026-04-30") == [edited])
            #expect(try await Self.ids(api, "citizenship=FJI").isEmpty, "a facet nobody has gives an empty page, not an error")

            let view = try await api.call(.GET, "/cases/\(edited)", documentedAs: "/cases/{id}").json()
            let victimID = try #require(view["victims"]?[0]?["id"]?.string)
            let personID = try #require(view["victims"]?[0]?["personId"]?.string)
            let person = try await api.call(.PUT, "/cases/\(edited)/persons/\(personID)", json: """
                {"givenName": "Person", "familyName": "Moved", "citizenships": ["MDA"]}
                """, documentedAs: "/cases/{id}/persons/{personId}")
            #expect(person.status == .noContent, "\(person.body.string)")
            #expect(try await Self.ids(api, filter) == [others[3], others[0]])
            #expect(try await Self.ids(api, "citizenship=MDA") == [others[1], edited])

            let victim = try await api.call(.PUT, "/cases/\(edited)/victims/\(victimID)", json: """
                {"identifiedOn": "2026-01", "exploitationTypes": ["ForcedBegging"]}
                """, documentedAs: "/cases/{id}/victims/{victimId}")
            #expect(victim.status == .noContent, "\(victim.body.string)")
            #expect(try await Self.ids(api, "citizenship=MDA&exploitationType=ForcedLabour") == [others[1]])
            #expect(try await Self.ids(api, "exploitationType=ForcedBegging") == [others[2], edited])

            // The status is the case's own, read beside the facets.
            let begging = try #require(try await CaseFileModel.find(UUID(uuidString: others[2]), on: world.app.db))
            begging.status = CaseStatus.closed.rawValue
            try await begging.update(on: world.app.db)
            #expect(try await Self.ids(api, "status=Active&exploitationType=ForcedBegging") == [edited])
            #expect(try await Self.ids(api, "status=Closed&exploitationType=ForcedBegging") == [others[2]])
            let rows = try await Backend.sqlDatabase(world.app.db).raw("SELECT COUNT(*) AS n FROM case_facets").first()?.decode(column: "n", as: Int.self)
            #expect(rows == 10, "two facets per case: one citizenship, one form of exploitation")
        }
    }

    @Test("Each line shows the case's victims in the order they were added and their forms of exploitation in code-list order, without another case's")
    func lineContents() async throws {
        try await TestApp.run { world in
            let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
            let worker = try await world.makeUser("amara.worker", in: police, roles: [.caseWorker])
            let api = APIClient(app: world.app, token: try await world.token(for: worker))
            let body = """
            {"record": {"openedOn": "2026-05-01"},
             "victims": [{"person": {"givenName": "Olena", "familyName": "Kovalenko"},
                          "context": {"identifiedOn": "2026-04", "exploitationTypes": ["SexualExploitation"]}},
                         {"person": {"aliases": ["Vanya"]},
                          "context": {"identifiedOn": "2026-04", "exploitationTypes": ["ForcedMarriage", "ForcedLabour"]}}]}
            """
            let created = try await api.call(.POST, "/cases", json: body)
            #expect(created.status == .created, "\(created.body.string)")
            _ = try await Self.open(api, on: "2026-04-01", citizenship: "NGA", exploitation: "ForcedBegging")

            let items = try #require(try await api.call(.GET, "/cases", documentedAs: "/cases").json()["items"]?.array)
            #expect(items.count == 2)
            let line = try #require(items.first)
            #expect(line["victims"]?.array?.compactMap(\.string) == ["Olena Kovalenko", "Vanya"])
            #expect(line["exploitationTypes"]?.array?.compactMap(\.string) == ["ForcedLabour", "SexualExploitation", "ForcedMarriage"])
            #expect(items.last?["victims"]?.array?.compactMap(\.string) == ["Person 2026-04-01"])
        }
    }
}
