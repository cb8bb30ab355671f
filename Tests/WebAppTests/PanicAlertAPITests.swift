import Fluent
import Foundation
import SQLKit
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Panic alerts (public API)")
struct PanicAlertAPITests {
    static func send(_ world: TestWorld, _ json: String, device: String = "device-1") async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: "X-Libertas-Device", value: device)
        headers.replaceOrAdd(name: .userAgent, value: "Mozilla/5.0 (Linux; Android 14) TellTaleAgent/9.9")
        return try await world.app.testing().sendRequest(.POST, "/api/v1/public/alerts", headers: headers, body: ByteBuffer(string: json))
    }

    static func alert(_ id: UUID, sentAt: String = ISO8601DateFormatter().string(from: Date())) -> String {
        #"{"id":"\#(id.uuidString)","latitude":4.7110,"longitude":-74.0721,"accuracy_m":35,"sent_at":"\#(sentAt)"}"#
    }

    @Test("An alert is stored once however often it is sent (201, then 200), without a token, and nothing about the sender is kept")
    func storedOnce() async throws {
        try await TestApp.run { world in
            let id = UUID()
            let first = try await Self.send(world, Self.alert(id))
            #expect(first.status == .created, "\(first.body.string)")
            #expect(try first.json()["status"]?.string == "stored")
            let again = try await Self.send(world, Self.alert(id))
            #expect(again.status == .ok)
            #expect(try again.json()["status"]?.string == "alreadyStored")
            let rows = try await PanicAlertModel.query(on: world.app.db).all()
            #expect(rows.count == 1)
            #expect(rows.first?.latitude == 4.711 && rows.first?.accuracyMeters == 35)

            // The database holds no trace of the sender's browser or address.
            let sql = Backend.sqlDatabase(world.app.db)
            var stored = ""
            for table in [PanicAlertModel.schema, "audit_entries"] {
                for row in try await sql.raw("SELECT * FROM \(ident: table)").all() {
                    for column in row.allColumns { stored += ((try? row.decode(column: column, as: String?.self)) ?? nil) ?? "" }
                }
            }
            #expect(!stored.contains("TellTaleAgent") && !stored.contains("127.0.0.1") && !stored.contains("device-1"))
        }
    }

    @Test("Bad alerts get 422 naming each field; a malformed body 400")
    func invalid() async throws {
        try await TestApp.run { world in
            let response = try await Self.send(world, #"{"id":"nope","latitude":95,"longitude":10,"sent_at":"2001-01-01T00:00:00Z"}"#)
            #expect(response.status == .unprocessableEntity)
            let fields = try response.json()["error"]?["fields"]?.array?.compactMap { $0["field"]?.string } ?? []
            #expect(Set(fields) == ["id", "latitude", "sent_at"], "\(fields)")
            #expect(try await Self.send(world, "{not json").status == .badRequest)
            #expect(try await PanicAlertModel.query(on: world.app.db).count() == 0)
        }
    }

    @Test("One device is limited, with Retry-After; another device is not")
    func rateLimited() async throws {
        try await TestApp.run(adjust: { $0.security.publicRequestsPerMinutePerDevice = 3 }) { world in
            for _ in 0..<3 { #expect(try await Self.send(world, Self.alert(UUID())).status == .created) }
            let refused = try await Self.send(world, Self.alert(UUID()))
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers.first(name: .retryAfter) != nil)
            #expect(try await Self.send(world, Self.alert(UUID()), device: "device-2").status == .created)
        }
    }
}
