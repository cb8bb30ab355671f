import Fluent
import Foundation
import SQLKit
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Referrals and their consent gates")
struct ReferralAPITests {
    /// Police (A) with a case of one adult victim; a shelter (B) and a third organisation (C).
    struct Setup {
        let police: APIClient
        let shelter: APIClient
        let other: APIClient
        let shelterID: UUID
        /// The police and shelter case workers, for tests that sign in to the pages.
        let policeWorker: TestWorld.Account
        let shelterWorker: TestWorld.Account
        let caseID: String
        let victimID: String
        let personID: String
    }

    static func setUp(_ world: TestWorld, victim: String = #"{"givenName": "Amara", "familyName": "Okafor", "birthDate": "1990-04-12", "gender": "Feminine", "citizenships": ["NGA"], "phone": "+234 803 555 0101"}"#,
                      age: Int = 30) async throws -> Setup {
        let policeID = try await world.makeOrganisation("Police", type: .lawEnforcement)
        let shelterID = try await world.makeOrganisation("Safe Harbour Shelter")
        let otherID = try await world.makeOrganisation("Legal Aid Clinic")
        let policeWorker = try await world.makeUser("amara.worker", in: policeID, roles: [.caseWorker])
        let shelterWorker = try await world.makeUser("grace.shelter", in: shelterID, roles: [.caseWorker])
        let police = APIClient(app: world.app, token: try await world.token(for: policeWorker))
        let shelter = APIClient(app: world.app, token: try await world.token(for: shelterWorker))
        let other = APIClient(app: world.app, token: try await world.token(for: try await world.makeUser("lee.legal", in: otherID, roles: [.caseWorker, .supervisor])))
        let created = try await police.call(.POST, "/cases", json: """
            {"record": {"openedOn": "2026-10-02"},
             "victims": [{"person": \(victim),
                          "context": {"identifiedOn": "2026-09", "ageWhenTrafficked": \(age), "exploitationTypes": ["SexualExploitation"], "exploitationCountry": "ITA"}}],
             "events": [{"victim": 0, "event": {"type": "Exploitation", "dateFrom": "2026-03", "country": "ITA", "city": "Castel Volturno"}}]}
            """)
        #expect(created.status == .created, "\(created.body.string)")
        let body = try created.json()
        return Setup(police: police, shelter: shelter, other: other, shelterID: shelterID, policeWorker: policeWorker, shelterWorker: shelterWorker,
                     caseID: try #require(body["id"]?.string), victimID: try #require(body["victims"]?[0]?["id"]?.string),
                     personID: try #require(body["victims"]?[0]?["personId"]?.string))
    }

    static func consent(_ s: Setup, shares: String = #"["Identity", "Contact", "CaseDetails"]"#, method: String = "Written", givenBy: String? = nil) async throws -> String {
        let response = try await s.police.call(.POST, "/cases/\(s.caseID)/consents", json: """
            {"personId": "\(s.personID)", "purpose": "Referral", "granted": true, "givenOn": "2026-10-03", "method": "\(method)", "shares": \(shares)\(givenBy.map { #", "givenBy": "\#($0)""# } ?? "")}
            """, documentedAs: "/cases/{id}/consents")
        #expect(response.status == .created, "\(response.body.string)")
        return try #require(try response.json()["id"]?.string)
    }

    static func refer(_ s: Setup, shares: String) async throws -> TestingHTTPResponse {
        try await s.police.call(.POST, "/cases/\(s.caseID)/referrals", json: """
            {"victimId": "\(s.victimID)", "toOrganisationId": "\(s.shelterID)", "serviceType": "Shelter", "shares": \(shares), "note": "Needs a bed tonight"}
            """, documentedAs: "/cases/{id}/referrals")
    }

    @Test("No consent, no sharing: personal data is refused with an explanation; a referral without it carries the minimal profile only")
    func noConsent() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let refused = try await Self.refer(s, shares: #"["Identity"]"#)
            #expect(refused.status == .unprocessableEntity)
            let error = try refused.json()["error"]
            #expect(error?["fields"]?[0]?["field"]?.string == "shares")
            #expect(error?["fields"]?[0]?["message"]?.string?.contains("consent") == true)

            let referred = try await Self.refer(s, shares: "[]")
            #expect(referred.status == .created, "\(referred.body.string)")
            let id = try #require(try referred.json()["id"]?.string)
            let seen = try await s.shelter.call(.GET, "/referrals/\(id)", documentedAs: "/referrals/{id}").json()
            #expect(seen["profile"]?["citizenships"]?[0]?.string == "NGA")
            #expect(seen["profile"]?["ageGroup"]?.string == "18+")
            #expect(seen["identity"] == nil && seen["contact"] == nil && seen["caseDetails"] == nil)
            #expect(!seen.text.contains("Amara") && !seen.text.contains("Okafor"))
        }
    }

