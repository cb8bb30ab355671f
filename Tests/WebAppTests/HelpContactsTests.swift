import AccessControl
import Fluent
import Foundation
import SQLKit
@testable import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Help directory (/learn/help, /api/v1/help-contacts)")
struct HelpContactsTests {
    static let hotline = """
        {"name": "National Trafficking Hotline", "kind": "hotline", "country": "GB", "languages": ["en", "zh", "vie"],
         "phone": "+44 20 7946 0123", "email": "help@hotline.example", "website": "hotline.example/help", "hours": "24 hours",
         "note": "Confidential; interpreters on request."}
        """
    static let consulate = """
        {"name": "Consulate of the Philippines", "kind": "consulate", "country": "GBR", "represents": "PH", "languages": ["eng", "fil"],
         "phone": "+44 20 7946 0555", "address": "1 Example Street"}
        """
    static let shelter = """
        {"name": "Safe Harbour Shelter", "kind": "shelter", "country": "FRA", "languages": ["fra"], "email": "intake@shelter.example"}
        """

    static func admin(_ world: TestWorld) async throws -> APIClient {
        APIClient(app: world.app, token: try await world.token(for: world.admin))
    }

    static func create(_ client: APIClient, _ json: String) async throws -> String {
        let response = try await client.call(.POST, "/help-contacts", json: json)
        #expect(response.status == .created, "\(response.body.string)")
        return try #require(try response.json()["id"]?.string)
    }

    static func names(_ response: TestingHTTPResponse) throws -> [String] {
        try response.json()["items"]?.array?.compactMap { $0["name"]?.string } ?? []
    }

    @Test("The system administrator adds, edits, deactivates and reactivates contacts through the API; the public reads only the active ones, without a token; every write is audited")
    func lifecycle() async throws {
        try await TestApp.run { world in
            let admin = try await Self.admin(world)
            let public_ = APIClient(app: world.app, token: nil)
            let id = try await Self.create(admin, Self.hotline)
            let created = try await public_.call(.GET, "/help-contacts/\(id)", documentedAs: "/help-contacts/{id}").json()
            #expect(created["country"]?.string == "GBR", "ISO alpha-2 is stored as alpha-3")
            #expect(created["languages"]?.array?.compactMap(\.string) == ["eng", "vie", "zho"])
            #expect(created["phone"]?.string == "+442079460123")
            #expect(created["website"]?.string == "https://hotline.example/help", "a bare address is read as https")
            #expect(created["active"]?.bool == true)

            let edited = try await admin.call(.PUT, "/help-contacts/\(id)", json: Self.hotline.replacingOccurrences(of: "24 hours", with: "Every day, 8:00 to 22:00"),
                                              documentedAs: "/help-contacts/{id}")
            #expect(edited.status == .ok)
            #expect(try edited.json()["hours"]?.string == "Every day, 8:00 to 22:00")
            // Saving the same again changes nothing and writes nothing.
            _ = try await admin.call(.PUT, "/help-contacts/\(id)", json: Self.hotline.replacingOccurrences(of: "24 hours", with: "Every day, 8:00 to 22:00"),
                                     documentedAs: "/help-contacts/{id}")

            let deactivated = try await admin.call(.PUT, "/help-contacts/\(id)", json: #"{"name": "National Trafficking Hotline", "kind": "hotline", "phone": "+442079460123", "active": false}"#,
                                                   documentedAs: "/help-contacts/{id}")
            #expect(deactivated.status == .ok)
            #expect(try deactivated.json()["active"]?.bool == false)
            #expect(try Self.names(await public_.call(.GET, "/help-contacts")).isEmpty, "a deactivated contact is not public")
            #expect(try await public_.call(.GET, "/help-contacts/\(id)", documentedAs: "/help-contacts/{id}").status == .notFound)
            let all = try await admin.call(.GET, "/admin/help-contacts")
            #expect(try Self.names(all) == ["National Trafficking Hotline"])
            #expect(try all.json()["items"]?[0]?["active"]?.bool == false)
            #expect(try await admin.call(.GET, "/admin/help-contacts/\(id)", documentedAs: "/admin/help-contacts/{id}").status == .ok)
            _ = try await admin.call(.PUT, "/help-contacts/\(id)", json: #"{"name": "National Trafficking Hotline", "kind": "hotline", "phone": "+442079460123", "active": true}"#,
                                     documentedAs: "/help-contacts/{id}")
            #expect(try Self.names(await public_.call(.GET, "/help-contacts")) == ["National Trafficking Hotline"])

            #expect(try await world.auditEntries("helpContact.create").count == 1)
            let updates = try await world.auditEntries("helpContact.update")
            #expect(updates.count == 1, "one real change, one save without changes")
            #expect(updates.first?.summary.contains("Every day, 8:00 to 22:00") == true, "the change is written out: \(updates.first?.summary ?? "")")
            #expect(try await world.auditEntries("helpContact.deactivate").count == 1)
            #expect(try await world.auditEntries("helpContact.reactivate").count == 1)
            #expect(try await world.auditEntries("helpContact.create").first?.recordType == "helpContact")
        }
    }

