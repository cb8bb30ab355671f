import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Case pages")
struct CasePagesTests {
    @Test("A case worker searches first, opens a case, and fills it in through the pages")
    func openAndFillIn() async throws {
        try await TestApp.run { world in
            let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
            let worker = try await world.makeUser("officer", in: police, roles: [.caseWorker])
            let browser = try await world.browser(signedInAs: worker)
            let search = try await browser.submit("/cases/new/search", ["name": "Blessing Eze", "birthYear": "", "citizenship": "", "phone": ""])
            #expect(search.status == .ok)
            #expect(search.text.contains("Nobody you may see matches."))
            let details = try await browser.submit("/cases/new/details", ["searchedName": "Blessing Eze", "birthDate": "2001", "citizenship": "NGA", "phone": ""])
            #expect(details.text.contains(#"value="Blessing""#) && details.text.contains(#"value="Eze""#))

            let invalid = try await browser.submit("/cases", [
                "openedOn": "2026-11-01", "givenName": "Blessing", "familyName": "Eze", "birthDate": "2001-13", "citizenship": "NGA",
                "identifiedOn": "2026-10", "traffickingStatus": "PossibleVictimOfTrafficking",
            ])
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.text.contains("Write the date as 1998, 1998-05 or 1998-05-17."))
            #expect(invalid.text.contains(#"value="Blessing""#), "what was typed is kept")

            let created = try await browser.submit("/cases", [
                "openedOn": "2026-11-01", "givenName": "Blessing", "familyName": "Eze", "birthDate": "2001-03", "gender": "Feminine", "citizenship": "NGA",
                "identifiedOn": "2026-10", "traffickingStatus": "ActualVictimOfTrafficking", "summary": "Met at the bus station",
            ], extra: [("exploitationTypes[]", "SexualExploitation"), ("controlMethods[]", "DebtBondage")])
            #expect(created.status == .seeOther)
            let casePath = try #require(created.location)
            let page = try await browser.get(casePath)
            #expect(page.text.contains("Case opened."))
            #expect(page.text.contains("Blessing Eze") && page.text.contains("Sexual exploitation") && page.text.contains("Debt bondage"))

            let perpetrator = try await browser.submit(casePath + "/perpetrators", ["givenName": "Marco", "familyName": "Rossi", "citizenship": "ITA"], extra: [("roles[]", "Exploiter")])
            #expect(perpetrator.status == .seeOther)
            for (type, country, date) in [("Recruitment", "NGA", "2025-11"), ("Transit", "NER", "2026-01"), ("Exploitation", "ITA", "2026-03")] {
                let event = try await browser.submit(casePath + "/events", ["type": type, "country": country, "dateFrom": date])
                #expect(event.status == .seeOther, "\(type)")
            }
            let badEvent = try await browser.submit(casePath + "/events", ["type": "Transit", "dateFrom": "2026-05", "dateTo": "2026-01"])
            #expect(badEvent.status == .unprocessableEntity)
            #expect(badEvent.text.contains("The end is before the start."))

            let view = try await browser.get(casePath)
            #expect(view.text.contains("Marco Rossi") && view.text.contains("Exploiter"))
            let timeline = try #require(view.text.range(of: #"<ol class="timeline">"#)).upperBound
            let order = ["Recruitment", "Transit", "Exploitation"].map { view.text.range(of: $0, range: timeline..<view.text.endIndex)?.lowerBound }
            #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted() && order.allSatisfy { $0 != nil }, "the route is in time order")
            let map = try #require(view.text.range(of: #"<svg[^>]*route-map"#, options: .regularExpression), "the route is drawn on a map")
            let mapEnd = try #require(view.text.range(of: "</svg>", range: map.upperBound..<view.text.endIndex))
            let svg = view.text[map.lowerBound..<mapEnd.upperBound]
            #expect(svg.contains("1. Recruitment: Nigeria; 2. Transit: Niger; 3. Exploitation: Italy"), "the map describes the route in words")

            let victimPerson = try #require(try await PersonModel.query(on: world.app.db).filter(\.$organisation.$id == police).first()?.id)
            let consent = try await browser.submit(casePath + "/consents", ["personId": victimPerson.uuidString, "purpose": "Referral", "granted": "true", "givenOn": "2026-11-02", "method": "Written"],
                                             extra: [("shares[]", "Identity")])
            #expect(consent.status == .seeOther)
            let consentID = try #require(try await ConsentModel.query(on: world.app.db).first()?.id)
            #expect(try await browser.submit(casePath + "/consents/\(consentID)/withdraw", [:]).status == .seeOther)
            #expect(try await ConsentModel.find(consentID, on: world.app.db)?.withdrawnOn != nil, "a withdrawal is kept on the answer")
            #expect(try await browser.submit(casePath + "/comments", ["body": "Needs a shelter place tonight"]).status == .seeOther)
            let final = try await browser.get(casePath)
            #expect(final.text.contains("Withdrawn on") && final.text.contains("Needs a shelter place tonight"))

            for action in ["case.create", "case.perpetrator.add", "case.event.add", "case.consent.record", "case.consent.withdraw", "case.comment.add", "case.read"] {
                #expect(try await world.auditEntries(action).count >= 1, "\(action) is audited")
            }
        }
    }

    @Test("The case list filters by form of exploitation and shows an empty state")
    func list() async throws {
        try await TestApp.run { world in
            let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
            let worker = try await world.makeUser("officer", in: police, roles: [.caseWorker])
            let browser = try await world.browser(signedInAs: worker)
            #expect(try await browser.get("/cases").text.contains("There are no cases yet."))
            let api = APIClient(app: world.app, token: try await world.token(for: worker))
            #expect(try await api.call(.POST, "/cases", json: CaseAPITests.newCase).status == .created)
            let all = try await browser.get("/cases")
            #expect(all.text.contains("Amara Okafor"))
            let none = try await browser.get("/cases?exploitationType=ForcedLabour")
            #expect(!none.text.contains("Amara Okafor") && none.text.contains("Nothing matches this search."))
            let chinese = try await { browser.acceptLanguage = "zh-CN"; return try await browser.get("/cases?exploitationType=SexualExploitation") }()
            #expect(chinese.text.contains("性剥削"))
        }
    }
}
