import Estimation
import Fluent
import Foundation
import SQLKit
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Multiple systems estimation from the registry and from tables")
struct EstimatesTests {
    struct Setup {
        let police: UUID, ngo: UUID, shelter: UUID
        let analyst: TestWorld.Account, coordinator: TestWorld.Account, worker: TestWorld.Account
    }

    /// Three organisations register victims identified in 2025; some persons are victims in cases of
    /// two or three of them (the same person record, which is the linkage):
    /// - Police registers P1–P20, the NGO N1–N10, the Shelter S1–S8;
    /// - N1–N6 are P1–P6; S1–S3 are P7–P9; S4–S5 are P1–P2.
    ///
    /// By hand, with the lists in name order NGO (bit 1), Police (bit 2), Shelter (bit 4):
    /// - P1, P2 on all three (mask 7): 2
    /// - P3–P6 on NGO and Police (mask 3): 4
    /// - P7–P9 on Police and Shelter (mask 6): 3
    /// - P10–P20 on Police only (mask 2): 11
    /// - N7–N10 on the NGO only (mask 1): 4
    /// - S6–S8 on the Shelter only (mask 4): 3
    /// 27 persons; Police 20, NGO 10, Shelter 8.
    static func setUp(_ world: TestWorld) async throws -> Setup {
        let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
        let ngo = try await world.makeOrganisation("NGO")
        let shelter = try await world.makeOrganisation("Shelter")
        let nso = try await world.makeOrganisation("Statistics Office", type: .centralGovernmentOrganisation)
        let analyst = try await world.makeUser("analyst", in: nso, roles: [.analyst])
        let coordinator = try await world.makeUser("coordinator", in: nso, roles: [.coordinator])
        var persons: [String: [String]] = [:]
        var worker: TestWorld.Account?
        for (name, organisation, count) in [("P", police, 20), ("N", ngo, 10), ("S", shelter, 8)] {
            let account = try await world.makeUser("worker-\(name.lowercased())", in: organisation, roles: [.caseWorker])
            worker = worker ?? account
            let client = APIClient(app: world.app, token: try await world.token(for: account))
            let victims = (1...count).map {
                #"{"person": {"givenName": "\#(name)\#($0)", "familyName": "Test", "gender": "Feminine"}, "context": {"identifiedOn": "2025-03", "traffickingStatus": "ActualVictimOfTrafficking", "ageWhenTrafficked": 25, "exploitationTypes": ["SexualExploitation"]}}"#
            }
            let created = try await client.call(.POST, "/cases", json: #"{"record": {"openedOn": "2025-03-10"}, "victims": [\#(victims.joined(separator: ","))]}"#)
            #expect(created.status == .created, "\(created.body.string)")
            persons[name] = try #require(try created.json()["victims"]?.array).map { try #require($0["personId"]?.string) }
        }
        // Linking: the later registrations are of persons already known (what choosing the existing
        // person in a second case, or a confirmed duplicate, records).
        let sql = try #require(world.app.db as? any SQLDatabase)
        func link(_ list: String, _ index: Int, to police: Int) async throws {
            let from = try #require(UUID(uuidString: persons[list]![index - 1])), to = try #require(UUID(uuidString: persons["P"]![police - 1]))
            try await sql.raw("UPDATE victims SET person_id = \(bind: to) WHERE person_id = \(bind: from)").run()
        }
        for index in 1...6 { try await link("N", index, to: index) }
        for index in 1...3 { try await link("S", index, to: index + 6) }
        for index in 4...5 { try await link("S", index, to: index - 3) }
        return Setup(police: police, ngo: ngo, shelter: shelter, analyst: analyst, coordinator: coordinator, worker: try #require(worker))
    }

    /// The table counted by hand in `setUp`.
    static let handTable: [Int: Int] = [7: 2, 3: 4, 6: 3, 2: 11, 1: 4, 4: 3]

    @Test("The query counts each person once per pattern of organisations")
    func captureHistories() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let filter = StatisticsFilter(years: 2025...2025, organisationIDs: [s.ngo, s.police, s.shelter])
            let cells = try await CaptureHistoryQuery(filter: filter).run(on: world.app.db)
            #expect(Dictionary(uniqueKeysWithValues: cells.map { ($0.key.mask, $0.value) }) == Self.handTable)
            // Only the police and the NGO (bits 1 and 2): P1–P6 on both, P7–P20 police only, N7–N10 NGO only.
            let two = try await CaptureHistoryQuery(filter: StatisticsFilter(years: 2025...2025, organisationIDs: [s.ngo, s.police])).run(on: world.app.db)
            #expect(Dictionary(uniqueKeysWithValues: two.map { ($0.key.mask, $0.value) }) == [3: 6, 2: 14, 1: 4])
            // By sex: every victim is female.
            let bySex = try await CaptureHistoryQuery(filter: filter, stratum: .sex).run(on: world.app.db)
            #expect(Set(bySex.keys.map(\.stratum)) == ["Female"])
            let other = try await CaptureHistoryQuery(filter: StatisticsFilter(years: 2024...2024, organisationIDs: [s.ngo, s.police])).run(on: world.app.db)
            #expect(other.isEmpty)
        }
    }