    @Test("Every other role gets 404 on the editing operations and pages, and the refusal is audited; nothing is written")
    func otherRolesGet404() async throws {
        try await TestApp.run { world in
            let id = try await Self.create(try await Self.admin(world), Self.hotline)
            let organisation = try await world.makeOrganisation("Safe Harbour")
            let roles: [(String, Role)] = [("org.admin", .orgAdmin), ("case.worker", .caseWorker), ("coord.ana", .coordinator),
                                           ("hotline.chen", .hotlineOperator), ("editor.nadia", .knowledgeEditor), ("analyst.maria", .analyst)]
            for (username, role) in roles {
                let account = try await world.makeUser(username, in: organisation, roles: [role])
                let client = APIClient(app: world.app, token: try await world.token(for: account))
                #expect(try await client.call(.POST, "/help-contacts", json: Self.consulate).status == .notFound, "\(role) creates")
                #expect(try await client.call(.PUT, "/help-contacts/\(id)", json: Self.consulate, documentedAs: "/help-contacts/{id}").status == .notFound, "\(role) edits")
                #expect(try await client.call(.GET, "/admin/help-contacts").status == .notFound, "\(role) lists all")
                #expect(try await client.call(.GET, "/admin/help-contacts/\(id)", documentedAs: "/admin/help-contacts/{id}").status == .notFound, "\(role) reads one")
                #expect(try await client.call(.GET, "/help-contacts").status == .ok, "\(role) reads the public list like anyone")
                let browser = try await world.browser(signedInAs: account)
                for path in ["/admin/help-contacts", "/admin/help-contacts/new", "/admin/help-contacts/\(id)/edit"] {
                    #expect(try await browser.get(path).status == .notFound, "\(role) opens \(path)")
                }
                #expect(try await browser.submit("/admin/help-contacts", ["name": "Fake", "kind": "hotline", "phone": "+442079460999"]).status == .notFound)
                #expect(try await browser.submit("/admin/help-contacts/\(id)", ["name": "Fake", "kind": "hotline", "phone": "+442079460999"]).status == .notFound)
                let publicPage = try await browser.get("/learn/help")
                #expect(!publicPage.text.contains("/admin/help-contacts"), "\(role) is not offered the editing pages")
            }
            #expect(try await HelpContactModel.query(on: world.app.db).count() == 1)
            #expect(try await HelpContactModel.find(UUID(uuidString: id), on: world.app.db)?.name == "National Trafficking Hotline")
            let refusals = try await world.auditEntries("access.denied").filter { $0.recordType == "helpContact" }
            #expect(refusals.count >= roles.count * 6, "\(refusals.count) refusals audited")
            #expect(try await APIClient(app: world.app, token: nil).call(.POST, "/help-contacts", json: Self.consulate).status == .unauthorized)
        }
    }

