import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Referral pages")
struct ReferralPagesTests {
    @Test("Through the pages: no consent is explained, consent is recorded with what it shares, the receiver sees only that, and withdrawal hides it")
    func referThroughPages() async throws {
        try await TestApp.run { world in
            let s = try await ReferralAPITests.setUp(world)
            let police = try await world.browser(signedInAs: s.policeWorker)
            let casePath = "/cases/\(s.caseID)"

            let before = try await police.get(casePath)
            #expect(before.text.contains("there is no current consent to referral"), "the page says why a referral cannot share personal data yet")
            #expect(before.text.contains("No referrals from this case yet."))

            let refer = ["victimId": s.victimID, "toOrganisationId": s.shelterID.uuidString, "serviceType": "Shelter", "note": "Needs a bed tonight"]
            let refused = try await police.submit(casePath + "/referrals", refer, extra: [("shares[]", "Identity")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("needs the victim&#39;s current consent to referral") || refused.text.contains("needs the victim's current consent to referral"))
            #expect(try await ReferralModel.query(on: world.app.db).count() == 0, "nothing was referred")

            let consent = ["personId": s.personID, "purpose": "Referral", "granted": "true", "givenOn": "2026-10-03", "method": "Written"]
            let noParts = try await police.submit(casePath + "/consents", consent)
            #expect(noParts.status == .unprocessableEntity)
            #expect(noParts.text.contains("Tick at least one part the victim agrees to share"))
            let recorded = try await police.submit(casePath + "/consents", consent, extra: [("shares[]", "Identity")])
            #expect(recorded.status == .seeOther)
            #expect(try await police.get(casePath).text.contains("a current consent to referral covers Identity."))

            let sent = try await police.submit(casePath + "/referrals", refer, extra: [("shares[]", "Identity"), ("shares[]", "Contact")])
            #expect(sent.status == .unprocessableEntity, "contact is not covered by the consent")
            #expect(sent.text.contains("The consent on record does not cover: Contact."))
            let referred = try await police.submit(casePath + "/referrals", refer, extra: [("shares[]", "Identity")])
            #expect(referred.status == .seeOther)
            let referral = try #require(try await ReferralModel.query(on: world.app.db).first())
            let referralPath = "/referrals/\(try referral.requireID())"
            let caseAfter = try await police.get(casePath)
            #expect(caseAfter.text.contains(#"href="\#(referralPath)""#) && caseAfter.text.contains("Safe Harbour Shelter"), "the history shows on the case")

            let shelter = try await world.browser(signedInAs: s.shelterWorker)
            let incoming = try await shelter.get("/referrals")
            #expect(incoming.text.contains(referralPath) && incoming.text.contains("Police"))
            #expect(!incoming.text.contains("Amara"), "the list carries no personal data")
            let pending = try await shelter.get(referralPath)
            #expect(pending.text.contains("Amara") && pending.text.contains("Okafor"), "the consented identity is shown")
            #expect(!pending.text.contains("+2348035550101") && !pending.text.contains("Castel Volturno"), "contact and case details are not")
            #expect(pending.text.contains("Needs a bed tonight"))
            let declineWithoutReason = try await shelter.submit(referralPath + "/decline", ["reason": ""])
            #expect(declineWithoutReason.status == .unprocessableEntity)
            #expect(try await shelter.submit(referralPath + "/accept", ["comment": "Bed 4"]).status == .seeOther)
            #expect(try await shelter.get(referralPath).text.contains("Bed 4"))
            #expect(try await shelter.submit(referralPath + "/revoke", [:]).status == .forbidden, "only the sender revokes")

            let consentID = try #require(try await ConsentModel.query(on: world.app.db).first()?.requireID())
            #expect(try await police.submit(casePath + "/consents/\(consentID)/withdraw", [:]).status == .seeOther)
            let afterWithdrawal = try await shelter.get(referralPath)
            #expect(afterWithdrawal.status == .ok)
            #expect(!afterWithdrawal.text.contains("Amara") && !afterWithdrawal.text.contains("Okafor"), "withdrawal hides the identity at once")
            #expect(afterWithdrawal.text.contains("Not shown, because no current consent covers it: Identity."))

            let outsider = try await world.browser(signedInAs: try await world.makeUser("nosy", in: try await world.makeOrganisation("Elsewhere"), roles: [.caseWorker]))
            let denied = try await outsider.get(referralPath)
            #expect(denied.status == .notFound || denied.status == .forbidden)
            #expect(!denied.text.contains("Amara") && !denied.text.contains("Needs a bed"))
        }
    }

    @Test("The anonymous notification form is filled from the victim and stores nothing identifying")
    func notifyAnonymously() async throws {
        try await TestApp.run { world in
            let s = try await ReferralAPITests.setUp(world)
            let police = try await world.browser(signedInAs: s.policeWorker)
            let formPath = "/cases/\(s.caseID)/victims/\(s.victimID)/notify"
            let form = try await police.get(formPath)
            #expect(form.status == .ok)
            #expect(form.text.contains(#"<option value="NGA" selected>"#), "citizenship is filled in")
            #expect(form.text.contains(#"value="SexualExploitation" checked"#), "forms of exploitation are filled in")
            #expect(form.text.contains(#"value="2026-03""#), "the month of exploitation comes from the route")
            #expect(!form.text.contains("Okafor") && !form.text.contains("1990-04-12"), "no identifying field is offered")

            let invalid = try await police.submit(formPath, ["ageGroup": "18+", "exploitationMonth": "March"])
            #expect(invalid.status == .unprocessableEntity)
            let sent = try await police.submit(formPath, ["sex": "Feminine", "ageGroup": "18+", "citizenship": "NGA", "exploitationCountry": "ITA", "exploitationMonth": "2026-03"],
                                               extra: [("exploitationTypes[]", "SexualExploitation")])
            #expect(sent.status == .seeOther)
            let stored = try #require(try await AnonymousNotificationModel.query(on: world.app.db).first())
            #expect(stored.citizenship == "NGA" && stored.exploitationMonth == "2026-03" && stored.ageGroup == "18+")

            let outsider = try await world.browser(signedInAs: try await world.makeUser("nosy", in: try await world.makeOrganisation("Elsewhere"), roles: [.caseWorker]))
            #expect(try await outsider.get(formPath).status == .notFound, "another organisation cannot read the victim through the form")
        }
    }

    @Test("Bulk from the case list: each case is assigned or referred on its own, and a refused one says why without stopping the rest")
    func bulkActions() async throws {
        try await TestApp.run { world in
            let s = try await ReferralAPITests.setUp(world)
            _ = try await ReferralAPITests.consent(s, shares: #"["Identity"]"#)
            let second = try await s.police.call(.POST, "/cases", json: """
                {"record": {"openedOn": "2026-10-05"}, "victims": [{"person": {"givenName": "Joy", "familyName": "Bello", "citizenships": ["NGA"]}, "context": {"ageWhenTrafficked": 25}}]}
                """)
            let secondID = try #require(try second.json()["id"]?.string)
            let stranger = try await world.makeOrganisation("Elsewhere")
            let strangerCase = try await APIClient(app: world.app, token: try await world.token(for: try await world.makeUser("far", in: stranger, roles: [.caseWorker])))
                .call(.POST, "/cases", json: #"{"record": {"openedOn": "2026-10-05"}}"#)
            let strangerCaseID = try #require(try strangerCase.json()["id"]?.string)

            let police = try await world.browser(signedInAs: s.policeWorker)
            let list = try await police.get("/cases")
            #expect(list.text.lowercased().contains(#"name="caseids[]" value="\#(s.caseID.lowercased())""#), "each line can be ticked")
            #expect(!list.text.contains(#"value="assign""#), "a case worker refers but does not assign")
            #expect(try await police.submit("/cases/bulk", ["action": "refer"]).location == "/cases", "nothing ticked goes back to the list")

            let ids = [("caseIds[]", s.caseID), ("caseIds[]", secondID), ("caseIds[]", strangerCaseID)]
            let refusedToWorker = try await police.submit("/cases/bulk", ["action": "assign", "assignedTo": s.policeWorker.id.uuidString], extra: ids)
            #expect(refusedToWorker.text.contains("Done: 0. Not done: 3."), "assigning is a supervisor's")
            let supervisor = try await world.browser(signedInAs: try await world.makeUser("chief", in: s.policeWorker.organisationID, roles: [.supervisor]))
            #expect(try await supervisor.get("/cases").text.contains(#"value="assign""#))
            let assigned = try await supervisor.submit("/cases/bulk", ["action": "assign", "assignedTo": s.policeWorker.id.uuidString], extra: ids)
            #expect(assigned.status == .ok)
            #expect(assigned.text.contains("Done: 2. Not done: 1."), "the other organisation's case is refused")
            let mine = try await CaseFileModel.query(on: world.app.db).filter(\.$assignedTo.$id == s.policeWorker.id).count()
            #expect(mine == 2)

            let form = try await police.submit("/cases/bulk", ["action": "refer"], extra: ids.prefix(2).map { $0 })
            #expect(form.text.contains("a current consent to referral covers Identity.") && form.text.contains("there is no current consent to referral"))
            let referred = try await police.submit("/cases/bulk/referrals", ["toOrganisationId": s.shelterID.uuidString, "serviceType": "Shelter"],
                                                   extra: ids.prefix(2).map { $0 } + [("shares[]", "Identity")])
            #expect(referred.status == .ok)
            #expect(referred.text.contains("Done: 1. Not done: 1."))
            #expect(referred.text.contains("needs the victim"), "the refused victim's reason is given")
            let referrals = try await ReferralModel.query(on: world.app.db).all()
            #expect(referrals.count == 1 && referrals.first?.$caseFile.id.uuidString.lowercased() == s.caseID.lowercased())
        }
    }

    @Test("The coordinator's referral figures: counts, medians and declines, with no person in them; a case worker is refused")
    func coordinatorFigures() async throws {
        try await TestApp.run { world in
            let s = try await ReferralAPITests.setUp(world)
            _ = try await ReferralAPITests.consent(s)
            let accepted = try #require(try await ReferralAPITests.refer(s, shares: #"["Identity"]"#).json()["id"]?.string)
            #expect(try await s.shelter.call(.POST, "/referrals/\(accepted)/accept", json: "{}", documentedAs: "/referrals/{id}/accept").status == .noContent)
            let declined = try #require(try await ReferralAPITests.refer(s, shares: "[]").json()["id"]?.string)
            #expect(try await s.shelter.call(.POST, "/referrals/\(declined)/decline", json: #"{"reason": "NoCapacity"}"#, documentedAs: "/referrals/{id}/decline").status == .noContent)
            _ = try await ReferralAPITests.refer(s, shares: "[]")

            let coordinator = try await world.browser(signedInAs: try await world.makeUser("ana", in: try await world.makeOrganisation("National Rapporteur"), roles: [.coordinator]))
            let page = try await coordinator.get("/referral-figures")
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<dt>Referrals</dt><dd>3</dd>"#))
            #expect(page.text.contains("50 %"), "one of two answered referrals was declined")
            #expect(page.text.contains("No capacity"))
            #expect(!page.text.contains("Amara") && !page.text.contains("Needs a bed"), "aggregates only")
            let future = try await coordinator.get("/referral-figures?from=2099-01-01")
            #expect(future.text.contains("No referral was made in this period."))
            #expect(try await coordinator.get("/referral-figures?from=someday").status == .unprocessableEntity)

            let api = APIClient(app: world.app, token: try await world.token(for: try await world.makeUser("maria", in: try await world.makeOrganisation("Statistics"), roles: [.analyst])))
            let json = try await api.call(.GET, "/referral-figures", documentedAs: "/referral-figures").json()
            #expect(json["total"]?.int == 3 && json["declinedShare"] == .number(0.5))
            #expect(json["declineReasons"]?[0]?["reason"]?.string == "NoCapacity")
            let refusedAPI = try await s.shelter.call(.GET, "/referral-figures", documentedAs: "/referral-figures")
            #expect(refusedAPI.status == .forbidden || refusedAPI.status == .notFound, "a case worker gets no figures")
            #expect(!refusedAPI.body.string.contains("total"))

            let worker = try await world.browser(signedInAs: s.shelterWorker)
            let refused = try await worker.get("/referral-figures")
            #expect(refused.status == .forbidden || refused.status == .notFound, "\(refused.status)")
            #expect(!refused.text.contains("No capacity"))
        }
    }
}
