import Fluent
import Foundation
import PublicReporting
import SQLKit
import Storage
import Testing
import VaporTesting
@testable import WebApp

enum TestFailure: Error { case noBits }

@Suite("Public reports (API)")
struct PublicReportAPITests {
    /// Cheap proofs in tests; the work itself is the library's and is tested there.
    static func quick(_ config: inout AppConfig) { config.publicReporting.proofOfWorkBits = 8 }

    static func post(_ world: TestWorld, _ path: String, _ json: String, device: String = "device-1") async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: "X-Libertas-Device", value: device)
        headers.replaceOrAdd(name: .userAgent, value: "Mozilla/5.0 (Linux; Android 14) TellTaleAgent/9.9")
        let response = try await world.app.testing().sendRequest(.POST, "/api/v1" + path, headers: headers, body: ByteBuffer(string: json))
        try checkSchema(world, response, path: path)
        return response
    }

    /// Every answer matches what the OpenAPI document promises.
    static func checkSchema(_ world: TestWorld, _ response: TestingHTTPResponse, path: String) throws {
        let value = try #require(JSONValue(parsing: response.body.string), "not JSON: \(response.body.string)")
        let document = try #require(world.app.apiDocument)
        let schema = (200..<300).contains(response.status.code) ? try #require(document.successSchema(method: .POST, path: path)) : JSONSchema.ref("Error")
        let problems = schema.violations(of: value, components: OpenAPIDocument.components)
        #expect(problems.isEmpty, "\(path) → \(response.status.code): \(problems)")
    }

    /// A solved proof for one report, from the documented challenge endpoint.
    static func proof(_ world: TestWorld) async throws -> String {
        let issued = try await APIClient(app: world.app, token: nil).call(.GET, "/public/reports/challenge").json()
        let challenge = try #require(issued["challenge"]?.string)
        guard case .number(let bits)? = issued["bits"] else { throw TestFailure.noBits }
        return #"{"challenge":"\#(challenge)","nonce":"\#(ProofOfWork.solve(challenge: challenge, bits: Int(bits)))"}"#
    }

    static func report(_ world: TestWorld, _ fields: String = #""description":"Twelve workers locked in a garment workshop at night""#) async throws -> TestingHTTPResponse {
        try await post(world, "/public/reports", #"{\#(fields),"proof":\#(try await proof(world))}"#)
    }

    static func fields(_ response: TestingHTTPResponse) throws -> [String: String] {
        let items = try response.json()["error"]?["fields"]?.array ?? []
        return Dictionary(items.compactMap { item in item["field"]?.string.map { ($0, item["message"]?.string ?? "") } }, uniquingKeysWith: { a, _ in a })
    }

    @Test("A report gets a code and a secret; only sealed text, the secret's hash and rounded coordinates are stored, and nothing about the sender")
    func stored() async throws {
        try await TestApp.run(adjust: Self.quick) { world in
            let response = try await Self.report(world, #"""
            "language":"zh-Hans","description":"Twelve workers locked in a garment workshop at night",
            "location":{"latitude":4.711234,"longitude":-74.072111,"accuracy_m":20},"occurred_at":"2026-03-01T22:15:00Z",
            "anonymous":false,"contact":{"name":"Ana Quintero","phone":"+57 300 555 0101","preferred":"sms"},"website":""
            """#)
            #expect(response.status == .created, "\(response.body.string)")
            let code = try #require(try response.json()["code"]?.string)
            let secret = try #require(try response.json()["secret"]?.string)
            #expect(ReportCredentials.normalisedCode(code) == code)

            let row = try #require(try await PublicReportModel.query(on: world.app.db).first())
            #expect(row.code == code && row.secretHash == ReportCredentials.hash(secret))
            #expect(row.latitude == 4.71 && row.longitude == -74.07 && (row.accuracyMeters ?? 0) > 20)
            #expect(row.language == "zh-Hans" && !row.anonymous && row.occurredTimeKnown)
            let cipher = world.context.cipher
            let id = try row.requireID()
            #expect(try cipher.open(row.descriptionCipher, field: PublicReportModel.EncryptedField.description, rowID: id).hasPrefix("Twelve workers"))
            #expect(try cipher.open(try #require(row.exactLocationCipher), field: PublicReportModel.EncryptedField.exactLocation, rowID: id) == "4.711234,-74.072111,20.0")

            // Read the tables as text: no plaintext, no secret, no trace of the sender.
            var stored = ""
            let sql = Backend.sqlDatabase(world.app.db)
            for table in [PublicReportModel.schema, "audit_entries"] {
                for row in try await sql.raw("SELECT * FROM \(ident: table)").all() {
                    for column in row.allColumns { stored += ((try? row.decode(column: column, as: String?.self)) ?? nil) ?? "" }
                }
            }
            // The phone as typed and as digits: a bare "555" also turns up in random ids and hashes.
            for leak in ["Twelve", "Quintero", "300 555 0101", "3005550101", "4.711234", secret, "TellTaleAgent", "127.0.0.1", "device-1"] {
                #expect(!stored.contains(leak), "\(leak) is stored in the clear")
            }
        }
    }

    @Test("Bad reports get 422 naming each field with a message that says what to do; nothing is stored")
    func validation() async throws {
        try await TestApp.run(adjust: Self.quick) { world in
            let response = try await Self.post(world, "/public/reports", #"""
            {"description":"  ","location":{"latitude":95,"longitude":10},"occurred_at":"yesterday",
             "contact":{"phone":"12"},"website":"http://spam.example","language":"xx"}
            """#)
            #expect(response.status == .unprocessableEntity)
            let fields = try Self.fields(response)
            #expect(Set(fields.keys) == ["description", "location.latitude", "occurred_at", "contact", "website", "language", "proof"], "\(fields)")
            #expect(fields["contact"]?.contains("anonymous") == true)
            #expect(fields["website"]?.contains("empty") == true)
            #expect(fields["occurred_at"]?.contains("2025-03-01") == true)

            let named = try await Self.report(world, #""description":"x","anonymous":false,"contact":{"phone":"abc","email":"nope","preferred":"pigeon"}"#)
            #expect(Set(try Self.fields(named).keys) == ["contact.phone", "contact.email", "contact.preferred"], "\(named.body.string)")
            let tooLong = try await Self.report(world, #""description":"\#(String(repeating: "a", count: ReportInput.Limits.descriptionCharacters + 1))""#)
            #expect(try Self.fields(tooLong)["description"]?.contains("10000") == true, "\(tooLong.body.string)")
            #expect(try await Self.post(world, "/public/reports", "{not json").status == .badRequest)
            #expect(try await PublicReportModel.query(on: world.app.db).count() == 0)
        }
    }

    @Test("The spam check: a wrong nonce, a forged challenge and a replayed proof are refused on `proof`")
    func proofOfWork() async throws {
        try await TestApp.run(adjust: Self.quick) { world in
            let proof = try await Self.proof(world)
            let first = try await Self.post(world, "/public/reports", #"{"description":"A first report","proof":\#(proof)}"#)
            #expect(first.status == .created)
            let replay = try await Self.post(world, "/public/reports", #"{"description":"The same proof again","proof":\#(proof)}"#)
            #expect(try Self.fields(replay).keys.contains("proof"), "\(replay.body.string)")
            let forged = try await Self.post(world, "/public/reports", #"{"description":"Forged","proof":{"challenge":"1.ab.cd","nonce":"1"}}"#)
            #expect(try Self.fields(forged)["proof"] != nil)
            #expect(try await PublicReportModel.query(on: world.app.db).count() == 1)
        }
    }

    @Test("Per-device limit with Retry-After; 413 for a body over 64 KB")
    func limits() async throws {
        try await TestApp.run(adjust: { Self.quick(&$0); $0.security.publicRequestsPerMinutePerDevice = 2 }) { world in
            // The challenges go without a device id; two reports fit, the third is refused.
            for _ in 0..<2 { #expect(try await Self.report(world).status == .created) }
            let refused = try await Self.post(world, "/public/reports", #"{"description":"flood"}"#)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers.first(name: .retryAfter) != nil)
            let huge = try await Self.post(world, "/public/reports", #"{"description":"\#(String(repeating: "b", count: 70_000))"}"#, device: "device-2")
            #expect(huge.status == .payloadTooLarge, "\(huge.body.string)")
        }
    }

    @Test("The code holder sees the status and their follow-ups, never operators' notes; a wrong secret is 404, then 429")
    func codeHolder() async throws {
        try await TestApp.run(adjust: Self.quick) { world in
            let made = try await Self.report(world).json()
            let code = try #require(made["code"]?.string), secret = try #require(made["secret"]?.string)
            let operatorAccount = try await world.makeUser("olga.operator", in: world.admin.organisationID, roles: [.hotlineOperator])
            let desk = ReportOperatorDesk(database: world.app.db, context: world.context)
            let id = try #require(try await PublicReportModel.query(on: world.app.db).first()?.requireID())
            let caller = try await world.caller(operatorAccount)
            _ = try await desk.addNote(caller, id: id, text: "Called the labour inspectorate; raid planned for Friday")
            try await desk.setStatus(caller, id: id, to: .verified)

            let added = try await Self.post(world, "/public/reports/followups", #"{"code":"\#(code.lowercased().replacingOccurrences(of: "-", with: " "))","secret":"\#(secret)","text":"They moved the workers to a second building"}"#)
            #expect(added.status == .created, "\(added.body.string)")
            let status = try await Self.post(world, "/public/reports/status", #"{"code":"\#(code)","secret":"\#(secret)"}"#)
            #expect(status.status == .ok)
            #expect(try status.json()["status"]?.string == "Verified")
            #expect(try status.json()["followups"]?.array?.first?["text"]?.string == "They moved the workers to a second building")
            #expect(!status.body.string.contains("raid") && !status.body.string.contains("garment"))
            // The operator reads both.
            let view = try await desk.view(caller, id: id)
            #expect(view.notes.map(\.text) == ["Called the labour inspectorate; raid planned for Friday"])
            #expect(view.followUps.count == 1)

            let wrong = try await Self.post(world, "/public/reports/status", #"{"code":"\#(code)","secret":"not-the-secret"}"#)
            #expect(wrong.status == .notFound)
            #expect(try wrong.json()["error"]?["message"]?.string?.contains("code and secret") == true)
            var last = wrong
            for _ in 0..<10 { last = try await Self.post(world, "/public/reports/status", #"{"code":"\#(code)","secret":"guess"}"#, device: UUID().uuidString) }
            #expect(last.status == .tooManyRequests)
            #expect(try await Self.post(world, "/public/reports/status", #"{"code":"R-0000-0000","secret":"x"}"#).status == .notFound)
        }
    }

    @Test("Attachments by code and secret: checked like case attachments, sealed on disk, at most five")
    func attachments() async throws {
        try await TestApp.run(adjust: Self.quick) { world in
            let made = try await Self.report(world).json()
            let code = try #require(made["code"]?.string), secret = try #require(made["secret"]?.string)
            func upload(_ name: String, _ content: String) async throws -> TestingHTTPResponse {
                let boundary = "libertas-boundary"
                var body = ""
                for (field, value) in [("code", code), ("secret", secret)] {
                    body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"\r\n\r\n\(value)\r\n"
                }
                body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n\(content)\r\n--\(boundary)--\r\n"
                var headers = HTTPHeaders()
                headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
                let response = try await world.app.testing().sendRequest(.POST, "/api/v1/public/reports/attachments", headers: headers, body: ByteBuffer(string: body))
                try Self.checkSchema(world, response, path: "/public/reports/attachments")
                return response
            }
            let first = try await upload("notes.txt", "Shift list: the night supervisor keeps the passports")
            #expect(first.status == .created, "\(first.body.string)")
            #expect(try first.json()["attachments"] == .number(1))
            let binary = try await upload("run.exe", "MZ\u{0}\u{1}binary")
            #expect(try Self.fields(binary)["file"] != nil)
            let row = try #require(try await PublicReportAttachmentModel.query(on: world.app.db).first())
            let onDisk = try AttachmentFiles(dataDirectory: world.context.config.dataDirectory).read(try row.requireID())
            #expect(!String(decoding: onDisk, as: UTF8.self).contains("passports"))
            let read = try ReportAttachments(context: world.context).read(row)
            #expect(read.fileName == "notes.txt" && String(decoding: read.data, as: UTF8.self).contains("passports"))
            for _ in 0..<4 { _ = try await upload("more.txt", "more") }
            #expect(try Self.fields(try await upload("sixth.txt", "one too many"))["file"] != nil)
        }
    }
}
