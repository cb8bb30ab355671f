import CaseModel
import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("HTCDS and CTDC import and export")
struct CaseImportExportTests {
    /// The shared data folder, when present.
    static let sharedData: URL? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/data").standardizedFileURL
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    static func scratchFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("libertas-\(UUID().uuidString)-\(name)")
    }

    /// A case with two victims, a perpetrator and a route, opened through the API.
    static func openRichCase(_ world: TestWorld, organisation: UUID) async throws -> UUID {
        let worker = try await world.makeUser("worker\(Int.random(in: 0...999_999))", in: organisation, roles: [.caseWorker])
        let api = APIClient(app: world.app, token: try await world.token(for: worker))
        let created = try await api.call(.POST, "/cases", json: CaseAPITests.newCase).json()
        let id = try #require(created["id"]?.string)
        let second = try await api.call(.POST, "/cases/\(id)/victims", json: #"""
            {"person": {"givenName": "Zhang", "familyName": "Wei", "aliases": ["张伟", "Wei Z."], "birthDate": "2008", "gender": "Masculine", "citizenships": ["CHN", "HKG"],
                        "address": {"street": "12 Harbour Road", "city": "Lagos", "country": "NGA"}, "notes": "Speaks Cantonese; needs an interpreter"},
             "context": {"identifiedOn": "2026-08", "traffickingStatus": "PossibleVictimOfTrafficking", "exploitationTypes": ["ForcedLabour", "ChildLabour"],
                         "forcedLabourIndustry": "I_AccommodationAndFoodServiceActivities", "controlMethods": ["WithholdsDocuments"]}}
            """#, documentedAs: "/cases/{id}/victims")
        #expect(second.status == .created)
        let route = try await api.call(.POST, "/cases/\(id)/events", json: #"{"event": {"type": "Transit", "dateFrom": "2026-02", "country": "LBY", "city": "Tripoli; Sabha", "description": "Held, \"for weeks\"; moved at night"}}"#, documentedAs: "/cases/{id}/events")
        #expect(route.status == .created)
        return try #require(UUID(uuidString: id))
    }

    @Test("An HTCDS export re-imported into an empty database gives back equal records")
    func roundTrip() async throws {
        let file = Self.scratchFile("export.csv")
        defer { try? FileManager.default.removeItem(at: file) }
        var original: [CaseFileView] = []
        try await TestApp.run { world in
            let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
            _ = try await Self.openRichCase(world, organisation: police)
            let rows = try await CaseExport(app: world.app).htcds(to: file, organisationID: nil, actor: .system("test"), origin: .commandLine)
            #expect(rows == 2)
            original = try await Self.allCases(world)
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.hasPrefix("lbt_CaseReference,"))
            for column in ["prs_Gender", "prs_Citizenship", "vic_TypeOfExploitation", "per1_RoleInProcess", "hte3_Type"] { #expect(text.contains(column)) }
            #expect(text.contains("ForcedLabour;ChildLabour") || text.contains("ChildLabour;ForcedLabour"))
            #expect(try await world.auditEntries("case.export").count == 1)
        }
        try await TestApp.run { world in
            let other = try await world.makeOrganisation("Other office")
            let importer = CaseImport(app: world.app, organisationID: other, actor: .system("test"), origin: .commandLine)
            let summary = try await importer.run(.htcds, url: file, errorsURL: nil)
            #expect(summary == { var s = ImportSummary(); s.read = 2; s.imported = 2; return s }())
            let imported = try await Self.allCases(world)
            #expect(imported.count == 1)
            let (a, b) = (try #require(original.first), try #require(imported.first))
            #expect(a.reference == b.reference)
            #expect(a.record == b.record)
            #expect(a.victims.map(\.person) == b.victims.map(\.person))
            #expect(a.victims.map(\.context) == b.victims.map(\.context))
            #expect(a.perpetrators.map(\.person) == b.perpetrators.map(\.person))
            #expect(a.perpetrators.map(\.context) == b.perpetrators.map(\.context))
            #expect(a.events.map(\.event) == b.events.map(\.event))
            #expect(a.events.count == 4)
            // Importing the same file again adds nothing.
            let again = try await importer.run(.htcds, url: file, errorsURL: nil)
            #expect(again.skipped == 2 && again.imported == 0)
            #expect(try await CaseFileModel.query(on: world.app.db).count() == 1)
        }
    }

    static func allCases(_ world: TestWorld) async throws -> [CaseFileView] {
        let models = try await CaseFileModel.query(on: world.app.db).sort(\.$reference).all()
        return try await CaseFileLoader(database: world.app.db, context: world.context).load(models)
    }

    @Test("Bad rows are reported with row, column and reason, and every good row is kept")
    func badRows() async throws {
        let file = Self.scratchFile("bad.csv")
        let errors = Self.scratchFile("bad.errors.csv")
        defer { try? FileManager.default.removeItem(at: file); try? FileManager.default.removeItem(at: errors) }
        let csv = #"""
        lbt_CaseReference,lbt_CaseOpenedOn,prs_FirstName,prs_Gender,prs_Citizenship,vic_TypeOfExploitation,lbt_IdentifiedOn,vic_AgeWhenTrafficked,prs_Birthdate
        A-1,2026-01-10,Ana,Feminine,BRA,SexualExploitation,2026-01,,
        A-2,2026-01-11,Ben,Robot,BRA,ForcedLabour,2026-01,,
        A-3,2026-01-12,Chidi,Masculine,XXX,Fishing,2026-01,,
        A-4,2099-01-12,Dara,Feminine,KHM,ForcedLabour,2026-01,,
        A-5,2026-01-13,Eve,Feminine,KHM,ForcedLabour,2026-01,30,2010-01-01
        A-6,2026-01-14,"Fatima, the ""elder""",Feminine,"MAR;ESP",ForcedMarriage,2026-01,,
        """#
        try Data(csv.utf8).write(to: file)
        try await TestApp.run { world in
            let org = try await world.makeOrganisation("Shelter")
            let summary = try await CaseImport(app: world.app, organisationID: org, actor: .system("test"), origin: .commandLine)
                .run(.htcds, url: file, errorsURL: errors)
            #expect(summary.read == 6)
            #expect(summary.imported == 2)
            #expect(summary.errors == 4)
            let report = try String(contentsOf: errors, encoding: .utf8)
            #expect(report.hasPrefix("row,column,value,message"))
            for expected in ["2,prs_Gender,Robot", "3,prs_Citizenship,XXX", "3,vic_TypeOfExploitation,Fishing", "4,lbt_CaseOpenedOn,2099-01-12", "5,vic_AgeWhenTrafficked,30"] {
                #expect(report.contains(expected), "error file lacks \(expected):\n\(report)")
            }
            let names = try await Self.allCases(world).flatMap { $0.victims.map(\.person.givenName) }
            #expect(Set(names) == ["Ana", "Fatima, the \"elder\""])
        }
    }

    @Test("The CTDC victim–perpetrator file imports fully, and its counts match an independent reading of the CSV")
    func ctdcSynthetic() async throws {
        guard let data = Self.sharedData else {
            print("Skipping: ../shared/data is not present")
            return
        }
        let file = data.appendingPathComponent("ctdc_vp_synthetic/CTDC_VPsynthetic_condensed.csv")
        let expected = try IndependentCTDCCount(file)
        // Python's csv module on the same file (2026-11-22): 21195 rows; gender Female 9589, Male 7995,
        // blank 3611; isForcedLabour 12248; isSexualExploit 2775.
        #expect((expected.rows, expected.female, expected.male, expected.genderUnknown, expected.forcedLabour, expected.sexualExploitation)
            == (21_195, 9_589, 7_995, 3_611, 12_248, 2_775))
        try await TestApp.run(sqliteFile: true) { world in
            let org = try await world.makeOrganisation("Research")
            let summary = try await CaseImport(app: world.app, organisationID: org, actor: .system("test"), origin: .commandLine)
                .run(.ctdc, url: file, errorsURL: nil)
            #expect(summary.read == expected.rows)
            #expect(summary.imported == expected.rows)
            #expect(summary.errors == 0)
            let sql = Backend.sqlDatabase(world.app.db)
            struct Row: Decodable { let key: String?; let n: Int }
            let genders = try await sql.raw("SELECT gender AS key, COUNT(*) AS n FROM persons p JOIN victims v ON v.person_id = p.id GROUP BY gender").all(decoding: Row.self)
            #expect(genders.first { $0.key == "Feminine" }?.n == expected.female)
            #expect(genders.first { $0.key == "Masculine" }?.n == expected.male)
            #expect(genders.first { $0.key == nil }?.n == expected.genderUnknown)
            let forms = try await sql.raw("SELECT value AS key, COUNT(*) AS n FROM code_values WHERE field = 'vic_TypeOfExploitation' GROUP BY value").all(decoding: Row.self)
            #expect(forms.first { $0.key == "ForcedLabour" }?.n == expected.forcedLabour)
            #expect(forms.first { $0.key == "SexualExploitation" }?.n == expected.sexualExploitation)
            #expect(try await CaseFileModel.query(on: world.app.db).count() == expected.rows)
        }
    }
}

/// Counts of the CTDC victim–perpetrator file, read with a parser of its own
/// (the file has no quoted cells), so the import is checked against something
/// it does not share code with. The same numbers come from Python:
/// `csv.DictReader` → Counter(gender), sum(isForcedLabour == "1"), sum(isSexualExploit == "1").
struct IndependentCTDCCount {
    var rows = 0, female = 0, male = 0, genderUnknown = 0, forcedLabour = 0, sexualExploitation = 0

    init(_ url: URL) throws {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let gender = header.firstIndex(of: "gender")!, labour = header.firstIndex(of: "isForcedLabour")!, sex = header.firstIndex(of: "isSexualExploit")!
        for line in lines.dropFirst() where !line.isEmpty {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            rows += 1
            switch cells[gender] {
            case "Female": female += 1
            case "Male": male += 1
            default: genderUnknown += 1
            }
            if cells[labour] == "1" { forcedLabour += 1 }
            if cells[sex] == "1" { sexualExploitation += 1 }
        }
    }
}