    @Test("The receiver sees exactly the consented groups; withdrawing the consent removes them at once")
    func consentedFieldsAndWithdrawal() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let consentID = try await Self.consent(s, shares: #"["Identity", "CaseDetails"]"#)
            let notCovered = try await Self.refer(s, shares: #"["Identity", "Contact"]"#)
            #expect(notCovered.status == .unprocessableEntity)
            #expect(try notCovered.json()["error"]?["fields"]?[0]?["message"]?.string?.contains("Contact") == true)

            let referred = try await Self.refer(s, shares: #"["Identity", "Contact", "CaseDetails"]"#.replacingOccurrences(of: #""Contact", "#, with: ""))
            #expect(referred.status == .created, "\(referred.body.string)")
            let id = try #require(try referred.json()["id"]?.string)
            // Another organisation and the receiver's view of the case itself: nothing.
            #expect(try await s.other.call(.GET, "/referrals/\(id)", documentedAs: "/referrals/{id}").status == .notFound)
            #expect(try await s.shelter.call(.GET, "/cases/\(s.caseID)", documentedAs: "/cases/{id}").status == .notFound)

            #expect(try await s.shelter.call(.POST, "/referrals/\(id)/accept", json: #"{"comment": "Bed 4 is ready"}"#, documentedAs: "/referrals/{id}/accept").status == .noContent)
            var seen = try await s.shelter.call(.GET, "/referrals/\(id)", documentedAs: "/referrals/{id}").json()
            #expect(seen["status"]?.string == "Accepted")
            #expect(seen["shared"]?.array?.compactMap(\.string) == ["Identity", "CaseDetails"])
            #expect(seen["identity"]?["familyName"]?.string == "Okafor")
            #expect(seen["contact"] == nil)
            #expect(seen["caseDetails"]?["route"]?[0]?["city"]?.string == "Castel Volturno")
            #expect(seen["note"]?.string == "Needs a bed tonight")

            let withdrawn = try await s.police.call(.POST, "/cases/\(s.caseID)/consents/\(consentID)/withdrawal", json: #"{"note": "Changed her mind"}"#, documentedAs: "/cases/{id}/consents/{consentId}/withdrawal")
            #expect(withdrawn.status == .noContent, "\(withdrawn.body.string)")
            seen = try await s.shelter.call(.GET, "/referrals/\(id)", documentedAs: "/referrals/{id}").json()
            #expect(seen["shared"]?.array?.isEmpty == true)
            #expect(seen["identity"] == nil && seen["caseDetails"] == nil)
            #expect(!seen.text.contains("Okafor"))
        }
    }

    @Test("Only the receiver decides and only the sender revokes; a declined or revoked referral gives no access")
    func decisions() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            _ = try await Self.consent(s)
            let first = try #require(try await Self.refer(s, shares: #"["Identity", "Contact", "CaseDetails"]"#).json()["id"]?.string)
            #expect(try await s.police.call(.POST, "/referrals/\(first)/accept", json: "{}", documentedAs: "/referrals/{id}/accept").status == .forbidden)
            #expect(try await s.shelter.call(.POST, "/referrals/\(first)/revoke", json: "{}", documentedAs: "/referrals/{id}/revoke").status == .forbidden)
            #expect(try await s.shelter.call(.POST, "/referrals/\(first)/decline", json: "{}", documentedAs: "/referrals/{id}/decline").status == .unprocessableEntity)
            #expect(try await s.shelter.call(.POST, "/referrals/\(first)/decline", json: #"{"reason": "NoCapacity"}"#, documentedAs: "/referrals/{id}/decline").status == .noContent)
            #expect(try await s.shelter.call(.POST, "/referrals/\(first)/accept", json: "{}", documentedAs: "/referrals/{id}/accept").status == .conflict)
            let declined = try await s.shelter.call(.GET, "/referrals/\(first)", documentedAs: "/referrals/{id}").json()
            #expect(declined["status"]?.string == "Declined" && declined["declineReason"]?.string == "NoCapacity")
            #expect(declined["profile"] == nil && declined["identity"] == nil && declined["note"] == nil)

            let second = try #require(try await Self.refer(s, shares: #"["Identity"]"#).json()["id"]?.string)
            #expect(try await s.police.call(.POST, "/referrals/\(second)/revoke", json: "{}", documentedAs: "/referrals/{id}/revoke").status == .noContent)
            let revoked = try await s.shelter.call(.GET, "/referrals/\(second)", documentedAs: "/referrals/{id}").json()
            #expect(revoked["identity"] == nil && revoked["profile"] == nil)
            #expect(revoked["steps"]?.array?.compactMap { $0["status"]?.string } == ["Pending", "Revoked"])

            let incoming = try await s.shelter.call(.GET, "/referrals?direction=incoming", documentedAs: "/referrals").json()
            #expect(incoming["items"]?.array?.count == 2)
            #expect(incoming["items"]?[0]?["caseId"] == nil)
            let outgoing = try await s.police.call(.GET, "/referrals?direction=outgoing&status=Declined", documentedAs: "/referrals").json()
            #expect(outgoing["items"]?.array?.compactMap { $0["id"]?.string } == [first])
            #expect(try await s.police.call(.GET, "/cases/\(s.caseID)/referrals", documentedAs: "/cases/{id}/referrals").json().array?.count == 2)
        }
    }

