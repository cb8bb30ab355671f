import Fluent
import Foundation
import PublicReporting
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Public reports (pages)")
struct PublicReportPagesTests {
    @Test("The form renders in English and Chinese without signing in, says why each field is asked, hides the trap and allows geolocation")
    func form() async throws {
        try await TestApp.run { world in
            let english = try await Browser(app: world.app).get("/report")
            #expect(english.status == .ok)
            for text in ["Report a situation", "Why we ask:", "How it is used:", "Use my location", "No, I want to stay anonymous",
                         "rounded to about 1 km", "name=\"website\"", "class=\"trap\"", "/static/report.js", "name=\"proof_challenge\"", "<noscript>"] {
                #expect(english.text.contains(text), "missing: \(text)")
            }
            #expect(english.headers.first(name: "Permissions-Policy")?.contains("geolocation=(self)") == true)
            let chinese = Browser(app: world.app)
            chinese.acceptLanguage = "zh-CN"
            let page = try await chinese.get("/report")
            for text in ["报告情况", "为什么询问：", "如何使用：", "使用我的位置", "lang=\"zh-Hans\""] { #expect(page.text.contains(text), "missing: \(text)") }
            let script = try await Browser(app: world.app).get("/static/report.js")
            #expect(script.status == .ok && script.text.contains("crypto.subtle.digest"))
            // Other pages still refuse geolocation.
            #expect(try await Browser(app: world.app).get("/login").headers.first(name: "Permissions-Policy")?.contains("geolocation=()") == true)
        }
    }

    @Test("Without a script: too fast is refused with the text kept; after the wait the code and secret are shown, and the status page works")
    func noScriptFallbackAndStatus() async throws {
        try await TestApp.run { world in
            let clock = TestClock()
            world.app.libertas = try LibertasContext(config: world.app.libertas.config, now: { clock.now })
            let browser = Browser(app: world.app)
            let form = try await browser.get("/report")
            let challenge = try #require(Self.value(of: "proof_challenge", in: form.text))
            let fields = ["description": "Men sleep in the warehouse behind the market", "anonymous": "true", "proof_challenge": challenge,
                          "proof_nonce": "", "website": "", "contact_phone": "+1 555 0100", "language": "en"]
            let early = try await browser.submit("/report", fields)
            #expect(early.status == .unprocessableEntity)
            #expect(early.text.contains("Men sleep in the warehouse") && early.text.contains("seconds"))

            clock.advance(by: 20)
            let sent = try await browser.submit("/report", fields)
            #expect(sent.status == .ok, "\(sent.text)")
            let code = try #require(Self.text(of: "report-code", in: sent.text))
            let secret = try #require(Self.text(of: "report-secret", in: sent.text))
            #expect(sent.text.contains("Write down this code and secret"))
            let row = try #require(try await PublicReportModel.query(on: world.app.db).first())
            #expect(row.anonymous && row.contactCipher == nil, "hidden contact fields are dropped, not stored")
            // Replaying the same form is refused.
            #expect(try await browser.submit("/report", fields).status == .unprocessableEntity)

            let wrong = try await browser.submit("/report/status", ["code": code, "secret": "wrong"])
            #expect(wrong.status == .notFound && wrong.text.contains("No report matches this code and secret"))
            let status = try await browser.submit("/report/status", ["code": code, "secret": secret])
            #expect(status.status == .ok && status.text.contains("Received, waiting to be read"))
            let empty = try await browser.submit("/report/status/add", ["code": code, "secret": secret, "text": " "])
            #expect(empty.status == .unprocessableEntity && empty.text.contains("This is required."))
            let added = try await browser.submit("/report/status/add", ["code": code, "secret": secret, "text": "The door code is 4411"])
            #expect(added.status == .ok && added.text.contains("The door code is 4411") && added.text.contains("Your information was added"))
        }
    }

    @Test("Field errors on the page name the form's own fields; a bad coordinate is refused by name")
    func pageErrors() async throws {
        try await TestApp.run(adjust: { $0.publicReporting.proofOfWorkBits = 0 }) { world in
            let browser = Browser(app: world.app)
            let response = try await browser.submit("/report", ["description": "", "anonymous": "false", "contact_email": "nope",
                                                                "latitude": "north", "longitude": "10", "website": "x"])
            #expect(response.status == .unprocessableEntity)
            for anchor in ["#field-description", "#field-contact_email", "#field-latitude", "#field-website"] {
                #expect(response.text.contains(anchor), "no link to \(anchor)")
            }
            #expect(response.text.contains("value=\"nope\""), "what was typed is kept")
            #expect(try await PublicReportModel.query(on: world.app.db).count() == 0)
        }
    }

    @Test("The form's map: hidden until the script shows it; views are snapped, cached, localised by the page, limited and checked")
    func mapViews() async throws {
        try await TestApp.run { world in
            let browser = Browser(app: world.app)
            let form = try await browser.get("/report")
            #expect(form.text.contains("id=\"map-picker\" hidden") && form.text.contains("/static/report-map.js"))
            #expect(form.text.contains("data-spans=\"160.0,54.0,18.0,6.0,2.0,0.66\""))
            let script = try await browser.get("/static/report-map.js")
            #expect(script.status == .ok && script.text.contains("getScreenCTM"))

            let view = try await browser.get("/report/map?latitude=-12.05&longitude=-77.04&level=3&language=zh-Hans")
            #expect(view.status == .ok)
            #expect(view.headers.contentType?.subType == "svg+xml")
            #expect(view.headers.first(name: .cacheControl) == "private, max-age=86400")
            #expect(view.text.contains("data-level=\"3\"") && view.text.contains("data-country=\"PER\""))
            #expect(view.text.contains("选择地点的地图"), "the page's language, not the browser's")
            // A view a few kilometres away is the same grid view, so the same drawing.
            let near = try await browser.get("/report/map?latitude=-11.9&longitude=-76.9&level=3&language=zh-Hans")
            #expect(near.text == view.text)

            for query in ["level=6", "latitude=91", "longitude=-181", "level=-1"] {
                let refused = try await browser.get("/report/map?\(query)")
                #expect(refused.status == .badRequest, "\(query)")
                #expect(refused.text.contains("level from 0 to 5"), "\(query): \(refused.text)")
            }
        }
    }

    static func value(of name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func text(of id: String, in html: String) -> String? {
        guard let start = html.range(of: "id=\"\(id)\">") else { return nil }
        return String(html[start.upperBound...].prefix { $0 != "<" })
    }
}
