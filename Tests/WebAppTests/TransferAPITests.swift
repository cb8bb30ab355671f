import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Case transfers between organisations")
struct TransferAPITests {
    @Test("A supervisor asks; the whole file needs a full consent; the receiver's supervisor accepts and the case, its people and its referrals move")
    func transferMovesTheCase() async throws {
        try await TestApp.run { world in
            let s = try await ReferralAPITests.setUp(world)
            let policeChief = APIClient(app: world.app, token: try await world.token(for: try await world.makeUser("chief", in: s.policeWorker.organisationID, roles: [.supervisor])))
            let shelterChief = APIClient(app: world.app, token: try await world.token(for: try await world.makeUser("matron", in: s.shelterID, roles: [.supervisor])))
            let ask = #"{"toOrganisationId": "\#(s.shelterID)", "comment": "She is moving to the shelter's region"}"#

            #expect(try await s.police.call(.POST, "/cases/\(s.caseID)/transfers", json: ask, documentedAs: "/cases/{id}/transfers").status == .forbidden,
                    "a case worker does not transfer")
            let noConsent = try await policeChief.call(.POST, "/cases/\(s.caseID)/transfers", json: ask, documentedAs: "/cases/{id}/transfers")
            #expect(noConsent.status == .unprocessableEntity)
            #expect(noConsent.body.string.contains("whole file"))
            _ = try await ReferralAPITests.consent(s, shares: #"["Identity"]"#)
            #expect(try await policeChief.call(.POST, "/cases/\(s.caseID)/transfers", json: ask, documentedAs: "/cases/{id}/transfers").status == .unprocessableEntity,
                    "a consent that covers identity only is not enough")
            _ = try await ReferralAPITests.consent(s)

            // A referral to the shelter (accepted) and one to the legal clinic, made before the transfer.
            let toShelter = try #require(try await ReferralAPITests.refer(s, shares: #"["Identity"]"#).json()["id"]?.string)
            #expect(try await s.shelter.call(.POST, "/referrals/\(toShelter)/accept", json: "{}", documentedAs: "/referrals/{id}/accept").status == .noContent)
            let clinicID = try #require(try await OrganisationModel.query(on: world.app.db).filter(\.$name == "Legal Aid Clinic").first()?.id)
            let toClinic = try await s.police.call(.POST, "/cases/\(s.caseID)/referrals", json: """
                {"victimId": "\(s.victimID)", "toOrganisationId": "\(clinicID)", "serviceType": "LegalAid", "shares": ["Identity"]}
                """, documentedAs: "/cases/{id}/referrals")
            let clinicReferral = try #require(try toClinic.json()["id"]?.string)

            let asked = try await policeChief.call(.POST, "/cases/\(s.caseID)/transfers", json: ask, documentedAs: "/cases/{id}/transfers")
            #expect(asked.status == .created, "\(asked.body.string)")
            let transferID = try #require(try asked.json()["id"]?.string)
            #expect(try await policeChief.call(.POST, "/cases/\(s.caseID)/transfers", json: ask, documentedAs: "/cases/{id}/transfers").status == .conflict, "one at a time")

            let offered = try await shelterChief.call(.GET, "/transfers?direction=incoming", documentedAs: "/transfers").json()
            #expect(offered.array?.count == 1 && offered[0]?["caseId"] == nil, "before accepting, the receiver does not get the case")
            #expect(!offered.text.contains("Okafor"))
            #expect(try await s.shelter.call(.POST, "/transfers/\(transferID)/accept", json: "{}", documentedAs: "/transfers/{id}/accept").status == .forbidden,
                    "a case worker does not accept a case")
            #expect(try await s.other.call(.POST, "/transfers/\(transferID)/accept", json: "{}", documentedAs: "/transfers/{id}/accept").status == .notFound,
                    "a third organisation does not learn of it")
            #expect(try await policeChief.call(.POST, "/transfers/\(transferID)/accept", json: "{}", documentedAs: "/transfers/{id}/accept").status == .forbidden,
                    "the sender does not accept its own request")
            #expect(try await shelterChief.call(.POST, "/transfers/\(transferID)/accept", json: #"{"comment": "Welcome"}"#, documentedAs: "/transfers/{id}/accept").status == .noContent)

            let moved = try await s.shelter.call(.GET, "/cases/\(s.caseID)", documentedAs: "/cases/{id}")
            #expect(moved.status == .ok)
            #expect(try moved.json()["victims"]?[0]?["person"]?["familyName"]?.string == "Okafor")
            #expect(try await s.police.call(.GET, "/cases/\(s.caseID)", documentedAs: "/cases/{id}").status == .notFound, "the sender no longer sees it")
            let person = try #require(try await PersonModel.find(UUID(uuidString: s.personID), on: world.app.db))
            #expect(person.$organisation.id == s.shelterID)
            let index = try await PersonNameIndexModel.query(on: world.app.db).filter(\.$personID == person.requireID()).all()
            #expect(!index.isEmpty && index.allSatisfy { $0.organisationID == s.shelterID }, "the name index moves with the person")
            let shelterReferral = try #require(try await ReferralModel.find(UUID(uuidString: toShelter), on: world.app.db))
            #expect(shelterReferral.status == "Completed", "a referral to the new owner is over")
            let clinic = try #require(try await ReferralModel.find(UUID(uuidString: clinicReferral), on: world.app.db))
            #expect(clinic.fromOrganisationID == s.shelterID && clinic.status == "Pending", "the new owner takes over the outgoing referral")
            #expect(try await s.police.call(.GET, "/referrals/\(clinicReferral)", documentedAs: "/referrals/{id}").status == .notFound)

            let outgoing = try await policeChief.call(.GET, "/transfers?direction=outgoing", documentedAs: "/transfers").json()
            #expect(outgoing[0]?["status"]?.string == "Accepted" && outgoing[0]?["caseId"] == nil)
        }
    }

    @Test("People who are also on another of the sender's cases cannot move; a declined or cancelled transfer moves nothing")
    func refusals() async throws {
        try await TestApp.run { world in
            let s = try await ReferralAPITests.setUp(world)
            _ = try await ReferralAPITests.consent(s)
            let policeChief = APIClient(app: world.app, token: try await world.token(for: try await world.makeUser("chief", in: s.policeWorker.organisationID, roles: [.supervisor])))
            let shelterChief = APIClient(app: world.app, token: try await world.token(for: try await world.makeUser("matron", in: s.shelterID, roles: [.supervisor])))
            let ask = #"{"toOrganisationId": "\#(s.shelterID)"}"#

            let first = try #require(try await policeChief.call(.POST, "/cases/\(s.caseID)/transfers", json: ask, documentedAs: "/cases/{id}/transfers").json()["id"]?.string)
            #expect(try await shelterChief.call(.POST, "/transfers/\(first)/decline", json: "{}", documentedAs: "/transfers/{id}/decline").status == .noContent)
            #expect(try await shelterChief.call(.POST, "/transfers/\(first)/accept", json: "{}", documentedAs: "/transfers/{id}/accept").status == .conflict)
            let second = try #require(try await policeChief.call(.POST, "/cases/\(s.caseID)/transfers", json: ask, documentedAs: "/cases/{id}/transfers").json()["id"]?.string)
            #expect(try await shelterChief.call(.POST, "/transfers/\(second)/cancel", json: "{}", documentedAs: "/transfers/{id}/cancel").status == .forbidden)
            #expect(try await policeChief.call(.POST, "/transfers/\(second)/cancel", json: "{}", documentedAs: "/transfers/{id}/cancel").status == .noContent)
            #expect(try await s.shelter.call(.GET, "/cases/\(s.caseID)", documentedAs: "/cases/{id}").status == .notFound)

            let other = try await s.police.call(.POST, "/cases", json: #"{"record": {"openedOn": "2026-10-09"}, "victims": [{"personId": "\#(s.personID)", "context": {}}]}"#)
            #expect(other.status == .created, "\(other.body.string)")
            let shared = try await policeChief.call(.POST, "/cases/\(s.caseID)/transfers", json: ask, documentedAs: "/cases/{id}/transfers")
            #expect(shared.status == .unprocessableEntity)
            #expect(shared.body.string.contains("also on another of your cases") && shared.body.string.contains("Amara Okafor"))
        }
    }
}

