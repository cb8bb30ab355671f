import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Case registry API")
struct CaseAPITests {
    static let newCase = #"""
    {
      "record": {"openedOn": "2026-10-02", "summary": "Three women recruited for hotel work, exploited in a bar."},
      "victims": [{
        "person": {"givenName": "Amara", "familyName": "Okafor", "birthDate": "1999-04-12", "gender": "Feminine",
                   "citizenships": ["NGA"], "phone": "+234 803 555 0101", "primaryLanguage": "en"},
        "context": {"identifiedOn": "2026-09", "traffickingStatus": "ActualVictimOfTrafficking", "statusDecidedBy": "Police",
                    "ageWhenTrafficked": 26, "exploitationTypes": ["SexualExploitation"], "sexualExploitationTypes": ["Prostitution"],
                    "controlMethods": ["DebtBondage", "WithholdsDocuments"], "recruitmentMethods": ["ThroughFriendsOrSocialEvents"],
                    "exploitationCountry": "ITA", "exploitationPlace": "Bar near the station"}
      }],
      "perpetrators": [{
        "person": {"givenName": "Marco", "familyName": "Rossi", "gender": "Masculine", "citizenships": ["ITA"]},
        "context": {"roles": ["RecruiterOrIntermediary", "Exploiter"], "relationship": "Acquainted"}
      }],
      "events": [
        {"victim": 0, "event": {"type": "Recruitment", "dateFrom": "2025-11", "country": "NGA", "city": "Benin City"}},
        {"victim": 0, "event": {"type": "Transit", "dateFrom": "2026-01", "country": "NER", "city": "Agadez"}},
        {"victim": 0, "event": {"type": "Exploitation", "dateFrom": "2026-03-15", "country": "ITA", "city": "Castel Volturno", "description": "Forced to work nights"}}
      ]
    }
    """#

    @Test("A case worker opens a case with a victim, a perpetrator and a three-step route, and reads it back")
    func createAndRead() async throws {
        try await TestApp.run { world in
            let org = try await world.makeOrganisation("Police", type: .lawEnforcement)
            let worker = try await world.makeUser("amara.worker", in: org, roles: [.caseWorker])
            let api = APIClient(app: world.app, token: try await world.token(for: worker))
            let created = try await api.call(.POST, "/cases", json: Self.newCase)
            #expect(created.status == .created, "\(created.body.string)")
            let body = try created.json()
            let id = try #require(body["id"]?.string)
            #expect(body["reference"]?.string?.hasPrefix("LBT-") == true)
            #expect(body["victims"]?[0]?["person"]?["givenName"]?.string == "Amara")
            #expect(body["victims"]?[0]?["person"]?["phone"]?.string == "+2348035550101")
            #expect(body["victims"]?[0]?["context"]?["exploitationTypes"]?[0]?.string == "SexualExploitation")
            #expect(body["events"]?.array?.map { $0["event"]?["type"]?.string } == ["Recruitment", "Transit", "Exploitation"])
            #expect(body["perpetrators"]?[0]?["context"]?["roles"]?.array?.count == 2)

            let read = try await api.call(.GET, "/cases/\(id)", documentedAs: "/cases/{id}")
            #expect(read.status == .ok)
            #expect(try read.json()["record"]?["summary"]?.string?.contains("hotel work") == true)
            // The creation's answer is built from the rows written, not read back: it must equal a read.
            let readBody = try read.json()
            #expect(readBody == body, "read back: \(readBody)\ncreated: \(body)")

            let list = try await api.call(.GET, "/cases?exploitationType=SexualExploitation&citizenship=NG", documentedAs: "/cases")
            #expect(try list.json()["items"]?.array?.count == 1)
            #expect(try list.json()["items"]?[0]?["victims"]?[0]?.string == "Amara Okafor")
            let none = try await api.call(.GET, "/cases?exploitationType=ForcedLabour", documentedAs: "/cases")
            #expect(try none.json()["items"]?.array?.isEmpty == true)

            #expect(try await world.auditEntries("case.create").count == 1)
            #expect(try await world.auditEntries("case.read").count == 1)
        }
    }

    @Test("Bad case input is refused field by field, and nothing is stored")
    func validation() async throws {
        try await TestApp.run { world in
            let org = try await world.makeOrganisation("Police", type: .lawEnforcement)
            let worker = try await world.makeUser("amara.worker", in: org, roles: [.caseWorker])
            let api = APIClient(app: world.app, token: try await world.token(for: worker))
            let bad = #"""
            {"record": {"openedOn": "2031-01-01"},
             "victims": [{"person": {"birthDate": "2010-05-01", "citizenships": ["XYZ"]},
                          "context": {"identifiedOn": "2026-01", "ageWhenTrafficked": 40}}],
             "events": [{"event": {"type": "Transit", "dateFrom": "2026-05", "dateTo": "2026-02"}}]}
            """#
            let response = try await api.call(.POST, "/cases", json: bad)
            #expect(response.status == .unprocessableEntity)
            let fields = Set(try response.json()["error"]?["fields"]?.array?.compactMap { $0["field"]?.string } ?? [])
            #expect(fields == ["openedOn", "victims[0].person.citizenships", "victims[0].context.ageWhenTrafficked", "events[0].dateTo"])
            #expect(try await CaseFileModel.query(on: world.app.db).count() == 0)
            #expect(try await PersonModel.query(on: world.app.db).count() == 0)

            let badCode = try await api.call(.POST, "/cases", json: #"{"record": {"openedOn": "2026-01-01", "status": "Sleeping"}}"#)
            #expect(badCode.status == .badRequest)
            #expect(try badCode.json()["error"]?["fields"]?[0]?["field"]?.string == "record.status")
        }
    }

    @Test("Search before create finds a near-duplicate name, and says only how many exist elsewhere")
    func searchBeforeCreate() async throws {
        try await TestApp.run { world in
            let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
            let shelter = try await world.makeOrganisation("Shelter")
            let officer = try await world.makeUser("officer", in: police, roles: [.caseWorker])
            let worker = try await world.makeUser("worker", in: shelter, roles: [.caseWorker])
            let policeAPI = APIClient(app: world.app, token: try await world.token(for: officer))
            #expect(try await policeAPI.call(.POST, "/cases", json: Self.newCase).status == .created)

            let search = try await policeAPI.call(.POST, "/persons/search", json: #"{"name": "Amarah Okafur", "birthYear": 1999}"#)
            #expect(search.status == .ok)
            let match = try #require(try search.json()["matches"]?[0])
            #expect(match["person"]?["familyName"]?.string == "Okafor")
            #expect(match["reasons"]?.array?.compactMap(\.string).contains("birthYear") == true)
            #expect(match["cases"]?.array?.count == 1)

            let shelterAPI = APIClient(app: world.app, token: try await world.token(for: worker))
            let elsewhere = try await shelterAPI.call(.POST, "/persons/search", json: #"{"name": "Amara Okafor"}"#)
            #expect(try elsewhere.json()["matches"]?.array?.isEmpty == true)
            #expect(try elsewhere.json()["elsewhere"]?.int == 1)
            #expect(!elsewhere.body.string.contains("Okafor"))
        }
    }
}

extension JSONValue {
    var int: Int? { if case .number(let value) = self { Int(value) } else { nil } }
}