    @Test("The API's estimate is Lincoln–Petersen for two lists and the library's for three; small counts withheld")
    func estimatesFromTheRegistry() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            for account in [s.analyst, s.coordinator] {
                let api = APIClient(app: world.app, token: try await world.token(for: account))
                // Two lists: NGO 10, Police 20, both 6, so N = 10 × 20 / 6.
                let two = try await api.call(.GET, "/estimates?from=2025&to=2025&organisations=\(s.police),\(s.ngo)", documentedAs: "/estimates")
                #expect(two.status == .ok, "\(two.body.string)")
                let lincolnPetersen = 10.0 * 20.0 / 6.0
                #expect(abs(try #require(try two.json()["estimate"]?.number) - lincolnPetersen) < 1e-6 * lincolnPetersen)
                #expect(try two.json()["model"]?.array?.isEmpty == true)

                // Three lists by default: every organisation with victims in the period.
                let three = try await api.call(.GET, "/estimates?from=2025&to=2025", documentedAs: "/estimates")
                #expect(three.status == .ok, "\(three.body.string)")
                let body = try three.json()
                let table = try CaptureHistory(listNames: ["NGO", "Police", "Shelter"], rows: Self.handTable.map {
                    CaptureHistory.Row(pattern: CapturePattern(mask: $0.key), count: $0.value)
                })
                let expected = try PopulationEstimator.estimate(table)
                #expect(abs(try #require(body["estimate"]?.number) - expected.estimate) < 1e-6 * expected.estimate)
                #expect(abs(try #require(body["lower"]?.number) - expected.interval.lower) < 1e-6 * expected.estimate)
                #expect(body["lists"]?.array?.compactMap { $0["name"]?.string } == ["NGO", "Police", "Shelter"])
                // Counts of 1 to 4 never reach the analyst: null with "<5", and no fitted count beside them.
                for cell in try #require(body["overlap"]?.array) {
                    let mask = Int(try #require(cell["pattern"]?.string).reversed().map(String.init).joined(), radix: 2)!
                    if let count = Self.handTable[mask], (1...4).contains(count) {
                        #expect(cell["count"] == .null || cell["count"] == nil, "pattern \(mask) shown to \(account.username)")
                        #expect(["<5", "x"].contains(cell["text"]?.string))
                        #expect(cell["fitted"] == .null || cell["fitted"] == nil)
                    }
                    if let count = cell["count"]?.number { #expect(!(1...4).contains(Int(count))) }
                }
                // Warnings quote the thresholds, not the counts (27 persons, Shelter 8, 9 on two lists or more).
                let warnings = try #require(body["warnings"]?.array).compactMap { $0["message"]?.string }
                #expect(warnings.contains("List Shelter has fewer than 10 cases.") && warnings.contains { $0.hasPrefix("Fewer than 50 cases") })
                #expect(!three.body.string.contains("Only 27") && !three.body.string.contains("only 8") && !three.body.string.contains("Only 9"))

                // Stratified by sex: one stratum, all 27 persons (at least 20, and 9 on two lists or more: estimated).
                let strata = try await api.call(.GET, "/estimates?from=2025&to=2025&stratify=sex", documentedAs: "/estimates")
                #expect(strata.status == .ok)
                #expect(try strata.json()["strata"]?[0]?["stratum"]?.string == "Female")
                #expect(try strata.json()["strata"]?[0]?["estimate"]?.number != nil)
            }
        }
    }

    @Test("Case workers are refused and see no figure; bad choices are explained")
    func refusalsAndErrors() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let worker = APIClient(app: world.app, token: try await world.token(for: s.worker))
            let refused = try await worker.call(.GET, "/estimates?from=2025&to=2025", documentedAs: "/estimates")
            #expect([.forbidden, .notFound].contains(refused.status) && !refused.body.string.contains("estimate\""))
            let posted = try await worker.call(.POST, "/estimates", json: #"{"lists":["A","B"],"rows":[{"pattern":[1,1],"count":3}]}"#)
            #expect([.forbidden, .notFound].contains(posted.status))
            // Refused before the input is read: a bad query tells them nothing either.
            let badQuery = try await worker.call(.GET, "/estimates?method=magic", documentedAs: "/estimates")
            #expect([.forbidden, .notFound].contains(badQuery.status))

            let api = APIClient(app: world.app, token: try await world.token(for: s.analyst))
            let one = try await api.call(.GET, "/estimates?from=2025&to=2025&organisations=\(s.police)", documentedAs: "/estimates")
            #expect(one.status == .unprocessableEntity && one.body.string.contains("Choose between 2 and 10 organisations"))
            let method = try await api.call(.GET, "/estimates?from=2025&to=2025&method=magic", documentedAs: "/estimates")
            #expect(method.status == .unprocessableEntity && method.body.string.contains("stepwise, main, aic, bic"))
            let empty = try await api.call(.GET, "/estimates?from=2020&to=2020", documentedAs: "/estimates")
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("No victims"))
            // The MLE does not exist: the police and a shelter sharing nobody.
            let apart = try await api.call(.POST, "/estimates", json: #"{"lists":["A","B"],"rows":[{"pattern":[1,0],"count":30},{"pattern":[0,1],"count":20}]}"#)
            #expect(apart.status == .unprocessableEntity && apart.body.string.contains("does not exist"), "\(apart.body.string)")
        }
    }

    @Test("Tables posted by researchers: bad ones are explained")
    func badTables() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let api = APIClient(app: world.app, token: try await world.token(for: s.analyst))
            let cases: [(String, String)] = [
                (#"{"lists":["A"],"rows":[{"pattern":[1],"count":3}]}"#, "at least 2 lists"),
                (#"{"lists":["A","B"],"rows":[{"pattern":[1,1],"count":-3}]}"#, "negative count"),
                (#"{"lists":["A","B"],"rows":[{"pattern":[1,1,0],"count":3}]}"#, "Row 1 has 3 flags"),
                (#"{"lists":["A","B"],"rows":[{"pattern":[1,1],"count":3}],"interval":"guess"}"#, "wald-log, profile, bootstrap"),
            ]
            for (json, message) in cases {
                let response = try await api.call(.POST, "/estimates", json: json)
                #expect(response.status == .unprocessableEntity, "\(json) → \(response.status)")
                #expect(response.body.string.contains(message), "\(response.body.string)")
            }
        }
    }

    /// `../shared/data/mse` beside the repository, with SparseMSE's UK 2013 tables.
    static let mseData: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                let data = folder.deletingLastPathComponent().appendingPathComponent("shared/data/mse")
                return FileManager.default.fileExists(atPath: data.appendingPathComponent("UKdat.csv").path) ? data : nil
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    @Test("UKdat posted as a table gives SparseMSE's 11,417.99 (../shared/data/mse/README.md)",
          .enabled(if: mseData != nil, "needs ../shared/data/mse/UKdat.csv next to the repository; skipped when it is absent"))
    func ukDataThroughTheAPI() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let table = try CaptureHistoryCSV.read(contentsOf: try #require(Self.mseData).appendingPathComponent("UKdat.csv"))
            let rows = table.observedPatterns.map { row in
                let flags = (0..<table.listCount).map { row.pattern.contains(list: $0) ? "1" : "0" }.joined(separator: ",")
                return #"{"pattern":[\#(flags)],"count":\#(row.count)}"#
            }
            let lists = table.listNames.map { "\"\($0)\"" }.joined(separator: ",")
            let api = APIClient(app: world.app, token: try await world.token(for: s.coordinator))
            let response = try await api.call(.POST, "/estimates", json: #"{"lists":[\#(lists)],"rows":[\#(rows.joined(separator: ","))]}"#)
            #expect(response.status == .ok, "\(response.body.string)")
            let body = try response.json()
            #expect(abs(try #require(body["estimate"]?.number) / 11_417.99 - 1) < 0.005)
            #expect(body["method"]?.string == "stepwise" && body["interval"]?.string == "wald-log")
            // The caller's own table comes back in full.
            #expect(body["observed"]?.number == Double(table.observedTotal))
        }
    }
}

private extension JSONValue {
    var number: Double? { if case .number(let value) = self { value } else { nil } }
}

extension EstimatesTests {
    @Test("The page: the estimate, the overlap with its diagram, small counts withheld; refused to case workers; errors on the form")
    func page() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let worker = try await world.browser(signedInAs: s.worker)
            let refused = try await worker.get("/estimates?from=2025&to=2025")
            #expect([.forbidden, .notFound].contains(refused.status) && !refused.body.string.contains("estimate-summary"))
            #expect(!(try await worker.get("/")).body.string.contains("href=\"/estimates\""))

            let analyst = try await world.browser(signedInAs: s.analyst)
            #expect((try await analyst.get("/")).body.string.contains("href=\"/estimates\""))
            let page = try await analyst.get("/estimates?from=2025&to=2025&stratify=sex")
            #expect(page.status == .ok)
            let html = page.body.string
            for id in ["estimate-summary", "runners-up", "overlap-table", "list-totals", "venn", "fit-table", "strata-table", "assumptions", "warnings"] {
                #expect(html.contains("id=\"\(id)\""), "\(id) missing")
            }
            #expect(html.contains("role=\"img\"") && html.contains("&lt;5"))
            // The two-person cell (all three lists) is withheld in the diagram as in the table.
            #expect(html.contains("<title>NGO &amp; Police &amp; Shelter: &lt;5</title>"))

            let bad = try await analyst.get("/estimates?from=2025&to=2025&organisations[]=\(s.police)")
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("Choose between 2 and 10 organisations"))
            let empty = try await analyst.get("/estimates?from=2020&to=2020")
            #expect(empty.status == .ok && empty.body.string.contains("there is nothing to estimate from"))
        }
    }
}