@Suite("Case transfer pages")
struct TransferPagesTests {
    @Test("The case page offers the transfer to a supervisor, the receiver's supervisor accepts on /transfers, and the case opens there")
    func transferThroughPages() async throws {
        try await TestApp.run { world in
            let s = try await ReferralAPITests.setUp(world)
            _ = try await ReferralAPITests.consent(s, shares: #"["Identity"]"#)
            let chief = try await world.browser(signedInAs: try await world.makeUser("chief", in: s.policeWorker.organisationID, roles: [.supervisor]))
            let casePath = "/cases/\(s.caseID)"
            #expect(try await chief.get(casePath).text.contains("Transfer the case to another organisation"))
            #expect(!(try await world.browser(signedInAs: s.policeWorker).get(casePath).text.contains("transfer-form")), "a case worker is not offered it")

            let partial = try await chief.submit(casePath + "/transfers", ["toOrganisationId": s.shelterID.uuidString])
            #expect(partial.status == .unprocessableEntity)
            #expect(partial.text.contains("hands over the whole file") && partial.text.contains("does not cover: Contact, CaseDetails"))
            _ = try await ReferralAPITests.consent(s)
            let asked = try await chief.submit(casePath + "/transfers", ["toOrganisationId": s.shelterID.uuidString, "comment": "Moving region"])
            #expect(asked.status == .seeOther)
            #expect(try await chief.get(casePath).text.contains("is waiting for their answer"))

            let matron = try await world.browser(signedInAs: try await world.makeUser("matron", in: s.shelterID, roles: [.supervisor]))
            let offered = try await matron.get("/transfers")
            #expect(offered.text.contains("Moving region") && offered.text.contains("Accept the case"))
            #expect(!offered.text.contains("Okafor"), "no personal data before accepting")
            let transfer = try #require(try await CaseTransferModel.query(on: world.app.db).first()?.requireID())
            let accepted = try await matron.submit("/transfers/\(transfer)/accept", [:])
            #expect(accepted.status == .seeOther && accepted.location == casePath)
            let page = try await matron.get(casePath)
            #expect(page.status == .ok && page.text.contains("Amara Okafor"))
            #expect(try await chief.get(casePath).status == .notFound)
        }
    }
}
