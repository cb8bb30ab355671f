import Foundation
import Testing
import Vapor
import VaporTesting
@testable import WebApp

@Suite("Errors")
struct ErrorHandlingTests {
    struct Boom: Error, CustomStringConvertible {
        var description: String { "SQLITE_CORRUPT at /srv/secret/path.swift:42" }
    }

    @Test("A server error shows a plain page and a request id, never internals")
    func internalError() async throws {
        try await TestApp.run { world in
            world.app.get("explode") { _ -> String in throw Boom() }
            world.app.get("api", "v1", "explode") { _ -> String in throw Boom() }
            let page = try await world.app.testing().sendRequest(.GET, "/explode", headers: ["Accept": "text/html"])
            #expect(page.status == .internalServerError)
            #expect(page.text.contains("Something went wrong"))
            #expect(!page.text.contains("SQLITE") && !page.text.contains("/srv/secret"))
            let id = try #require(page.headers.first(name: .xRequestId))
            #expect(page.text.contains(id))

            let api = try await world.app.testing().sendRequest(.GET, "/api/v1/explode")
            #expect(api.status == .internalServerError)
            #expect(try api.json()["error"]?["code"]?.string == "internal")
            #expect(!api.text.contains("SQLITE"))
        }
    }

    @Test("When no database connection frees up in time, the client is told to retry (503, Retry-After), not that the server failed")
    func poolTimeout() async throws {
        try await TestApp.run { world in
            world.app.get("api", "v1", "busy") { _ -> String in throw ConnectionPoolTimeoutError.connectionRequestTimeout }
            world.app.get("busy") { _ -> String in throw ConnectionPoolTimeoutError.connectionRequestTimeout }
            let api = try await world.app.testing().sendRequest(.GET, "/api/v1/busy")
            #expect(api.status == .serviceUnavailable)
            #expect(api.headers.first(name: .retryAfter) == "5")
            #expect(try api.json()["error"]?["code"]?.string == "unavailable")
            #expect(api.text.contains("busy") && !api.text.contains("ConnectionPool"))
            let page = try await world.app.testing().sendRequest(.GET, "/busy", headers: ["Accept": "text/html", "Accept-Language": "zh-CN"])
            #expect(page.status == .serviceUnavailable)
            #expect(page.text.contains("正忙于处理其他请求"))
        }
    }

    @Test("A missing page is a 404 page in the reader's language")
    func notFound() async throws {
        try await TestApp.run { world in
            let browser = try await world.browser(signedInAs: world.admin)
            let english = try await browser.get("/no/such/page")
            #expect(english.status == .notFound)
            #expect(english.text.contains("Page not found"))
            #expect(english.text.contains(#"href="/organisations""#), "the page keeps the navigation")
            browser.acceptLanguage = "zh-CN"
            let chinese = try await browser.get("/no/such/page")
            #expect(chinese.text.contains("页面不存在"))
            let api = try await world.app.testing().sendRequest(.GET, "/api/v1/nothing-here")
            #expect(api.status == .unauthorized || api.status == .notFound)
            #expect(try api.json()["error"] != nil)
        }
    }

    @Test("Forbidden pages say so without detail")
    func forbidden() async throws {
        try await TestApp.run { world in
            let org = try await world.makeOrganisation("Shelter")
            let analyst = try await world.makeUser("maria", in: org, roles: [.analyst])
            let browser = try await world.browser(signedInAs: analyst)
            let response = try await browser.get("/organisations/new")
            #expect(response.status == .forbidden)
            #expect(response.text.contains("Not allowed"))
            let users = try await browser.get("/users")
            #expect(users.status == .ok)
            #expect(!users.text.contains("root"), "an analyst sees only their own account")
        }
    }
}