    @Test("Bad input is refused field by field (422), in the API and on the page, and nothing is stored")
    func validation() async throws {
        try await TestApp.run { world in
            let admin = try await Self.admin(world)
            let long = String(repeating: "x", count: 1_001)
            let response = try await admin.call(.POST, "/help-contacts", json: """
                {"name": "", "kind": "spa", "country": "Atlantis", "represents": "XX", "languages": ["xx1"], "phone": "12345",
                 "email": "nobody", "website": "javascript:alert(1)", "note": "\(long)"}
                """, documentedAs: "/help-contacts")
            #expect(response.status == .unprocessableEntity)
            let fields = Set(try response.json()["error"]?["fields"]?.array?.compactMap { $0["field"]?.string } ?? [])
            #expect(fields == ["name", "kind", "country", "represents", "languages", "phone", "email", "website", "note"])

            func refused(_ json: String) async throws -> [String] {
                let answer = try await admin.call(.POST, "/help-contacts", json: json, documentedAs: "/help-contacts")
                #expect(answer.status == .unprocessableEntity)
                return try answer.json()["error"]?["fields"]?.array?.compactMap { $0["field"]?.string } ?? []
            }
            #expect(try await refused(#"{"name": "No way to reach", "kind": "ngo"}"#) == ["phone"], "one of phone, email, website is needed")
            #expect(try await refused(#"{"name": "Consulate", "kind": "consulate", "phone": "+442079460555"}"#) == ["represents"], "a consulate names its country")
            #expect(try await refused(#"{"name": "Hotline", "kind": "hotline", "represents": "PHL", "phone": "+442079460555"}"#) == ["represents"])
            #expect(try await refused(#"{"kind": "hotline", "phone": "+442079460555", "website": "ftp://files.example"}"#) == ["name", "website"])
            #expect(try await refused(#"{"name": "Hotline", "phone": "+442079460555", "country": "826"}"#) == ["kind", "country"], "only ISO letter codes")
            #expect(try await HelpContactModel.query(on: world.app.db).count() == 0)

            let bad = try await admin.call(.GET, "/help-contacts?kind=spa&language=xx1&country=Atlantis")
            #expect(bad.status == .unprocessableEntity)
            #expect(Set(try bad.json()["error"]?["fields"]?.array?.compactMap { $0["field"]?.string } ?? []) == ["kind", "language", "country"])

            let browser = try await world.browser(signedInAs: world.admin)
            let page = try await browser.submit("/admin/help-contacts", ["name": "", "kind": "consulate", "phone": "12345", "website": "javascript:alert(1)"])
            #expect(page.status == .unprocessableEntity)
            for text in ["href=\"#field-name\"", "href=\"#field-represents\"", "href=\"#field-phone\"", "href=\"#field-website\"", "aria-invalid=\"true\"",
                         "value=\"javascript:alert(1)\""] {
                #expect(page.text.contains(text), "the refused form has \(text)")
            }
            let filtered = try await Browser(app: world.app).get("/learn/help?kind=spa")
            #expect(filtered.status == .unprocessableEntity && filtered.text.contains("href=\"#field-kind\""))
            #expect(try await HelpContactModel.query(on: world.app.db).count() == 0)
        }
    }

    @Test("The public list filters by kind, by country (where, or whose consulate) and by language, and pages by cursor")
    func filters() async throws {
        try await TestApp.run { world in
            let admin = try await Self.admin(world)
            for json in [Self.hotline, Self.consulate, Self.shelter] { _ = try await Self.create(admin, json) }
            let public_ = APIClient(app: world.app, token: nil)
            func names(_ query: String) async throws -> [String] { try Self.names(await public_.call(.GET, "/help-contacts" + query)) }
            #expect(try await names("") == ["Consulate of the Philippines", "National Trafficking Hotline", "Safe Harbour Shelter"])
            #expect(try await names("?kind=consulate") == ["Consulate of the Philippines"])
            #expect(try await names("?country=PHL") == ["Consulate of the Philippines"], "a consulate is found by the country it represents")
            #expect(try await names("?country=gb") == ["Consulate of the Philippines", "National Trafficking Hotline"], "and by where it is")
            #expect(try await names("?language=zh") == ["National Trafficking Hotline"])
            #expect(try await names("?language=fra&country=FRA") == ["Safe Harbour Shelter"])
            #expect(try await names("?kind=police").isEmpty)
            let first = try await public_.call(.GET, "/help-contacts?limit=2").json()
            let cursor = try #require(first["nextCursor"]?.string)
            #expect(try await names("?limit=2&cursor=\(cursor)") == ["Safe Harbour Shelter"])
        }
    }

