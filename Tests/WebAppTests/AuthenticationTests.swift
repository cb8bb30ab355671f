import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Signing in and out")
struct AuthenticationTests {
    @Test("A person signs in, sees the dashboard, and signs out")
    func signInAndOut() async throws {
        try await TestApp.run { world in
            let browser = Browser(app: world.app)
            let redirect = try await browser.get("/users")
            #expect(redirect.status == .seeOther)
            #expect(redirect.location == "/login?next=%2Fusers")

            let signIn = try await browser.submit("/login", ["username": "ROOT", "password": TestWorld.password, "next": "/users"])
            #expect(signIn.status == .seeOther)
            #expect(signIn.location == "/users")
            let cookie = try #require(signIn.headers[.setCookie].first { $0.hasPrefix(Cookies.session) })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))

            let dashboard = try await browser.get("/")
            #expect(dashboard.status == .ok)
            #expect(dashboard.text.contains("Welcome, Root Admin"))

            let signOut = try await browser.submit("/logout", [:])
            #expect(signOut.location == "/login")
            #expect(try await browser.get("/").status == .seeOther)
            #expect(try await world.auditEntries("auth.login").count == 1)
            #expect(try await world.auditEntries("auth.logout").count == 1)
        }
    }

    @Test("Only the hash of a session token is stored")
    func sessionTokenHashed() async throws {
        try await TestApp.run { world in
            let browser = try await world.browser(signedInAs: world.admin)
            let token = try #require(browser.cookies[Cookies.session])
            let stored = try await SessionModel.query(on: world.app.db).all().map(\.tokenHash)
            #expect(stored == [SecretGenerator.sha256(token)])
            #expect(!stored.contains(token))
        }
    }

    @Test("A wrong password and an unknown user get the same answer, and both are audited")
    func failures() async throws {
        try await TestApp.run { world in
            let browser = Browser(app: world.app)
            let wrong = try await browser.submit("/login", ["username": "root", "password": "not the password"])
            let unknown = try await browser.submit("/login", ["username": "nobody", "password": "not the password"])
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            let message = "The username or password is not right"
            #expect(wrong.text.contains(message) && unknown.text.contains(message))
            let failures = try await world.auditEntries("auth.login.failed")
            #expect(failures.count == 2)
            #expect(failures[0].actorLabel == "root")
            // A password typed into the username field must not end up in the log.
            #expect(failures[1].actorLabel == "anonymous")
        }
    }

    @Test("An account locks after five wrong passwords, even for the right one")
    func lockout() async throws {
        try await TestApp.run { world in
            let browser = Browser(app: world.app)
            for _ in 1...5 {
                _ = try await browser.submit("/login", ["username": "root", "password": "wrong password!"])
            }
            let locked = try await browser.submit("/login", ["username": "root", "password": TestWorld.password])
            #expect(locked.status == .tooManyRequests)
            #expect(Int(locked.headers.first(name: .retryAfter) ?? "") ?? 0 > 0)
            let user = try #require(try await UserQueries.find(username: "root", on: world.app.db))
            #expect(user.lockedUntil != nil)
            #expect(try await world.auditEntries("auth.login.failed").last?.summary.contains("locked") == true)
        }
    }

    @Test("One address that fails too often must wait, whichever usernames it tries")
    func addressThrottle() async throws {
        try await TestApp.run { world in
            let browser = Browser(app: world.app)
            for attempt in 1...world.context.config.security.addressFailureLimit {
                _ = try await browser.submit("/login", ["username": "guess\(attempt)", "password": "wrong password!"])
            }
            let blocked = try await browser.submit("/login", ["username": "root", "password": TestWorld.password])
            #expect(blocked.status == .tooManyRequests)
        }
    }

    @Test("A form without its CSRF token is refused and changes nothing")
    func csrf() async throws {
        try await TestApp.run { world in
            let browser = try await world.browser(signedInAs: world.admin)
            let forged = try await browser.submit("/organisations", ["name": "Forged", "type": "NGO"], csrf: false)
            #expect(forged.status == .forbidden)
            #expect(forged.text.contains("This form has expired"))
            let wrongToken = try await browser.submit("/organisations", ["name": "Forged", "type": "NGO"], extra: [("_csrf", "AAAA")], csrf: false)
            #expect(wrongToken.status == .forbidden)
            #expect(try await OrganisationModel.query(on: world.app.db).filter(\.$name == "Forged").count() == 0)
            let login = try await Browser(app: world.app).submit("/login", ["username": "root", "password": TestWorld.password], csrf: false)
            #expect(login.status == .forbidden)
        }
    }

    @Test("A new user with a one-time password must choose their own first")
    func forcedPasswordChange() async throws {
        try await TestApp.run { world in
            let admin = try await world.browser(signedInAs: world.admin)
            let created = try await admin.submit("/users", [
                "username": "newbie", "displayName": "New Bie", "organisationId": world.admin.organisationID.uuidString,
            ], extra: [("roles[]", "caseWorker")])
            #expect(created.status == .ok)
            let password = try #require(created.text.firstMatch(of: /id="one-time-password">([^<]+)</)?.1).description

            let newbie = Browser(app: world.app)
            let signIn = try await newbie.submit("/login", ["username": "newbie", "password": password])
            #expect(signIn.location == "/account/password")
            #expect(try await newbie.get("/organisations").location == "/account/password")

            let weak = try await newbie.submit("/account/password", ["currentPassword": password, "newPassword": "short", "confirmPassword": "short"])
            #expect(weak.status == .unprocessableEntity)
            #expect(weak.text.contains("at least 12 characters"))

            let mine = "a long and private passphrase"
            let changed = try await newbie.submit("/account/password", ["currentPassword": password, "newPassword": mine, "confirmPassword": mine])
            #expect(changed.location == "/")
            #expect(try await newbie.get("/organisations").status == .ok)
            #expect(try await Browser(app: world.app).submit("/login", ["username": "newbie", "password": password]).status == .unauthorized)
            #expect(try await world.auditEntries("user.password.change").count == 1)
        }
    }

    @Test("After sign-in only a path on this site is followed")
    func openRedirect() {
        #expect(SignInController.safeNext("https://evil.example/") == "/")
        #expect(SignInController.safeNext("//evil.example/") == "/")
        #expect(SignInController.safeNext("/\\evil.example") == "/")
        #expect(SignInController.safeNext("/users?q=a") == "/users?q=a")
    }
}
