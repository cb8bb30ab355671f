import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Panic page and operator console (pages)")
struct PanicAndOperatorPagesTests {
    @Test("/panic is open to anyone in both languages, installable (manifest, service worker with its scope), allows geolocation and says what is sent")
    func panicPage() async throws {
        try await TestApp.run { world in
            let english = try await Browser(app: world.app).get("/panic")
            #expect(english.status == .ok)
            for text in ["id=\"panic-button\"", "rel=\"manifest\" href=\"/panic/manifest.webmanifest\"", "/static/panic.js", "<noscript>",
                         "data-queued=\"Queued — will send when online", "data-sending=\"Sending…\"", "data-sent=\"Sent.", "What is sent:",
                         "kept only on this device"] {
                #expect(english.text.contains(text), "missing: \(text)")
            }
            #expect(!english.text.contains("<form"), "the details never go to the server by themselves")
            #expect(english.headers.first(name: "Permissions-Policy")?.contains("geolocation=(self)") == true)
            #expect(english.headers.first(name: "Content-Security-Policy")?.contains("default-src 'self'") == true)
            let chinese = Browser(app: world.app)
            chinese.acceptLanguage = "zh-CN"
            let page = try await chinese.get("/panic")
            for text in ["紧急求助按钮", "已排队——恢复联网后将自动发送", "lang=\"zh-Hans\""] { #expect(page.text.contains(text), "missing: \(text)") }

            let manifest = try await Browser(app: world.app).get("/panic/manifest.webmanifest")
            #expect(manifest.headers.contentType?.description.hasPrefix("application/manifest+json") == true)
            let json = try #require(JSONValue(parsing: manifest.text))
            #expect(json["scope"]?.string == "/panic" && json["start_url"]?.string == "/panic" && json["display"]?.string == "standalone")
            let worker = try await Browser(app: world.app).get("/panic-sw.js")
            #expect(worker.headers.contentType?.subType == "javascript")
            for text in ["addEventListener(\"sync\"", "panic-outbox", "\"/panic\", \"/static/panic.js\"", "indexedDB.open"] {
                #expect(worker.text.contains(text), "missing in the service worker: \(text)")
            }
            let script = try await Browser(app: world.app).get("/static/panic.js")
            for text in ["/api/v1/public/alerts", "sync.register", "addEventListener(\"online\"", "localStorage", "X-Libertas-Device"] {
                #expect(script.text.contains(text), "missing in the script: \(text)")
            }
            #expect(!script.text.contains("http://") && !script.text.contains("https://"), "no third-party address")
        }
    }

    @Test("An operator's console and alert page, in English and Chinese, with the map; the version endpoint is small and not audited")
    func console() async throws {
        try await TestApp.run { world in
            let olga = try await world.makeUser("olga.operator", in: world.admin.organisationID, roles: [.hotlineOperator], displayName: "Olga Operator")
            let id = UUID()
            #expect(try await PanicAlertAPITests.send(world, OperatorConsoleAPITests.alert(id)).status == .created)
            let browser = try await world.browser(signedInAs: olga)
            let page = try await browser.get("/operator")
            #expect(page.status == .ok)
            for text in ["Operator console", "id=\"queue-New\"", "kind-alert", "4.71123, -74.07211 ±35 m", "/static/operator.js", "Median time to first action",
                         "href=\"/operator\""] {
                #expect(page.text.contains(text), "missing: \(text)")
            }
            let version = try await browser.get("/operator/version")
            #expect(version.status == .ok && version.text.hasPrefix("{\"version\":\""))
            let audited = try await world.auditEntries("operatorQueue.list").count
            _ = try await browser.get("/operator/version")
            #expect(try await world.auditEntries("operatorQueue.list").count == audited)
            let fragment = try await browser.get("/operator/queue")
            #expect(fragment.text.contains("kind-alert") && !fragment.text.contains("<html") && fragment.headers.first(name: "X-Queue-Version") != nil)

            let item = try await browser.get("/operator/alerts/\(id)")
            for text in ["class=\"chart point-map\"", "class=\"accuracy\"", "Colombia", "Rosa Q.", "id=\"escalate-form\"", "id=\"checklist-form\"",
                         "id=\"refer-form\"", "id=\"refer-directory-form\"", "Not referred yet."] {
                #expect(item.text.contains(text), "missing: \(text)")
            }
            let saved = try await browser.submit("/operator/alerts/\(id)/notes", ["text": "Spoke to her brother"])
            #expect(saved.status == .seeOther)
            let empty = try await browser.submit("/operator/alerts/\(id)/notes", ["text": ""])
            #expect(empty.status == .unprocessableEntity)
            _ = try await browser.submit("/operator/alerts/\(id)/checklist", [:], extra: [("items[]", "contacted"), ("items[]", "responseChosen")])
            _ = try await browser.submit("/operator/alerts/\(id)/assign", ["operator": olga.id.uuidString])
            let row = try #require(try await PanicAlertModel.find(id, on: world.app.db))
            #expect(row.checklist == "contacted,responseChosen" && row.assignedOperatorID == olga.id && row.firstActionAt != nil)
            browser.acceptLanguage = "zh-CN"
            let chinese = try await browser.get("/operator/alerts/\(id)")
            for text in ["紧急求助警报", "联络记录", "立案", "Spoke to her brother", "转介至"] { #expect(chinese.text.contains(text), "missing: \(text)") }
        }
    }

    @Test("The refer form: the directory proposes providers of the chosen service, nearest first; a bad referral comes back with what was typed; a good one shows on the item and the queue")
    func referForm() async throws {
        try await TestApp.run { world in
            let hotline = try await world.makeOrganisation("National Trafficking Hotline")
            let shelter = try await world.makeOrganisation("Safe Harbour Shelter")
            let olga = try await world.makeUser("olga.operator", in: hotline, roles: [.hotlineOperator])
            let admin = APIClient(app: world.app, token: try await world.token(for: try await world.makeUser("grace.admin", in: shelter, roles: [.orgAdmin])))
            _ = try await ServiceDirectoryAPITests.create(admin, ServiceDirectoryAPITests.womensShelter)
            let id = UUID()
            #expect(try await PanicAlertAPITests.send(world, OperatorConsoleAPITests.alert(id)).status == .created)
            let browser = try await world.browser(signedInAs: olga)
            let path = "/operator/alerts/\(id)"
            let plain = try await browser.get(path)
            #expect(plain.text.contains("Safe Harbour Shelter") && !plain.text.contains("<optgroup") && !plain.text.contains("National Trafficking Hotline</option>"),
                    "every other active organisation, not one's own")
            let found = try await browser.get(path + "?service=Shelter")
            #expect(found.text.contains("<optgroup") && found.text.contains("Casa Aurora — Safe Harbour Shelter (Rome,") && found.text.contains("3 free places"))
            let none = try await browser.get(path + "?service=Repatriation")
            #expect(none.text.contains("id=\"refer-no-provider\""))

            let tooLong = String(repeating: "n", count: ReferralService.noteLimit + 1)
            let refused = try await browser.submit(path + "/refer", ["toOrganisationId": shelter.uuidString, "serviceType": "Shelter", "note": tooLong])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("value=\"\(shelter.uuidString)\" selected") && refused.text.contains(tooLong), "what was typed is kept")
            #expect(try await CaseFileModel.query(on: world.app.db).count() == 0)

            let sent = try await browser.submit(path + "/refer", ["toOrganisationId": shelter.uuidString, "serviceType": "Shelter", "note": "Bed tonight"])
            #expect(sent.status == .seeOther && sent.headers.first(name: .location)?.hasSuffix("#referral") == true)
            let item = try await browser.get(path)
            #expect(item.text.contains("id=\"item-referrals\"") && item.text.contains("id=\"escalated-case\""))
            let twice = try await browser.submit(path + "/refer", ["toOrganisationId": shelter.uuidString, "serviceType": "Shelter"])
            #expect(twice.status == .conflict && twice.text.contains("already referred"))
            let queue = try await browser.get("/operator")
            #expect(queue.text.contains("Safe Harbour Shelter · "), "the queue says where the item went")
        }
    }
}
