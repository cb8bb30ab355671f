import Foundation
import Testing
import VaporTesting
@testable import WebApp

@Suite("Knowledge portal")
struct KnowledgePortalTests {
    struct Setup {
        let editor: APIClient
        let worker: APIClient
        let anonymous: APIClient
    }

    static func setUp(_ world: TestWorld) async throws -> Setup {
        let org = try await world.makeOrganisation("Office of the Prosecutor", type: .legalService)
        let editor = try await world.makeUser("nadia.editor", in: org, roles: [.knowledgeEditor])
        let worker = try await world.makeUser("amara.worker", in: org, roles: [.caseWorker])
        return Setup(editor: APIClient(app: world.app, token: try await world.token(for: editor)),
                     worker: APIClient(app: world.app, token: try await world.token(for: worker)),
                     anonymous: APIClient(app: world.app, token: nil))
    }

    /// A court case as the editors' API takes it.
    static func courtCase(_ title: String, country: String = "MEX", year: Int = 2019, verdict: String = "Convicted", exploitation: String = "SexualExploitation",
                          summary: String = "", language: String = "eng", issues: [String] = [], citations: String = "[]") -> String {
        """
        {"type": "case", "countries": ["\(country)"], "date": "\(year)-05-14", "articles": ["TIP-3a"], "exploitation": ["\(exploitation)"],
         "issues": [\(issues.map { "\"\($0)\"" }.joined(separator: ", "))], "keywords": [], "sources": [], "citations": \(citations),
         "texts": [{"language": "\(language)", "title": "\(title)", "summary": "\(summary)", "commentary": "", "body": "", "provisions": []}],
         "courtCase": {"court": "Supreme Court", "stage": "FinalAppeal", "crimes": ["TraffickingInPersons"], "defendants": [{"count": 2, "sex": "Male", "ageBand": "Adult", "citizenship": ["\(country)"]}],
                       "victims": [{"count": 4, "sex": "Female", "ageBand": "Child", "citizenship": ["GTM"]}], "charges": "", "verdict": "\(verdict)", "sentence": ""}}
        """
    }

    /// Creates and publishes a record; returns its id.
    @discardableResult
    static func publish(_ editor: APIClient, _ json: String) async throws -> String {
        let created = try await editor.call(.POST, "/knowledge/drafts", json: json)
        #expect(created.status == .created, "\(created.body.string)")
        let id = try #require(try created.json()["id"]?.string)
        let published = try await editor.call(.POST, "/knowledge/drafts/\(id)/publish", documentedAs: "/knowledge/drafts/{id}/publish")
        #expect(published.status == .ok, "\(published.body.string)")
        return id
    }

    static func titles(_ client: APIClient, _ query: String) async throws -> [String] {
        let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query
        let response = try await client.call(.GET, "/knowledge/search?q=\(encoded)", documentedAs: "/knowledge/search")
        #expect(response.status == .ok, "\(response.body.string)")
        return try response.json()["results"]?.array?.compactMap { $0["title"]?.string } ?? []
    }

    @Test("A draft is invisible to the public until published; edits to a published record stay private until published again")
    func editorialWorkflow() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let created = try await s.editor.call(.POST, "/knowledge/drafts", json: Self.courtCase("People v. Lozano", summary: "Recruited through a fake modelling agency."))
            #expect(created.status == .created)
            let id = try #require(try created.json()["id"]?.string)
            #expect(try created.json()["status"]?.string == "Draft")

            #expect(try await Self.titles(s.anonymous, "modelling").isEmpty, "a draft is not searchable")
            #expect(try await s.anonymous.call(.GET, "/knowledge/records/\(id)", documentedAs: "/knowledge/records/{id}").status == .notFound)

            try await s.editor.call(.POST, "/knowledge/drafts/\(id)/publish", documentedAs: "/knowledge/drafts/{id}/publish")
            #expect(try await Self.titles(s.anonymous, "modelling") == ["People v. Lozano"])
            let record = try await s.anonymous.call(.GET, "/knowledge/records/\(id)", documentedAs: "/knowledge/records/{id}")
            #expect(record.status == .ok)
            #expect(try record.json()["record"]?["texts"]?[0]?["title"]?.string == "People v. Lozano")

