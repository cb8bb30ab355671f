import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Operator console: queue paging")
struct OperatorQueuePagingTests {
    /// Rows as SQLite keeps them: a stored time with more precision than the
    /// microsecond it reads back as.
    struct StoredRow {
        var stored: Double
        var id: UUID
        var read: OperatorQueueKeyset.Position {
            .init(receivedAt: Date(timeIntervalSinceReferenceDate: (stored * 1e6).rounded() / 1e6), id: id)
        }
    }

    @Test("Keyset pages are exact although the database stores dates more precisely than it reads them back, with many items in the same microsecond")
    func keysetExact() async throws {
        var generator = SystemRandomNumberGenerator()
        var rows: [StoredRow] = []
        for index in 0..<400 {
            // Clusters of items within the same microsecond, and some in the same millisecond.
            let base = 800_000_000.0 + Double(index / 9) * (index % 3 == 0 ? 0.0004 : 1.7)
            rows.append(StoredRow(stored: base + Double.random(in: 0..<0.000_000_9, using: &generator), id: UUID()))
        }
        let expected = rows.map(\.read).sorted(by: OperatorQueueKeyset.Position.precedes)
        for size in [1, 7, 50] {
            var seen: [OperatorQueueKeyset.Position] = []
            var cursor: OperatorQueueKeyset.Position?
            repeat {
                let page = try await OperatorQueueKeyset.newest(after: cursor, count: size + 1, position: \StoredRow.read) { before, limit in
                    // What SQL does: compare and sort on the stored value.
                    let bound = before.map { $0.timeIntervalSinceReferenceDate } ?? .infinity
                    return Array(rows.filter { $0.stored < bound }.sorted { $0.stored > $1.stored }.prefix(limit))
                }
                seen += page.prefix(size).map(\.read)
                cursor = page.count > size ? page[size - 1].read : nil
            } while cursor != nil
            // Compare positions, but report only where they part, not two 400-item lists.
            let parting = seen.indices.first { $0 >= expected.count || seen[$0] != expected[$0] } ?? (seen.count == expected.count ? nil : seen.count)
            #expect(parting == nil, "page size \(size): the pages part from the true order at item \(parting ?? -1) of \(expected.count), \(seen.count) seen")
        }
    }

    @Test("Open items are all shown; finished ones come 50 a page, newest first, with their counts, until every one was shown once; a bad cursor is a 400")
    func pages() async throws {
        try await TestApp.run(adjust: PublicReportAPITests.quick) { world in
            let (api, _) = try await OperatorConsoleAPITests.operatorClient(world)
            let now = Date()
            var finished: Set<String> = []
            for index in 0..<70 {
                let id = UUID()
                // Six arrive in the same instant: the cursor's id breaks the tie.
                let received = index < 6 ? now.addingTimeInterval(-3600) : now.addingTimeInterval(-Double(index) * 60 - 7200)
                let alert = PanicAlertModel(id: id, latitude: 4.7, longitude: -74.07, accuracyMeters: 20, sentAt: received, receivedAt: received)
                alert.move(to: index % 7 == 0 ? .falseAlarm : .closed, at: received)
                try await alert.create(on: world.app.db)
                finished.insert(id.uuidString)
            }
            let open = [UUID(), UUID()]
            for (index, id) in open.enumerated() {
                #expect(try await PanicAlertAPITests.send(world, OperatorConsoleAPITests.alert(id), device: "device-\(index)").status == .created)
            }
            for _ in 0..<2 { #expect(try await PublicReportAPITests.report(world).status == .created) }
            let reports = try await PublicReportModel.query(on: world.app.db).all()
            let closedReport = try reports[0].requireID()
            try await api.call(.POST, "/operator/reports/\(closedReport)/status", json: #"{"status":"Closed"}"#, documentedAs: "/operator/reports/{id}/status")
            finished.insert(closedReport.uuidString)
            let openIDs = Set(open.map(\.uuidString) + [try reports[1].requireID().uuidString])

            var seen: [String] = []
            var cursor: String?
            var pages = 0
            repeat {
                let queue = try await api.call(.GET, "/operator/queue" + (cursor.map { "?closed_cursor=\($0)" } ?? ""), documentedAs: "/operator/queue").json()
                let items = try #require(queue["items"]?.array)
                let statuses = Dictionary(uniqueKeysWithValues: items.compactMap { item in item["id"]?.string.map { ($0, item["status"]?.string ?? "") } })
                #expect(openIDs.isSubset(of: Set(statuses.keys)), "every open item on every page")
                let page = items.compactMap { $0["id"]?.string }.filter { finished.contains($0) }
                #expect(page.count <= OperatorConsole.closedPageSize)
                seen += page
                #expect(queue["closed"]?["closedCount"]?.number == 61 && queue["closed"]?["falseAlarmCount"]?.number == 10)
                cursor = queue["closed"]?["nextCursor"]?.string
                pages += 1
            } while cursor != nil && pages < 5
            #expect(pages == 2)
            #expect(seen.count == finished.count && Set(seen) == finished, "each finished item shown once")
            #expect(try await api.call(.GET, "/operator/queue?closed_cursor=garbage", documentedAs: "/operator/queue").status == .badRequest)
        }
    }

    @Test("The page links to older finished items and back; the live script asks for the same page; the version follows what that page shows")
    func pageAndVersion() async throws {
        try await TestApp.run { world in
            let olga = try await world.makeUser("olga.operator", in: world.admin.organisationID, roles: [.hotlineOperator])
            let now = Date()
            for index in 0..<(OperatorConsole.closedPageSize + 5) {
                let received = now.addingTimeInterval(-Double(index) * 60 - 600)
                let alert = PanicAlertModel(id: UUID(), latitude: nil, longitude: nil, accuracyMeters: nil, sentAt: received, receivedAt: received)
                alert.move(to: .closed, at: received)
                try await alert.create(on: world.app.db)
            }
            let browser = try await world.browser(signedInAs: olga)
            let first = try await browser.get("/operator")
            #expect(first.text.contains("id=\"closed-older\"") && !first.text.contains("id=\"closed-newest\"") && first.text.contains("data-query=\"\""))
            let older = try #require(first.text.range(of: #"/operator\?closed_cursor=[A-Za-z0-9_-]+"#, options: .regularExpression).map { String(first.text[$0]) })
            let second = try await browser.get(older)
            #expect(second.status == .ok && second.text.contains("id=\"closed-newest\"") && !second.text.contains("id=\"closed-older\""))
            #expect(second.text.contains("data-query=\"?closed_cursor="))
            #expect(second.text.contains("5 of 55"), "the page says how many of how many")

            let query = String(older.dropFirst("/operator".count))
            let version = { (query: String) in try await browser.get("/operator/version" + query).text }
            let firstVersion = try await version("")
            let secondVersion = try await version(query)
            #expect(firstVersion != secondVersion)
            #expect(try await version("") == firstVersion, "nothing changed, nothing moves")
            let fragment = try await browser.get("/operator/queue" + query)
            #expect(fragment.headers.first(name: "X-Queue-Version").map { secondVersion.contains($0) } == true)
            // A new alert changes every page's version: the open items are on all of them.
            #expect(try await PanicAlertAPITests.send(world, OperatorConsoleAPITests.alert(UUID())).status == .created)
            #expect(try await version("") != firstVersion)
            #expect(try await version(query) != secondVersion)
            #expect(try await browser.get("/operator/version?closed_cursor=garbage").status == .badRequest)
        }
    }
}

private extension JSONValue {
    var number: Double? { if case .number(let value) = self { value } else { nil } }
}