    @Test("/learn/help shows the demo contacts in English and Chinese with links a phone can follow, filters them and has an empty state; the administrator's pages add and deactivate one")
    func pages() async throws {
        try await TestApp.run { world in
            let empty = try await Browser(app: world.app).get("/learn/help")
            #expect(empty.status == .ok && empty.text.contains("The directory has no contacts yet"))
            try await DemoHelpContacts.seed(world.app, actor: .system("seed"))
            try await DemoHelpContacts.seed(world.app, actor: .system("seed"))
            #expect(try await HelpContactModel.query(on: world.app.db).count() == DemoHelpContacts.entries.count, "seeding twice adds nothing")
            for entry in DemoHelpContacts.entries {
                #expect(entry.name.hasSuffix("(example)") && entry.note?.hasPrefix("Example entry") == true, "\(entry.name) is marked as an example")
                #expect(entry.phone.map { $0.hasPrefix("+442079460") || $0.hasPrefix("+441134960") || $0.hasPrefix("+441614960") } ?? true,
                        "\(entry.name) uses a number reserved for drama")
                let input = HelpContactInput(name: entry.name, kind: entry.kind.rawValue, country: entry.country, represents: entry.represents,
                                             languages: entry.languages, phone: entry.phone, email: entry.email, website: entry.website,
                                             address: entry.address, hours: entry.hours, note: entry.note)
                #expect(try input.validate() == entry, "\(entry.name) passes the administrator's validation")
            }

            let page = try await Browser(app: world.app).get("/learn/help")
            for text in ["Help contacts and consulates", "National Trafficking Hotline (example)", "href=\"tel:+442079460123\"",
                         "href=\"mailto:help@hotline.example\"", "rel=\"noopener noreferrer external\"", "Consulate of Philippines", "id=\"listen-button\"",
                         "class=\"danger-box\"", "<option value=\"PHL\">Philippines</option>", "<option value=\"zho\">Chinese</option>"] {
                #expect(page.text.contains(text), "the directory has \(text)")
            }
            let consulates = try await Browser(app: world.app).get("/learn/help?kind=consulate&country=CHN")
            #expect(consulates.text.contains("Consulate-General of China (example)") && !consulates.text.contains("Safe Harbour Shelter (example)"))
            let none = try await Browser(app: world.app).get("/learn/help?kind=police&language=fil")
            #expect(none.status == .ok && none.text.contains("No contact matches these filters") && none.text.contains("Show all contacts"))
            let reader = Browser(app: world.app)
            reader.acceptLanguage = "zh-CN"
            let chinese = try await reader.get("/learn/help")
            for text in ["求助联系名录和领事馆", "领事馆或使馆", "热线", "菲律宾领事馆", "data-lang=\"zh-CN\"", "中文"] {
                #expect(chinese.text.contains(text), "the Chinese directory has \(text)")
            }

            let browser = try await world.browser(signedInAs: world.admin)
            #expect(try await browser.get("/learn/help").text.contains("href=\"/admin/help-contacts\""), "the administrator is offered the editing pages")
            let list = try await browser.get("/admin/help-contacts")
            #expect(list.status == .ok && list.text.contains("Consulate-General of China (example)"))
            #expect(try await browser.get("/admin/help-contacts/new").status == .ok)
            let added = try await browser.submit("/admin/help-contacts", ["name": "Viet Nam Embassy", "kind": "consulate", "represents": "VN", "country": "GB",
                                                                          "languages": "vie, eng", "phone": "+44 20 7946 0777", "hours": "Mon–Fri"])
            #expect(added.status == .seeOther && added.location == "/admin/help-contacts")
            let model = try #require(try await HelpContactModel.query(on: world.app.db).filter(\.$name == "Viet Nam Embassy").first())
            #expect(model.represents == "VNM" && model.languages == ["eng", "vie"] && model.phone == "+442079460777")
            #expect(try await Browser(app: world.app).get("/learn/help?country=VNM").text.contains("Viet Nam Embassy"))
            let form = try await browser.get("/admin/help-contacts/\(try model.requireID())/edit")
            #expect(form.text.contains("value=\"Viet Nam Embassy\"") && form.text.contains("name=\"active\""))
            let saved = try await browser.submit("/admin/help-contacts/\(try model.requireID())", ["name": "Viet Nam Embassy", "kind": "consulate", "represents": "VNM",
                                                                                                   "phone": "+442079460777", "active": "false"])
            #expect(saved.status == .seeOther)
            let afterDeactivation = try await Browser(app: world.app).get("/learn/help")
            #expect(!afterDeactivation.text.contains("Viet Nam Embassy"), "deactivated: gone from the public page")
            #expect(try await browser.get("/admin/help-contacts").text.contains("Viet Nam Embassy"), "still on the administrator's list")
            #expect(try await world.auditEntries("helpContact.create").count == DemoHelpContacts.entries.count + 1)
            #expect(try await world.auditEntries("helpContact.deactivate").count == 1)
        }
    }

    @Test("M024 creates the table with its index and can be reverted and run again")
    func migration() async throws {
        try await TestApp.run { world in
            _ = try await Self.create(try await Self.admin(world), Self.hotline)
            let sql = world.app.db as! any SQLDatabase
            let indexQuery: SQLQueryString = sql.dialect.name == "postgresql"
                ? "SELECT count(*) AS n FROM pg_indexes WHERE indexname = 'help_contacts_list_idx' AND schemaname = current_schema()"
                : "SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND name = 'help_contacts_list_idx'"
            #expect(try await sql.raw(indexQuery).first()?.decode(column: "n", as: Int.self) == 1)
            try await M024_CreateHelpContacts().revert(on: world.app.db)
            await #expect(throws: (any Error).self) { _ = try await HelpContactModel.query(on: world.app.db).count() }
            try await M024_CreateHelpContacts().prepare(on: world.app.db)
            #expect(try await HelpContactModel.query(on: world.app.db).count() == 0)
            _ = try await Self.create(try await Self.admin(world), Self.consulate)
            let order = LibertasMigrations.all.map { String(describing: type(of: $0)) }
            #expect(order.firstIndex(of: "M024_CreateHelpContacts") == order.firstIndex(of: "M023_AddOperatorConsole").map { $0 + 1 }, "M024 runs right after M023")
        }
    }
}