            let edited = try await s.editor.call(.PUT, "/knowledge/drafts/\(id)", json: Self.courtCase("People v. Lozano and Ruiz", summary: "Recruited through a sham dance academy."),
                                                 documentedAs: "/knowledge/drafts/{id}")
            #expect(try edited.json()["status"]?.string == "PublishedWithDraft")
            #expect(try await Self.titles(s.anonymous, "academy").isEmpty, "unpublished edits are not searchable")
            #expect(try await Self.titles(s.anonymous, "modelling") == ["People v. Lozano"], "the public keeps the published version")

            try await s.editor.call(.POST, "/knowledge/drafts/\(id)/publish", documentedAs: "/knowledge/drafts/{id}/publish")
            #expect(try await Self.titles(s.anonymous, "academy") == ["People v. Lozano and Ruiz"])
            #expect(try await Self.titles(s.anonymous, "modelling").isEmpty, "the old version left the index")

            let revisions = try await s.editor.call(.GET, "/knowledge/drafts/\(id)/revisions", documentedAs: "/knowledge/drafts/{id}/revisions").json()
            #expect(revisions.array?.compactMap { $0["action"]?.string } == ["Published", "Edited", "Published", "Created"])

            try await s.editor.call(.POST, "/knowledge/drafts/\(id)/withdraw", documentedAs: "/knowledge/drafts/{id}/withdraw")
            #expect(try await Self.titles(s.anonymous, "academy").isEmpty)
            #expect(try await s.anonymous.call(.GET, "/knowledge/records/\(id)", documentedAs: "/knowledge/records/{id}").status == .notFound)
        }
    }

    @Test("Only knowledge editors write; the public reads without a token; invalid records get field errors")
    func accessAndValidation() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            // Like every record kind a role has no grant for, the editors' desk does not exist for others (404, audited).
            #expect(try await s.worker.call(.POST, "/knowledge/drafts", json: Self.courtCase("X v. Y")).status == .notFound)
            #expect(try await s.worker.call(.GET, "/knowledge/drafts", documentedAs: "/knowledge/drafts").status == .notFound)
            #expect(try await s.anonymous.call(.POST, "/knowledge/drafts", json: Self.courtCase("X v. Y")).status == .unauthorized)
            #expect(try await s.anonymous.call(.GET, "/knowledge/search", documentedAs: "/knowledge/search").status == .ok)

            let invalid = try await s.editor.call(.POST, "/knowledge/drafts", json: Self.courtCase("", country: "XXX", year: 2030))
            #expect(invalid.status == .unprocessableEntity)
            let fields = try invalid.json()["error"]?["fields"]?.array?.compactMap { $0["field"]?.string } ?? []
            #expect(Set(fields).isSuperset(of: ["texts[0].title", "countries", "date", "courtCase.defendants[0].citizenship"]), "\(fields)")
            let listed = try await s.editor.call(.GET, "/knowledge/drafts", documentedAs: "/knowledge/drafts").json()
            #expect(listed["items"]?.array?.isEmpty == true, "nothing was stored")
        }
    }

    @Test("Field queries, phrases, boolean operators, facet counts, Chinese terms and cursor pages")
    func search() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            try await Self.publish(s.editor, Self.courtCase("Mexico convicted one", summary: "Victims were recruited with false job offers in agriculture."))
            try await Self.publish(s.editor, Self.courtCase("Mexico acquitted", verdict: "Acquitted", summary: "The court found no deception."))
            try await Self.publish(s.editor, Self.courtCase("Guatemala convicted", country: "GTM", year: 2021, exploitation: "ForcedLabour", summary: "Forced labour on coffee farms; false job offers."))
            try await Self.publish(s.editor, Self.courtCase("中国 劳动监察 案", country: "CHN", year: 2020, exploitation: "ForcedLabour",
                                                          summary: "劳动监察部门发现工厂强迫劳动，并通过国家转介机制转介被害人。", language: "zho"))
            try await Self.publish(s.editor, Self.courtCase("Mexico convicted two", year: 2015, summary: "Debt bondage in a bar."))

            #expect(Set(try await Self.titles(s.anonymous, "country:MEX verdict:convicted")) == ["Mexico convicted one", "Mexico convicted two"])
            #expect(Set(try await Self.titles(s.anonymous, "country:mexico year:2016..2020")) == ["Mexico convicted one", "Mexico acquitted"])
            #expect(Set(try await Self.titles(s.anonymous, "\"false job offers\"")) == ["Mexico convicted one", "Guatemala convicted"])
            #expect(try await Self.titles(s.anonymous, "\"false job offers\" -coffee") == ["Mexico convicted one"])
            #expect(Set(try await Self.titles(s.anonymous, "deception OR bondage")) == ["Mexico acquitted", "Mexico convicted two"])
            #expect(try await Self.titles(s.anonymous, "劳动监察") == ["中国 劳动监察 案"])
            #expect(try await Self.titles(s.anonymous, "国家转介机制") == ["中国 劳动监察 案"])

            let faceted = try await s.anonymous.call(.GET, "/knowledge/search?q=exploitation:ForcedLabour&lang=en", documentedAs: "/knowledge/search").json()
            #expect(faceted["total"] == .number(2))
            let countries = faceted["facets"]?["country"]?.array?.compactMap { $0["value"]?.string } ?? []
            #expect(Set(countries) == ["GTM", "CHN"])
            #expect(faceted["facets"]?["verdict"]?[0]?["value"]?.string == "Convicted")
            #expect(faceted["facets"]?["verdict"]?[0]?["count"] == .number(2))
            let snippet = try await s.anonymous.call(.GET, "/knowledge/search?q=coffee", documentedAs: "/knowledge/search").json()["results"]?[0]?["snippetHtml"]?.string
            #expect(snippet?.contains("<mark>coffee</mark>") == true, "\(snippet ?? "")")

            var seen: [String] = []
            var cursor: String?
            repeat {
                let path = "/knowledge/search?sort=newest&limit=2" + (cursor.map { "&cursor=\($0)" } ?? "")
                let page = try await s.anonymous.call(.GET, path, documentedAs: "/knowledge/search").json()
                seen += page["results"]?.array?.compactMap { $0["title"]?.string } ?? []
                cursor = page["next_cursor"]?.string
            } while cursor != nil && seen.count < 20
            // Two decisions share 2019-05-14: the later-registered comes first, as in one ordering.
            #expect(seen == ["Guatemala convicted", "中国 劳动监察 案", "Mexico acquitted", "Mexico convicted one", "Mexico convicted two"], "newest first, each once")
            let unknownYear = try await s.editor.call(.POST, "/knowledge/drafts", json: Self.courtCase("Y", year: 2999))
            #expect(unknownYear.status == .badRequest, "a year outside 1800–2200 is not a date")

            // A query without words sorts newest first even when relevance is asked for; its cursors still work.
            var mexican: [String] = []
            cursor = nil
            repeat {
                let path = "/knowledge/search?q=country:MEX&limit=1" + (cursor.map { "&cursor=\($0)" } ?? "")
                let page = try await s.anonymous.call(.GET, path, documentedAs: "/knowledge/search")
                #expect(page.status == .ok, "\(page.body.string)")
                mexican += try page.json()["results"]?.array?.compactMap { $0["title"]?.string } ?? []
                cursor = try page.json()["next_cursor"]?.string
            } while cursor != nil && mexican.count < 10
            #expect(mexican == ["Mexico acquitted", "Mexico convicted one", "Mexico convicted two"])

            let bad = try await s.anonymous.call(.GET, "/knowledge/search?q=verdict:maybe", documentedAs: "/knowledge/search")
            #expect(bad.status == .badRequest)
            #expect(try bad.json()["error"]?["message"]?.string?.contains("Convicted") == true)
            #expect(try await s.anonymous.call(.GET, "/knowledge/search?q=%22unclosed", documentedAs: "/knowledge/search").status == .badRequest)
            #expect(try await s.anonymous.call(.GET, "/knowledge/search?cursor=garbage", documentedAs: "/knowledge/search").status == .badRequest)
        }
    }

    @Test("A case citing a law appears under the law's \"cited by\"; similar cases rank the closest first")
    func linksAndSimilarity() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let law = try await Self.publish(s.editor, """
                {"type": "legislation", "countries": ["MEX"], "date": "2012-06-14", "articles": ["TIP-5"], "exploitation": [], "issues": [], "keywords": [], "sources": [], "citations": [],
                 "texts": [{"language": "spa", "title": "Ley General para Prevenir, Sancionar y Erradicar los Delitos en Materia de Trata de Personas", "summary": "", "commentary": "", "body": "",
                            "provisions": [{"article": "10", "heading": "Trata de personas", "text": "Toda acción u omisión dolosa..."}]}],
                 "legislation": {"status": "InForce"}}
                """)
            let citing = try await Self.publish(s.editor, Self.courtCase("Coffee farm case", exploitation: "ForcedLabour", summary: "Forced labour of migrant workers on coffee farms with debt bondage.",
                                                                         citations: "[{\"record\": \"\(law)\", \"article\": \"10\"}]"))
            let close = try await Self.publish(s.editor, Self.courtCase("Tomato farm case", exploitation: "ForcedLabour", summary: "Forced labour of migrant workers on tomato farms with debt bondage."))
            try await Self.publish(s.editor, Self.courtCase("Bar case", summary: "Sexual exploitation in a bar."))

            let lawPage = try await s.anonymous.call(.GET, "/knowledge/records/\(law)", documentedAs: "/knowledge/records/{id}").json()
            #expect(lawPage["citedBy"]?.array?.compactMap { $0["id"]?.string } == [citing])
            #expect(lawPage["citedBy"]?[0]?["article"]?.string == "10")
            let casePage = try await s.anonymous.call(.GET, "/knowledge/records/\(citing)", documentedAs: "/knowledge/records/{id}").json()
            #expect(casePage["cites"]?.array?.compactMap { $0["id"]?.string } == [law])
            #expect(casePage["similar"]?[0]?["id"]?.string == close, "the case with the same facts comes first")

            let unknown = try await s.editor.call(.POST, "/knowledge/drafts", json: Self.courtCase("Bad citation", citations: "[{\"record\": \"\(UUID())\", \"article\": \"\"}]"))
            #expect(unknown.status == .unprocessableEntity)
        }
    }

    @Test("A saved search alerts its owner once when a matching record is published, and nobody else")
    func savedSearchAlerts() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let saved = try await s.worker.call(.POST, "/knowledge/saved-searches", json: #"{"name": "Forced labour", "query": "exploitation:ForcedLabour coffee"}"#)
            #expect(saved.status == .created, "\(saved.body.string)")
            #expect(try await s.worker.call(.POST, "/knowledge/saved-searches", json: #"{"name": "Broken", "query": "verdict:maybe"}"#).status == .badRequest)
            #expect(try await s.worker.call(.GET, "/knowledge/saved-searches").json().array?.count == 1)
            #expect(try await s.editor.call(.GET, "/knowledge/saved-searches").json().array?.isEmpty == true, "saved searches are private")

            try await Self.publish(s.editor, Self.courtCase("Bar case", summary: "Sexual exploitation in a bar."))
            let quiet = try await s.worker.call(.GET, "/me/notifications", documentedAs: "/me/notifications").json()
            #expect(quiet["items"]?.array?.isEmpty == true)

            let id = try await Self.publish(s.editor, Self.courtCase("Coffee farm case", exploitation: "ForcedLabour", summary: "Forced labour on coffee farms."))
            let inbox = try await s.worker.call(.GET, "/me/notifications", documentedAs: "/me/notifications").json()
            #expect(inbox["items"]?.array?.count == 1)
            #expect(inbox["items"]?[0]?["type"]?.string == "knowledge.match")
            #expect(inbox["items"]?[0]?["link"]?.string == "/knowledge/records/\(id)")
            #expect(try await s.editor.call(.GET, "/me/notifications", documentedAs: "/me/notifications").json()["items"]?.array?.isEmpty == true)
        }
    }

    @Test("Pages: the public reads without signing in, the desk is for editors only, a saved search is its owner's alone")
    func pagesAndScope() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let id = try await Self.publish(s.editor, Self.courtCase("Public page case", summary: "A case about forced begging."))
            let anonymous = try await world.app.testing().sendRequest(.GET, "/knowledge?q=begging")
            #expect(anonymous.status == .ok && anonymous.body.string.contains("Public page case"))
            #expect(anonymous.body.string.contains(">1 record</p>"), "one result is counted in the singular")
            let page = try await world.app.testing().sendRequest(.GET, "/knowledge/records/\(id)")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("<title>Public page case · Libertas</title>") && page.body.string.contains("<meta name=\"description\""))
            let bad = try await world.app.testing().sendRequest(.GET, "/knowledge?q=%22unclosed")
            #expect(bad.status == .badRequest && bad.body.string.contains("could not be read"), "a bad query is explained on the page")
            #expect(try await world.app.testing().sendRequest(.GET, "/knowledge/desk").status == .seeOther, "the desk asks for sign-in")

            let org = try await world.makeOrganisation("Shelter")
            let worker = try await world.browser(signedInAs: try await world.makeUser("sam.worker", in: org, roles: [.caseWorker]))
            #expect(try await worker.get("/knowledge/desk").status == .notFound)
            #expect(try await worker.get("/knowledge/desk/new?type=case").status == .notFound)
            #expect(try await worker.get("/knowledge/desk/\(id)/edit").status == .notFound)
            #expect(try await worker.submit("/knowledge/desk/\(id)/publish", [:]).status == .notFound)

            let saved = try await s.worker.call(.POST, "/knowledge/saved-searches", json: #"{"name": "Mine", "query": "begging"}"#)
            let savedID = try #require(try saved.json()["id"]?.string)
            #expect(try await worker.submit("/knowledge/saved-searches/\(savedID)/delete", [:]).status == .notFound, "another user's saved search does not exist for them")
            #expect(try await s.worker.call(.DELETE, "/knowledge/saved-searches/\(savedID)", documentedAs: "/knowledge/saved-searches/{id}").status == .noContent)
        }
    }

    @Test("The case digest groups published cases by issue, in JSON, HTML and PDF (read back with pdftotext when installed)")
    func digest() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            try await Self.publish(s.editor, Self.courtCase("Consent case", year: 2015, summary: "Consent obtained by deception was irrelevant.", issues: ["ConsentIrrelevant"]))
            try await Self.publish(s.editor, Self.courtCase("Phone evidence case", year: 2021, summary: "Messages on the defendant's phone proved control.", issues: ["DigitalEvidence", "ConsentIrrelevant"]))
            let draft = try await s.editor.call(.POST, "/knowledge/drafts", json: Self.courtCase("Draft consent case", summary: "Not yet published.", issues: ["ConsentIrrelevant"]))
            #expect(draft.status == .created)

            let json = try await s.anonymous.call(.GET, "/knowledge/digest?issue=ConsentIrrelevant,DigitalEvidence", documentedAs: "/knowledge/digest").json()
            #expect(json["sections"]?[0]?["issue"]?.string == "ConsentIrrelevant")
            #expect(json["sections"]?[0]?["cases"]?.array?.compactMap { $0["title"]?.string } == ["Phone evidence case", "Consent case"], "newest first, drafts left out")
            #expect(json["sections"]?[1]?["cases"]?.array?.compactMap { $0["title"]?.string } == ["Phone evidence case"])
            #expect(try await s.anonymous.call(.GET, "/knowledge/digest?issue=Nonsense", documentedAs: "/knowledge/digest").status == .badRequest)

            let page = try await world.app.testing().sendRequest(.GET, "/knowledge/digest?issue[]=DigitalEvidence")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Phone evidence case") && !page.body.string.contains("Consent case<"))
            let pdf = try await world.app.testing().sendRequest(.GET, "/knowledge/digest.pdf?issue[]=ConsentIrrelevant&issue[]=DigitalEvidence")
            #expect(pdf.status == .ok)
            #expect(pdf.headers.contentType?.subType == "pdf")
            let data = Data(buffer: pdf.body)
            #expect(data.starts(with: Data("%PDF-".utf8)))
            if let text = try PDFText.extract(data) {
                #expect(text.contains("Phone evidence case") && text.contains("Consent case") && text.contains("Use of digital evidence"), "\(text)")
                #expect(!text.contains("Draft consent case"))
            }
        }
    }
}

/// `pdftotext` run on a PDF, or nil when poppler-utils is not installed (CI installs it).
enum PDFText {
    static func extract(_ data: Data) throws -> String? {
        guard let tool = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: FileManager.default.isExecutableFile) else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("digest-\(UUID()).pdf")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", file.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }
}
