import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Personal access tokens")
struct AccessTokenTests {
    @Test("A token made on the page works for the API until it is revoked")
    func lifecycle() async throws {
        try await TestApp.run { world in
            let browser = try await world.browser(signedInAs: world.admin)
            let page = try await browser.submit("/account/tokens", ["name": "stats export", "lifetimeDays": "30"])
            #expect(page.status == .ok)
            let secret = try #require(page.text.firstMatch(of: /id="new-token">([^<]+)</)?.1).description
            #expect(secret.hasPrefix("lbt_"))
            let stored = try #require(try await AccessTokenModel.query(on: world.app.db).first())
            #expect(stored.tokenHash == SecretGenerator.sha256(secret))
            #expect(!(try await browser.get("/account/tokens").text.contains(secret)), "the secret is shown only once")

            let api = APIClient(app: world.app, token: secret)
            #expect(try await api.call(.GET, "/me").status == .ok)
            let list = try await api.call(.GET, "/tokens").json()
            #expect(list[0]?["prefix"]?.string == AccessTokenFormat.displayPrefix(of: secret))

            let revoke = try await browser.submit("/account/tokens/\(try stored.requireID())/revoke", [:])
            #expect(revoke.status == .seeOther)
            let refused = try await api.call(.GET, "/me")
            #expect(refused.status == .unauthorized)
            #expect(refused.headers.first(name: .wwwAuthenticate)?.hasPrefix("Bearer") == true)
            #expect(try await world.auditEntries("token.create").count == 1)
            #expect(try await world.auditEntries("token.revoke").count == 1)
        }
    }

    @Test("Expired, unknown and malformed tokens are refused")
    func refused() async throws {
        try await TestApp.run { world in
            let secret = try await world.token(for: world.admin)
            let token = try #require(try await AccessTokenModel.query(on: world.app.db).first())
            token.expiresAt = Date().addingTimeInterval(-1)
            try await token.update(on: world.app.db)
            for bad in [secret, "lbt_unknown", "not-a-token"] {
                #expect(try await APIClient(app: world.app, token: bad).call(.GET, "/me").status == .unauthorized)
            }
            #expect(try await APIClient(app: world.app, token: nil).call(.GET, "/organisations").status == .unauthorized)
        }
    }

    @Test("A session cookie does not open the API")
    func cookiesDoNotOpenTheAPI() async throws {
        try await TestApp.run { world in
            let browser = try await world.browser(signedInAs: world.admin)
            let cookie = "\(Cookies.session)=\(try #require(browser.cookies[Cookies.session]))"
            let response = try await world.app.testing().sendRequest(.GET, "/api/v1/me", headers: ["Cookie": cookie])
            #expect(response.status == .unauthorized)
        }
    }

    @Test("Someone else's token cannot be revoked, and invalid input is explained")
    func ownership() async throws {
        try await TestApp.run { world in
            let org = try await world.makeOrganisation("Police")
            let worker = try await world.makeUser("amara", in: org, roles: [.caseWorker])
            _ = try await world.token(for: worker)
            let workerToken = try #require(try await AccessTokenModel.query(on: world.app.db).filter(\.$user.$id == worker.id).first())
            let admin = APIClient(app: world.app, token: try await world.token(for: world.admin))
            let response = try await admin.call(.DELETE, "/tokens/\(try workerToken.requireID())", documentedAs: "/tokens/{id}")
            #expect(response.status == .notFound)
            let invalid = try await admin.call(.POST, "/tokens", json: #"{"name":"","lifetimeDays":1000}"#)
            #expect(invalid.status == .unprocessableEntity)
            #expect(try invalid.json()["error"]?["fields"]?.array?.count == 2)
        }
    }
}
