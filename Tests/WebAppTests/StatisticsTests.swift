import CaseModel
import Fluent
import Foundation
import Interchange
import Reporting
import SQLKit
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("National statistics from the case registry")
struct StatisticsTests {
    /// One case of nine persons identified in 2025, a perpetrator convicted in 2025:
    /// - V1–V6: women aged 25, sexual exploitation, Moldovan;
    /// - V7: a boy of 16, forced labour, Ukrainian;
    /// - V8: a man of 30, forced labour and sexual exploitation (mixed: other forms), Ukrainian;
    /// - V9: a woman found not to be a victim: never counted.
    static func setUp(_ world: TestWorld) async throws -> (client: APIClient, caseID: String, perpetratorID: UUID, analyst: TestWorld.Account, worker: TestWorld.Account) {
        let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
        let nso = try await world.makeOrganisation("Statistics Office", type: .centralGovernmentOrganisation)
        let worker = try await world.makeUser("inspector", in: police, roles: [.caseWorker])
        let analyst = try await world.makeUser("analyst", in: nso, roles: [.analyst])
        let client = APIClient(app: world.app, token: try await world.token(for: worker))
        func victim(_ name: String, _ gender: String, _ age: Int, _ forms: String, _ citizenship: String, status: String = "ActualVictimOfTrafficking") -> String {
            """
            {"person": {"givenName": "\(name)", "familyName": "Test", "gender": "\(gender)", "citizenships": ["\(citizenship)"]},
             "context": {"identifiedOn": "2025-03", "traffickingStatus": "\(status)", "ageWhenTrafficked": \(age), "exploitationTypes": \(forms)}}
            """
        }
        let women = (1...6).map { victim("Woman\($0)", "Feminine", 25, #"["SexualExploitation"]"#, "MDA") }
        let others = [
            victim("Boy", "Masculine", 16, #"["ForcedLabour"]"#, "UKR"),
            victim("Man", "Masculine", 30, #"["ForcedLabour", "SexualExploitation"]"#, "UKR"),
            victim("NotVictim", "Feminine", 40, #"["ForcedLabour"]"#, "MDA", status: "NotAVictimOfTrafficking"),
        ]
        let created = try await client.call(.POST, "/cases", json: """
            {"record": {"openedOn": "2025-03-10"}, "victims": [\((women + others).joined(separator: ","))],
             "perpetrators": [{"person": {"givenName": "Per", "familyName": "Petrator", "gender": "Masculine", "citizenships": ["ROU"]}}]}
            """)
        #expect(created.status == .created, "\(created.body.string)")
        let body = try created.json()
        let caseID = try #require(body["id"]?.string)
        let perpetratorText = try #require(body["perpetrators"]?[0]?["id"]?.string)
        let perpetratorID = try #require(UUID(uuidString: perpetratorText))
        return (client, caseID, perpetratorID, analyst, worker)
    }

    @Test("The tallies count each victim once, by sex, age, form group, form and citizenship")
    func talliesFromTheRegistry() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let tallies = try await GLOTIPTalliesQuery(filter: StatisticsFilter(years: 2025...2025)).run(on: world.app.db)
            // By hand from the setup: six women adults in sexual exploitation; the boy in forced labour;
            // the man's two groups make him "other forms"; V9 is not a victim.
            #expect(tallies.victimsByGroup == [
                VictimGroupKey(year: 2025, sex: .female, age: .adult, group: .sexualExploitation): 6,
                VictimGroupKey(year: 2025, sex: .male, age: .child, group: .forcedLabour): 1,
                VictimGroupKey(year: 2025, sex: .male, age: .adult, group: .otherForms): 1,
            ])
            // Each form counts: the man once under each of his two forms.
            #expect(tallies.victimsByForm[VictimFormKey(year: 2025, sex: .female, age: .adult, form: .sexualExploitation)] == 6)
            #expect(tallies.victimsByForm[VictimFormKey(year: 2025, sex: .male, age: .adult, form: .sexualExploitation)] == 1)
            #expect(tallies.victimsByForm[VictimFormKey(year: 2025, sex: .male, age: .adult, form: .forcedLabour)] == 1)
            #expect(tallies.victimsByForm[VictimFormKey(year: 2025, sex: .male, age: .child, form: .forcedLabour)] == 1)
            #expect(tallies.victimsByForm.count == 4)
            #expect(tallies.victimsByCitizenship == [YearCountryKey(year: 2025, country: "MDA"): 6, YearCountryKey(year: 2025, country: "UKR"): 2])
            #expect(tallies.victimsByRepatriation.isEmpty)
            #expect(tallies.personsByStage.isEmpty)
            // Other years hold nothing.
            let before = try await GLOTIPTalliesQuery(filter: StatisticsFilter(years: 2024...2024)).run(on: world.app.db)
            #expect(before.victimsByGroup.isEmpty)
            _ = s
        }
    }

    @Test("Facts follow every change: status, gender, repatriation, removal; a rebuild finds them already right")
    func factsStayInStep() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let view = try await s.client.call(.GET, "/cases/\(s.caseID)", documentedAs: "/cases/{id}")
            let victims = try #require(try view.json()["victims"]?.array)
            let boy = try #require(victims.first { $0["person"]?["givenName"]?.string == "Boy" })
            let boyID = try #require(boy["id"]?.string)
            let boyPerson = try #require(boy["personId"]?.string)

            // The boy is repatriated to Ukraine, and re-registered as a girl.
            let updated = try await s.client.call(.PUT, "/cases/\(s.caseID)/victims/\(boyID)", json: """
                {"identifiedOn": "2025-03", "traffickingStatus": "ActualVictimOfTrafficking", "ageWhenTrafficked": 16,
                 "exploitationTypes": ["ForcedLabour"], "repatriatedTo": "UKR", "repatriatedOn": "2025-08"}
                """, documentedAs: "/cases/{id}/victims/{victimId}")
            #expect(updated.status == .noContent, "\(updated.body.string)")
            let person = try await s.client.call(.PUT, "/cases/\(s.caseID)/persons/\(boyPerson)", json: """
                {"givenName": "Boy", "familyName": "Test", "gender": "Feminine", "citizenships": ["UKR"]}
                """, documentedAs: "/cases/{id}/persons/{personId}")
            #expect(person.status == .noContent, "\(person.body.string)")
            var tallies = try await GLOTIPTalliesQuery(filter: StatisticsFilter(years: 2025...2025)).run(on: world.app.db)
            #expect(tallies.victimsByGroup[VictimGroupKey(year: 2025, sex: .female, age: .child, group: .forcedLabour)] == 1)
            #expect(tallies.victimsByGroup[VictimGroupKey(year: 2025, sex: .male, age: .child, group: .forcedLabour)] == nil)
            #expect(tallies.victimsByRepatriation == [YearCountryKey(year: 2025, country: "UKR"): 1])

            // Incremental facts equal facts rebuilt from scratch.
            let sql = try #require(world.app.db as? any SQLDatabase)
            func facts() async throws -> [String] {
                try await sql.raw("SELECT year, month, status, sex, age, form_group, forms, citizenship, repatriated_to FROM victim_facts ORDER BY victim_id").all().map { row in
                    "\(try row.decode(column: "year", as: Int?.self) ?? -1) \(try row.decode(column: "month", as: Int?.self) ?? -1) \(try row.decode(column: "status", as: String.self)) "
                        + "\(try row.decode(column: "sex", as: String.self)) \(try row.decode(column: "age", as: String.self)) \(try row.decode(column: "form_group", as: String?.self) ?? "-") "
                        + "\(try row.decode(column: "forms", as: Int.self)) \(try row.decode(column: "citizenship", as: String?.self) ?? "-") \(try row.decode(column: "repatriated_to", as: String?.self) ?? "-")"
                }
            }
            let incremental = try await facts()
            #expect(incremental.count == 9)
            try await VictimFacts.rebuild(on: world.app.db)
            #expect(try await facts() == incremental)

            // Taking the victim off the case takes her out of the statistics.
            let removed = try await s.client.call(.DELETE, "/cases/\(s.caseID)/participants/\(boyID)", documentedAs: "/cases/{id}/participants/{participantId}")
            #expect(removed.status == .noContent, "\(removed.body.string)")
            tallies = try await GLOTIPTalliesQuery(filter: StatisticsFilter(years: 2025...2025)).run(on: world.app.db)
            #expect(tallies.victimsByGroup.values.reduce(0, +) == 7)
        }
    }

    @Test("Criminal-justice stages count persons by stage and year; offences by case and article")
    func justiceStages() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let service = CaseService(database: world.app.db, context: world.app.libertas)
            let caller = try await world.caller(s.worker)
            let caseID = try #require(UUID(uuidString: s.caseID))
            for (stage, date, article) in [(JusticeStage.formalContact, "2025-04-02", "Art. 165"), (.formalContact, "2025-04-03", "Art. 206"),
                                           (.prosecuted, "2025-06", "Art. 165"), (.convicted, "2025-11-20", "Art. 165")] {
                let reached = try #require(PartialDate(parsing: date))
                _ = try await service.addJusticeStage(caller, caseID: caseID, perpetratorID: s.perpetratorID, stage: stage, reachedOn: reached, article: article)
            }
            let tallies = try await GLOTIPTalliesQuery(filter: StatisticsFilter(years: 2025...2025)).run(on: world.app.db)
            // One man, counted once per stage even with two formal contacts.
            #expect(tallies.personsByStage == [
                PersonStageKey(stage: .formalContact, year: 2025, sex: .male, age: .unknown): 1,
                PersonStageKey(stage: .prosecuted, year: 2025, sex: .male, age: .unknown): 1,
                PersonStageKey(stage: .convicted, year: 2025, sex: .male, age: .unknown): 1,
            ])
            #expect(tallies.convictedByCitizenship == [YearCountryKey(year: 2025, country: "ROU"): 1])
            // The case's victims are in sexual exploitation, forced labour and other forms: mixed.
            #expect(tallies.convictedByGroup == [YearGroupKey(year: 2025, group: .otherForms): 1])
            // Two articles in one case: two offences.
            #expect(tallies.offencesByYear == [2025: 2])
            #expect(try await world.auditEntries("case.justiceStage.add").count == 4)

            // The facts follow the registry: the perpetrator re-registered as a woman of Moldova, the conviction removed.
            let view = try await s.client.call(.GET, "/cases/\(s.caseID)", documentedAs: "/cases/{id}")
            let personID = try #require(try view.json()["perpetrators"]?[0]?["personId"]?.string)
            let person = try await s.client.call(.PUT, "/cases/\(s.caseID)/persons/\(personID)", json: """
                {"givenName": "Per", "familyName": "Petrator", "gender": "Feminine", "citizenships": ["MDA"]}
                """, documentedAs: "/cases/{id}/persons/{personId}")
            #expect(person.status == .noContent, "\(person.body.string)")
            let conviction = try #require(try await service.justiceStages(caseID: caseID).first { $0.stage == .convicted })
            try await service.deleteJusticeStage(caller, caseID: caseID, stageID: conviction.id)
            let after = try await GLOTIPTalliesQuery(filter: StatisticsFilter(years: 2025...2025)).run(on: world.app.db)
            #expect(after.personsByStage == [
                PersonStageKey(stage: .formalContact, year: 2025, sex: .female, age: .unknown): 1,
                PersonStageKey(stage: .prosecuted, year: 2025, sex: .female, age: .unknown): 1,
            ])
            #expect(after.convictedByCitizenship.isEmpty && after.convictedByGroup.isEmpty)
            #expect(after.offencesByYear == [2025: 2])

            // Facts kept in step equal facts rebuilt from the registry.
            let sql = try #require(world.app.db as? any SQLDatabase)
            func facts() async throws -> [String] {
                try await sql.raw("SELECT stage, year, reached_on, sex, age, citizenship, case_group, article FROM justice_facts ORDER BY stage_id").all().map { row in
                    try ["stage", "reached_on", "sex", "age", "citizenship", "case_group", "article"].map { try row.decode(column: $0, as: String?.self) ?? "-" }.joined(separator: " ")
                        + " \(try row.decode(column: "year", as: Int?.self) ?? -1)"
                }
            }
            let incremental = try await facts()
            #expect(incremental.count == 3)
            try await JusticeFacts.rebuild(on: world.app.db)
            #expect(try await facts() == incremental)

            // A date in the future is refused with the field named.
            await #expect(throws: AppError.self) {
                _ = try await service.addJusticeStage(caller, caseID: caseID, perpetratorID: s.perpetratorID, stage: .convicted, reachedOn: PartialDate(parsing: "2099-01-01")!, article: nil)
            }
        }
    }

    @Test("Analysts get suppressed tables; case workers are refused; no count from 1 to 4 is ever published")
    func suppressedForAnalysts() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let service = StatisticsService(database: world.app.db, context: world.app.libertas)
            let moldova = try #require(Country.find("MDA"))
            await #expect(throws: AppError.self) {
                _ = try await service.statistics(try await world.caller(s.worker), filter: StatisticsFilter(years: 2025...2025), country: moldova)
            }
            let statistics = try await service.statistics(try await world.caller(s.analyst), filter: StatisticsFilter(years: 2025...2025), country: moldova)
            #expect(!statistics.glotip.isEmpty)
            for row in statistics.glotip {
                if let count = row.value.count { #expect(count == 0 || count >= 5, "\(row)") }
            }
            // Eight detected victims; the total is published.
            let total = statistics.glotip.first { $0.indicator == .detectedVictims && $0.dimension == .total && $0.sex == .total && $0.age == .total }
            #expect(total?.value == .count(8))
            // The boy alone in his cell is withheld as small.
            let boys = statistics.glotip.first { $0.indicator == .detectedVictims && $0.dimension == .total && $0.sex == .male && $0.age == .child }
            #expect(boys?.value == .suppressed(.primary))
            // The SDG headline rate: 8 victims per 100,000 of Moldova's WPP 2025 population (about 3.0 million,
            // ../shared/data/population README and docs/sdg-16-2-2.md), so about 0.26.
            let headline = try #require(statistics.sdg.first { $0.isHeadline && $0.year == 2025 })
            #expect(headline.count == .count(8))
            #expect(abs((headline.rate.value ?? 0) - 800_000 / headline.population.persons) < 1e-9)
            #expect(headline.population.persons > 2_900_000 && headline.population.persons < 3_100_000)
            // Every SDG count the tables withhold is withheld here too, with its rate.
            for row in statistics.sdg where row.count.isSuppressed { #expect(row.rate == .withheld) }
        }
    }

    @Test("The page, its exports and the API: analysts and the coordinator only, suppressed, with metadata")
    func pagesExportsAndAPI() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let query = "from=2025&to=2025&country=MDA"
            let worker = try await world.browser(signedInAs: s.worker)
            // A case worker is refused (404: the policy does not even confirm the figures exist) and sees no figure.
            let refused: [HTTPResponseStatus] = [.forbidden, .notFound]
            let workerPage = try await worker.get("/statistics?\(query)")
            #expect(refused.contains(workerPage.status) && !workerPage.body.string.contains("sex-age-table"))
            #expect(refused.contains(try await worker.get("/statistics/export.csv?\(query)").status))
            let workerAPI = APIClient(app: world.app, token: try await world.token(for: s.worker))
            let workerCall = try await workerAPI.call(.GET, "/statistics/national?\(query)", documentedAs: "/statistics/national")
            #expect(refused.contains(workerCall.status) && !workerCall.body.string.contains("glotip"))

            let analyst = try await world.browser(signedInAs: s.analyst)
            let page = try await analyst.get("/statistics?\(query)")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("id=\"sex-age-table\""))
            #expect(page.body.string.contains("&lt;5"))
            // The frame with its waiting notice comes first, the figures after it, all in one page.
            let html = page.body.string
            let notice = try #require(html.range(of: "id=\"statistics-loading\""))
            let figures = try #require(html.range(of: "id=\"statistics-figures\""))
            #expect(notice.upperBound < figures.lowerBound && html.hasSuffix("</html>"))
            #expect(!html.contains("libertas:figures") && !html.contains("statsFailed") && !html.contains("could not be computed"))
            // Bad years are explained on the form, not hidden.
            let bad = try await analyst.get("/statistics?from=2030&to=2020")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("The first year must not come after the last."))
            #expect(!bad.body.string.contains("statistics-loading"))
            // No country configured and none asked for: the page says what to do.
            let noCountry = try await analyst.get("/statistics?from=2025&to=2025")
            #expect(noCountry.status == .conflict)
            #expect(noCountry.body.string.contains("LIBERTAS_COUNTRY"))

            let csv = try await analyst.get("/statistics/export.csv?\(query)")
            #expect(csv.status == .ok)
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            let lines = csv.body.string.split(whereSeparator: \.isNewline).map(String.init)
            #expect(lines.first?.hasPrefix("# Country: Moldova (MDA)") == true)
            #expect(lines.contains { $0.hasPrefix("# Suppression: Counts from 1 to 4 are shown as <5.") })
            let header = try #require(lines.firstIndex { $0.hasPrefix("Iso3_code,") })
            for line in lines[(header + 1)...] {
                let value = line.split(separator: ",", omittingEmptySubsequences: false).dropLast().last.map(String.init) ?? ""
                if let count = Int(value) { #expect(count == 0 || count >= 5, "\(line)") }
            }

            let xlsx = try await analyst.get("/statistics/export.xlsx?\(query)")
            #expect(xlsx.status == .ok)
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("statistics-\(UUID()).xlsx")
            try Data(buffer: xlsx.body).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let reader = try XLSXReader(url: file)
            #expect(reader.sheetNames == ["GLOTIP", "SDG 16.2.2", "Metadata", "Trends", "Route legs", "Top routes", "Admin-area flows", "Route scope", "Services", "Services by type"])
            // All eight victims were identified in March 2025: the first quarter holds them, the others none.
            var quarters: [String: String] = [:]
            try reader.forEachRow(inSheet: "Trends") { row in if row.fields.count == 2 { quarters[row.fields[0]] = row.fields[1] } }
            #expect(quarters["2025-Q1"] == "8" && quarters["2025-Q2"] == "0")
            var total: String?
            try reader.forEachRow(inSheet: "GLOTIP") { row in
                if row.fields.count > 11, row.fields[4] == "Detected trafficking victims", row.fields[5] == "Total", row.fields[7] == "Total", row.fields[8] == "Total" { total = row.fields[11] }
            }
            #expect(total == "8")

            let svg = try await analyst.get("/statistics/chart/forms.svg?\(query)")
            #expect(svg.status == .ok)
            #expect(svg.body.string.contains("<svg"))
            #expect(try await analyst.get("/statistics/chart/nothing.svg?\(query)").status == .notFound)

            let api = APIClient(app: world.app, token: try await world.token(for: s.analyst))
            let national = try await api.call(.GET, "/statistics/national?\(query)", documentedAs: "/statistics/national")
            #expect(national.status == .ok, "\(national.body.string)")
            let body = try national.json()
            #expect(body["country"]?.string == "MDA")
            #expect(try #require(body["glotip"]?.array).contains { $0["indicator"]?.string == "Detected trafficking victims" && $0["dimension"]?.string == "Total" && $0["sex"]?.string == "Total" && $0["age"]?.string == "Total" && $0["value"] == .number(8) })
            #expect(body["details"] == nil || body["details"] == .null)
            // With details: no victim has a route recorded, so all eight are of unknown scope.
            let detailed = try await api.call(.GET, "/statistics/national?\(query)&details=1", documentedAs: "/statistics/national")
            let tables = try #require(try detailed.json()["details"]?.array)
            let scope = try #require(tables.first { $0["name"]?.string == "Route scope" }?["rows"]?.array)
            #expect(scope.first { $0[0]?.string == "Unknown" }?[1] == .number(8))
            #expect(scope.first { $0[0]?.string == "Domestic" }?[1] == .number(0))
        }
    }

    /// librsvg's renderer, when this machine has it (CI installs librsvg2-bin).
    static let rsvgConvert = ConfigLoader.executable(named: "rsvg-convert", path: ProcessInfo.processInfo.environment["PATH"])

    @Test("Without a PNG renderer the page offers SVG only and a PNG request says what to install")
    func pngUnavailable() async throws {
        try await TestApp.run { world in
            let s = try await Self.setUp(world)
            let analyst = try await world.browser(signedInAs: s.analyst)
            let page = try await analyst.get("/statistics?from=2025&to=2025&country=MDA").body.string
            #expect(page.contains("id=\"chart-forms-svg\"") && !page.contains("chart-forms-png"))
            let png = try await analyst.get("/statistics/chart/forms.png?from=2025&to=2025&country=MDA")
            #expect(png.status == .serviceUnavailable)
            #expect(png.body.string.contains("librsvg2-bin"))
        }
    }

    @Test("Charts download as PNG drawn by rsvg-convert, for analysts only",
          .enabled(if: rsvgConvert != nil, "rsvg-convert is not installed (Debian: librsvg2-bin); .ci/install-dependencies installs it"))
    func pngCharts() async throws {
        try await TestApp.run(adjust: { $0.statistics.rsvgConvert = Self.rsvgConvert }) { world in
            let s = try await Self.setUp(world)
            let query = "from=2025&to=2025&country=MDA"
            let analyst = try await world.browser(signedInAs: s.analyst)
            #expect(try await analyst.get("/statistics?\(query)").body.string.contains("href=\"/statistics/chart/forms.png?from=2025&amp;to=2025&amp;country=MDA"))
            let png = try await analyst.get("/statistics/chart/forms.png?\(query)")
            #expect(png.status == .ok)
            #expect(png.headers.contentType?.description == "image/png")
            let bytes = Array(Data(buffer: png.body))
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            // The IHDR width, big-endian at bytes 16–19: twice the SVG's width.
            let svg = try await analyst.get("/statistics/chart/forms.svg?\(query)").body.string
            let svgWidth = try #require(svg.firstMatch(of: /width="(\d+)"/).flatMap { Int($0.1) })
            let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == svgWidth * ChartRasterizer.zoom)
            let worker = try await world.browser(signedInAs: s.worker)
            #expect([.forbidden, .notFound].contains(try await worker.get("/statistics/chart/forms.png?\(query)").status))
        }
    }

    @Test("Routes come from the events in date order, undated last, and follow every change to them")
    func routesFromEvents() async throws {
        try await TestApp.run { world in
            let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
            let worker = try await world.makeUser("inspector", in: police, roles: [.caseWorker])
            let client = APIClient(app: world.app, token: try await world.token(for: worker))
            // Events given out of order: Italy (exploitation, June), Nigeria (recruitment, January), Niger and
            // Libya (transit, March and an undated one), and a case-wide transit through Algeria in April.
            let created = try await client.call(.POST, "/cases", json: """
                {"record": {"openedOn": "2025-03-10"},
                 "victims": [{"person": {"givenName": "Ada", "familyName": "Test", "gender": "Feminine"},
                              "context": {"identifiedOn": "2025-07", "exploitationTypes": ["SexualExploitation"]}}],
                 "events": [{"victim": 0, "event": {"type": "Exploitation", "dateFrom": "2025-06", "country": "ITA", "adminArea": "Campania"}},
                            {"victim": 0, "event": {"type": "Recruitment", "dateFrom": "2025-01", "country": "NGA", "adminArea": "Edo"}},
                            {"victim": 0, "event": {"type": "Transit", "country": "LBY"}},
                            {"victim": 0, "event": {"type": "Transit", "dateFrom": "2025-03", "country": "NER"}},
                            {"event": {"type": "Transit", "dateFrom": "2025-04", "country": "DZA"}}]}
                """)
            #expect(created.status == .created, "\(created.body.string)")
            let caseID = try #require(try created.json()["id"]?.string)
            let query = StatisticsDetailQueries(filter: StatisticsFilter(years: 2025...2025))
            // By hand: recruitment NGA; transits by date NER (March), DZA (April), then the undated LBY; exploitation ITA.
            #expect(try await query.routes(on: world.app.db) == [
                RouteCount(route: VictimRoute(year: 2025, origin: "NGA", transits: ["NER", "DZA", "LBY"], destination: "ITA", originArea: "Edo", destinationArea: "Campania"), victims: 1),
            ])
            // Deleting the exploitation event leaves no destination (the victim records no country of exploitation).
            let view = try await client.call(.GET, "/cases/\(caseID)", documentedAs: "/cases/{id}")
            let events = try #require(try view.json()["events"]?.array)
            let exploitation = try #require(events.first { $0["event"]?["type"]?.string == "Exploitation" }?["id"]?.string)
            let deleted = try await client.call(.DELETE, "/cases/\(caseID)/events/\(exploitation)", documentedAs: "/cases/{id}/events/{eventId}")
            #expect(deleted.status == .noContent, "\(deleted.body.string)")
            #expect(try await query.routes(on: world.app.db).first?.route.destination == nil)
        }
    }
}