extension EstimatesTests {
    @Test("libertas estimate FILE --json: UKdat_5 gives SparseMSE's 11,312.99 and terms (../shared/data/mse/README.md)",
          .enabled(if: mseData != nil, "needs ../shared/data/mse/UKdat_5.csv next to the repository; skipped when it is absent"))
    func commandLineOnAFile() throws {
        let path = try #require(Self.mseData).appendingPathComponent("UKdat_5.csv").path
        let report = try EstimateReports.fromFile(path, options: EstimateOptionsInput())
        let json = try #require(JSONValue(parsing: report.json))
        #expect(json["observed"]?.number == 2744)
        #expect(abs(try #require(json["estimate"]?.number) / 11_312.99 - 1) < 0.005)
        let lower = try #require(json["lower"]?.number), upper = try #require(json["upper"]?.number)
        #expect(abs(lower / 9_884.40 - 1) < 0.02 && abs(upper / 13_027.40 - 1) < 0.02)
        #expect(Set(json["model"]?.array?.compactMap(\.string) ?? []) == ["LA:NG", "NG:GP", "PFNCA:GP", "LA:PFNCA", "GO:GP", "NG:GO"])
        #expect(json["interval"]?.string == "wald-log" && json["method"]?.string == "stepwise")
        #expect(report.text.contains("Estimate:  11312.99"))
    }

    @Test("libertas estimate on a bad file names the line; an estimate that does not exist is refused")
    func commandLineRefusals() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.csv"), apart = folder.appendingPathComponent("apart.csv")
        try "A,B,count\n1,0,30\n0,2,20\n".write(to: bad, atomically: true, encoding: .utf8)
        try "A,B,count\n1,0,30\n0,1,20\n".write(to: apart, atomically: true, encoding: .utf8)
        #expect { try EstimateReports.fromFile(bad.path, options: EstimateOptionsInput()) } throws: {
            "\($0)".contains("CSV line 3, column 'B'")
        }
        #expect { try EstimateReports.fromFile(apart.path, options: EstimateOptionsInput()) } throws: {
            "\($0)".contains("does not exist")
        }
    }
}
