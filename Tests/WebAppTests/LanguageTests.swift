import Testing
import VaporTesting
@testable import WebApp

@Suite("Interface languages")
struct InterfaceLanguageTests {
    @Test("The language switcher turns every page into Chinese, and back")
    func switcher() async throws {
        try await TestApp.run { world in
            let browser = try await world.browser(signedInAs: world.admin)
            let switched = try await browser.get("/language?set=zh-Hans&next=%2Forganisations")
            #expect(switched.location == "/organisations")
            let page = try await browser.get("/organisations")
            #expect(page.text.contains(#"<html lang="zh-Hans""#))
            #expect(page.text.contains("机构"))
            #expect(page.text.contains("新建机构"))
            #expect(page.headers.first(name: .contentLanguage) == "zh-Hans")
            let chineseDashboard = try await browser.get("/")
            #expect(chineseDashboard.text.contains("欢迎，Root Admin"))
            _ = try await browser.get("/language?set=en&next=/")
            let englishDashboard = try await browser.get("/")
            #expect(englishDashboard.text.contains("Welcome, Root Admin"))
        }
    }

    @Test("A first visit follows the browser's Accept-Language")
    func negotiation() async throws {
        try await TestApp.run { world in
            let browser = Browser(app: world.app)
            browser.acceptLanguage = "zh-CN,zh;q=0.9,en;q=0.5"
            let page = try await browser.get("/login")
            #expect(page.text.contains("请使用管理员提供的用户名和密码登录"))
        }
    }

    @Test("The language switcher never redirects off the site")
    func noOpenRedirect() async throws {
        try await TestApp.run { world in
            let response = try await Browser(app: world.app).get("/language?set=zh-Hans&next=https://evil.example")
            #expect(response.location == "/")
        }
    }
}