    @Test("A child follows the child path: a guardian's consent under the default policy")
    func childPath() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world, victim: #"{"givenName": "Joy", "familyName": "Eze", "ageGroup": "0-17", "gender": "Feminine", "citizenships": ["NGA"]}"#, age: 15)
            _ = try await Self.consent(s, method: "Verbal")
            let refused = try await Self.refer(s, shares: #"["Identity"]"#)
            #expect(refused.status == .unprocessableEntity)
            #expect(try refused.json()["error"]?["fields"]?[0]?["message"]?.string?.contains("guardian") == true)
            _ = try await Self.consent(s, method: "Guardian", givenBy: "Child protection officer, Lagos State")
            #expect(try await Self.refer(s, shares: #"["Identity"]"#).status == .created)
        }
    }

    @Test("An anonymous notification refuses identifying fields and stores none")
    func anonymousNotification() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let refused = try await s.police.call(.POST, "/notifications", json: #"{"sex": "Feminine", "givenName": "Amara", "phone": "+234 803 555 0101"}"#)
            #expect(refused.status == .unprocessableEntity)
            #expect(try refused.json()["error"]?["fields"]?.array?.compactMap { $0["field"]?.string } == ["givenName", "phone"])

            let created = try await s.police.call(.POST, "/notifications", json: """
                {"sex": "Feminine", "ageGroup": "18+", "citizenship": "NGA", "exploitationTypes": ["SexualExploitation"], "exploitationCountry": "ITA", "exploitationMonth": "2026-03-15"}
                """)
            #expect(created.status == .created, "\(created.body.string)")
            let listed = try await s.police.call(.GET, "/notifications").json()
            let item = try #require(listed["items"]?[0]?.object)
            #expect(Set(item.keys).isSubset(of: ["id", "organisationId", "notifiedMonth", "sex", "ageGroup", "citizenship", "exploitationTypes", "exploitationCountry", "exploitationMonth"]))
            #expect(item["exploitationMonth"]?.string == "2026-03")
            // The row: only these columns, no link to the case or the person.
            let sql = try #require(world.app.db as? any SQLDatabase)
            let rows = try await sql.raw("SELECT * FROM anonymous_notifications").all()
            let columns = Set(try #require(rows.first).allColumns)
            #expect(columns == ["id", "organisation_id", "sex", "age_group", "citizenship", "exploitation_country", "exploitation_month", "notified_month"])
            #expect(try await s.other.call(.GET, "/notifications").json()["items"]?.array?.isEmpty == true)
        }
    }
}

extension JSONValue {
    var object: [String: JSONValue]? { if case .object(let value) = self { value } else { nil } }
    /// The value written out as JSON, to look for text anywhere in it.
    var text: String { (try? JSONEncoder().encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "" }
}
