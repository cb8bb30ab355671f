import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("In-app notifications")
struct InboxTests {
    @Test("A referral reaches the receiver's case workers and supervisors, a decision the sender's; administrators hear nothing")
    func audience() async throws {
        try await TestApp.run { world in
            let s = try await ReferralAPITests.setUp(world)
            let shelterAdmin = APIClient(app: world.app, token: try await world.token(for: try await world.makeUser("shelter.admin", in: s.shelterID, roles: [.orgAdmin])))
            let referred = try await ReferralAPITests.refer(s, shares: "[]")
            let referralID = try #require(try referred.json()["id"]?.string)

            let inbox = try await s.shelter.call(.GET, "/me/notifications", documentedAs: "/me/notifications").json()
            #expect(inbox["items"]?[0]?["type"]?.string == "referral.received")
            #expect(inbox["items"]?[0]?["subjectId"]?.string == referralID)
            #expect(inbox["items"]?[0]?["caseId"] == nil, "the receiver is not told the sender's case")
            #expect(inbox["items"]?[0]?["link"]?.string == "/referrals/\(referralID)")
            #expect(!inbox.text.contains("Amara") && !inbox.text.contains("Okafor"))
            #expect(try await shelterAdmin.call(.GET, "/me/notifications", documentedAs: "/me/notifications").json()["items"]?.array?.isEmpty == true)
            #expect(try await s.other.call(.GET, "/me/notifications", documentedAs: "/me/notifications").json()["items"]?.array?.isEmpty == true)
            #expect(try await s.police.call(.GET, "/me/notifications", documentedAs: "/me/notifications").json()["items"]?.array?.isEmpty == true)

            #expect(try await s.shelter.call(.POST, "/referrals/\(referralID)/accept", json: "{}", documentedAs: "/referrals/{id}/accept").status == .noContent)
            let police = try await s.police.call(.GET, "/me/notifications", documentedAs: "/me/notifications").json()
            #expect(police["items"]?[0]?["type"]?.string == "referral.accepted")
            #expect(police["items"]?[0]?["caseId"]?.string == s.caseID)
        }
    }

    @Test("Read marks: one, all, the unread count, and another user's notification is not found")
    func readMarks() async throws {
        try await TestApp.run { world in
            let s = try await ReferralAPITests.setUp(world)
            for _ in 0..<3 { _ = try await ReferralAPITests.refer(s, shares: "[]") }
            let count = { try await s.shelter.call(.GET, "/me/notifications/unread-count", documentedAs: "/me/notifications/unread-count").json()["unread"] }
            #expect(try await count() == .number(3))
            let page = try await s.shelter.call(.GET, "/me/notifications?limit=2", documentedAs: "/me/notifications").json()
            #expect(page["items"]?.array?.count == 2)
            let next = try #require(page["nextCursor"]?.string)
            #expect(try await s.shelter.call(.GET, "/me/notifications?cursor=\(next)", documentedAs: "/me/notifications").json()["items"]?.array?.count == 1)
            let first = try #require(page["items"]?[0]?["id"]?.string)

            #expect(try await s.other.call(.POST, "/me/notifications/\(first)/read", documentedAs: "/me/notifications/{id}/read").status == .notFound)
            #expect(try await s.shelter.call(.POST, "/me/notifications/\(first)/read", documentedAs: "/me/notifications/{id}/read").status == .noContent)
            #expect(try await count() == .number(2))
            #expect(try await s.shelter.call(.GET, "/me/notifications?unread=true", documentedAs: "/me/notifications").json()["items"]?.array?.count == 2)
            #expect(try await s.shelter.call(.POST, "/me/notifications/read-all", documentedAs: "/me/notifications/read-all").status == .noContent)
            #expect(try await count() == .number(0))
        }
    }

    @Test("The inbox page shows a sentence per event, a link, and the unread count in the header")
    func page() async throws {
        try await TestApp.run { world in
            let s = try await ReferralAPITests.setUp(world)
            let grace = try #require(try await UserQueries.find(username: "grace.shelter", on: world.app.db))
            let account = TestWorld.Account(id: try grace.requireID(), username: "grace.shelter", password: TestWorld.password, organisationID: s.shelterID)
            let referralID = try #require(try await ReferralAPITests.refer(s, shares: "[]").json()["id"]?.string)
            let browser = try await world.browser(signedInAs: account)
            let dashboard = try await browser.get("/")
            #expect(dashboard.text.contains("unread-count") && dashboard.text.contains("Notifications, 1 unread"))
            let inbox = try await browser.get("/inbox")
            #expect(inbox.status == .ok)
            #expect(inbox.text.contains("A referral was sent to your organisation."))
            #expect(inbox.text.contains("/referrals/\(referralID)"))
            let notification = try #require(try await NotificationModel.query(on: world.app.db).filter(\.$userID == account.id).first())
            let marked = try await browser.submit("/inbox/\(try notification.requireID())/read", [:])
            #expect(marked.status == .seeOther)
            let after = try await browser.get("/inbox")
            #expect(!after.text.contains("unread-count"))
            browser.acceptLanguage = "zh-Hans"
            #expect(try await browser.get("/inbox").text.contains("有一项转介发送至您的机构。"))
        }
    }
}
