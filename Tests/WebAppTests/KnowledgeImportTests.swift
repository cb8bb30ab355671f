import Foundation
import PDFWriter
import Testing
import VaporTesting
@testable import WebApp

@Suite("Knowledge import")
struct KnowledgeImportTests {
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("knowledge-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func run(_ world: TestWorld, _ url: URL, publish: Bool = false) async throws -> (ImportSummary, [ImportRowError]) {
        let author = KnowledgeEditing.Author(userID: nil, actor: .system("test"), origin: .commandLine)
        let result = try await KnowledgeImport(app: world.app, author: author, publishByDefault: publish).run(url: url, errorsURL: url.appendingPathExtension("errors.csv"))
        return (result.summary, result.errors)
    }

    @Test("JSON: good records import, each bad one is reported with its position and field, and a second run adds nothing")
    func json() async throws {
        try await TestApp.run { world in
            let folder = try Self.directory()
            let file = folder.appendingPathComponent("records.json")
            try Data("""
            [
              {"sourceId": "sherloc-1", "publish": true, "type": "case", "countries": ["MEX"], "date": "2016", "articles": [], "exploitation": ["ForcedLabour"],
               "issues": [], "keywords": [], "sources": [], "citations": [],
               "texts": [{"language": "en", "title": "Imported farm case", "summary": "Workers in debt bondage on a melon farm.", "commentary": "", "body": "", "provisions": []}],
               "courtCase": {"court": "", "crimes": [], "defendants": [], "victims": [], "charges": "", "sentence": ""}},
              {"sourceId": "sherloc-2", "type": "case", "countries": ["XXX"], "articles": [], "exploitation": [], "issues": [], "keywords": [], "sources": [], "citations": [],
               "texts": [{"language": "en", "title": "", "summary": "", "commentary": "", "body": "", "provisions": []}]},
              {"sourceId": "sherloc-3", "type": "judgment", "texts": []},
              "not an object"
            ]
            """.utf8).write(to: file)
            let (summary, errors) = try await Self.run(world, file)
            #expect(summary == { var s = ImportSummary(); s.read = 4; s.imported = 1; s.errors = 3; return s }())
            #expect(errors.contains { $0.row == 2 && $0.column == "title" }, "\(errors)")
            #expect(errors.contains { $0.row == 2 && $0.column == "countries" })
            #expect(errors.contains { $0.row == 3 && $0.column == "type" }, "\(errors)")
            #expect(errors.contains { $0.row == 4 })
            let written = try String(contentsOf: file.appendingPathExtension("errors.csv"), encoding: .utf8)
            #expect(written.hasPrefix("row,column,value,message"))

            let titles = try await KnowledgePortalTests.titles(APIClient(app: world.app, token: nil), "melon")
            #expect(titles == ["Imported farm case"], "the row that says publish is public at once")

            let again = try await Self.run(world, file)
            #expect(again.0.imported == 0 && again.0.skipped == 1, "a second run skips what it imported")
        }
    }

    @Test("CSV: lists split on ';', an attached PDF becomes the searchable full text, bad cells are reported by column")
    func csvWithAttachment() async throws {
        try await TestApp.run { world in
            let folder = try Self.directory()
            var pdf = PDFDocument(title: "Judgment")
            pdf.add(.paragraph("The tribunal found that the recruiters confiscated the passports of the seasonal workers at the kiwifruit orchard."))
            try pdf.render().write(to: folder.appendingPathComponent("judgment.pdf"))
            try Data("Full decision: the accused operated a clandestine garment workshop.".utf8).write(to: folder.appendingPathComponent("decision.txt"))
            let file = folder.appendingPathComponent("records.csv")
            try Data("""
            sourceId,type,language,title,summary,countries,date,exploitation,issues,verdict,attachment,publish
            c1,case,en,Orchard case,Seasonal workers.,NZL;AUS,2020-03,ForcedLabour,DebtBondage;VictimTestimony,convicted,judgment.pdf,true
            c2,case,en,Workshop case,Garment workers.,ITA,2018,Forced labour,,Acquitted,decision.txt,true
            c3,case,en,Bad case,x,ITA,2019-13,,,Maybe,,true
            c4,legislation,xx,Law,,,,,,,,
            """.utf8).write(to: file)
            let (summary, errors) = try await Self.run(world, file)
            #expect(summary.read == 4 && summary.imported == 2 && summary.errors == 2, "\(summary) \(errors)")
            #expect(errors.contains { $0.row == 3 && $0.column == "date" && $0.value == "2019-13" })
            #expect(errors.contains { $0.row == 3 && $0.column == "verdict" && $0.value == "Maybe" })
            #expect(errors.contains { $0.row == 4 && $0.column == "language" })

            let anonymous = APIClient(app: world.app, token: nil)
            #expect(try await KnowledgePortalTests.titles(anonymous, "clandestine garment") == ["Workshop case"], "text attachments are read")
            #expect(try await KnowledgePortalTests.titles(anonymous, "country:AUS issue:VictimTestimony") == ["Orchard case"], "lists are split on ';'")
            if DocumentText.pdftotext != nil {
                #expect(try await KnowledgePortalTests.titles(anonymous, "kiwifruit orchard") == ["Orchard case"], "the PDF's text is searchable")
            }
        }
    }

    @Test("The API import takes the file as the body, reports rejected rows, and is for knowledge editors only")
    func throughTheAPI() async throws {
        try await TestApp.run { world in
            let s = try await KnowledgePortalTests.setUp(world)
            let csv = "sourceId,type,language,title,countries,date\nk1,case,en,API case,MEX,2017\nk2,case,en,,MEX,2017\n"
            var headers = HTTPHeaders()
            headers.contentType = HTTPMediaType(type: "text", subType: "csv")
            headers.bearerAuthorization = BearerAuthorization(token: try #require(s.editor.token))
            let response = try await world.app.testing().sendRequest(.POST, "/api/v1/knowledge/import?publish=true", headers: headers, body: ByteBuffer(string: csv))
            #expect(response.status == .ok, "\(response.body.string)")
            let body = try response.json()
            #expect(body["imported"] == .number(1) && body["errors"] == .number(1))
            #expect(body["rejected"]?[0]?["row"] == .number(2) && body["rejected"]?[0]?["column"]?.string == "title")
            #expect(try await KnowledgePortalTests.titles(s.anonymous, "country:MEX") == ["API case"])

            headers.bearerAuthorization = BearerAuthorization(token: try #require(s.worker.token))
            let refused = try await world.app.testing().sendRequest(.POST, "/api/v1/knowledge/import", headers: headers, body: ByteBuffer(string: csv))
            #expect(refused.status == .notFound)
        }
    }
}
