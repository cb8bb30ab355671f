import Fluent
import Foundation
import SQLKit
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Personal data at rest")
struct EncryptionAtRestTests {
    /// Distinctive values for every personal field the registry stores encrypted.
    static let secrets = [
        "Amara", "Okafor", "1999-04-12", "+2348035550101", "amara.secret@example.org", "Pass-778-NG",
        "Ikpoba Hill", "Bar near the station", "Forced to work nights", "hotel work", "Castel Volturno Street",
        "Comment about her safety", "Rossi", "Marco",
    ]

    @Test("No personal field is in plaintext in the SQLite file, and every personal column holds ciphertext")
    func sqliteFile() async throws {
        try await TestApp.run(sqliteFile: true) { world in
            guard case .sqliteFile(let path) = world.context.config.database else {
                print("Skipping: the suite runs on PostgreSQL, this test reads the SQLite file")
                return
            }
            let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
            let worker = try await world.makeUser("worker", in: police, roles: [.caseWorker])
            let api = APIClient(app: world.app, token: try await world.token(for: worker))
            var body = CaseAPITests.newCase
            body = body.replacingOccurrences(of: #""primaryLanguage": "en""#, with: #""primaryLanguage": "en", "email": "amara.secret@example.org", "identityNumber": "Pass-778-NG", "address": {"street": "Ikpoba Hill", "city": "Benin City", "country": "NGA"}"#)
            body = body.replacingOccurrences(of: #""city": "Castel Volturno", "description""#, with: #""city": "Castel Volturno", "street": "Castel Volturno Street", "description""#)
            let created = try await api.call(.POST, "/cases", json: body)
            #expect(created.status == .created)
            let id = try #require(try created.json()["id"]?.string)
            #expect(try await api.call(.POST, "/cases/\(id)/comments", json: #"{"body":"Comment about her safety"}"#, documentedAs: "/cases/{id}/comments").status == .created)

            let sql = Backend.sqlDatabase(world.app.db)
            try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
            var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            if let wal = try? Data(contentsOf: URL(fileURLWithPath: path + "-wal")) { bytes.append(wal) }
            for secret in Self.secrets {
                #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is in the database file in plaintext")
            }
            // And column by column: every stored personal value is sealed (v1:…).
            let columns: [(String, [String])] = [
                ("persons", ["given_name_enc", "family_name_enc", "birth_date_enc", "phone_enc", "email_enc", "identity_number_enc", "address_enc"]),
                ("victims", ["exploitation_place_enc"]), ("cases", ["summary_enc"]), ("case_comments", ["body_enc"]),
                ("trafficking_events", ["description_enc", "location_enc"]),
            ]
            for (table, names) in columns {
                for column in names {
                    struct Cell: Decodable { let value: String? }
                    let cells = try await sql.raw("SELECT \(unsafeRaw: column) AS value FROM \(unsafeRaw: table)").all(decoding: Cell.self)
                    let present = cells.compactMap(\.value)
                    #expect(!present.isEmpty, "\(table).\(column) was expected to hold something")
                    #expect(present.allSatisfy { $0.hasPrefix("v1:") }, "\(table).\(column) holds plaintext")
                }
            }
            // Statistical fields stay plain, so reports never decrypt.
            struct Plain: Decodable { let gender: String?; let age_group: String }
            let plain = try await sql.raw("SELECT gender, age_group FROM persons WHERE gender = 'Feminine'").all(decoding: Plain.self)
            #expect(plain.first?.age_group == "18+")
        }
    }

    @Test("Attachments are checked, stored encrypted on disk, and every download is audited")
    func attachments() async throws {
        try await TestApp.run { world in
            let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
            let worker = try await world.makeUser("worker", in: police, roles: [.caseWorker])
            let api = APIClient(app: world.app, token: try await world.token(for: worker))
            let id = try #require(try await api.call(.POST, "/cases", json: CaseAPITests.newCase).json()["id"]?.string)
            let caseService = CaseService(database: world.app.db, context: world.context)
            let caller = try await world.caller(worker)
            let caseID = try #require(UUID(uuidString: id))
            let pdf = Data("%PDF-1.7\nStatement of Amara Okafor, confidential.\n%%EOF".utf8)
            let attachmentID = try await caseService.addAttachment(caller, caseID: caseID, fileName: "statement.pdf", data: pdf)

            let onDisk = try AttachmentFiles(dataDirectory: world.context.config.dataDirectory).read(attachmentID)
            #expect(onDisk.range(of: Data("Amara".utf8)) == nil, "the file is encrypted on disk")
            let download = try await api.call(.GET, "/cases/\(id)/attachments/\(attachmentID)", documentedAs: "/cases/{id}/attachments/{attachmentId}")
            #expect(download.status == .ok)
            #expect(download.headers.first(name: .contentType) == "application/pdf")
            #expect(download.headers.first(name: .contentDisposition)?.hasPrefix("attachment;") == true)
            #expect(Data(buffer: download.body) == pdf)
            #expect(try await world.auditEntries("case.attachment.download").count == 1)

            await #expect(throws: AppError.self) {
                _ = try await caseService.addAttachment(caller, caseID: caseID, fileName: "run.pdf", data: Data("#!/bin/sh\nrm -rf /\n\u{0}".utf8))
            }
            await #expect(throws: AppError.self) {
                _ = try await caseService.addAttachment(caller, caseID: caseID, fileName: "big.txt", data: Data(repeating: 65, count: AttachmentPolicy.maximumBytes + 1))
            }
            // A damaged file is refused rather than served.
            var damaged = onDisk
            damaged[damaged.count - 1] ^= 0xFF
            try damaged.write(to: AttachmentFiles(dataDirectory: world.context.config.dataDirectory).url(attachmentID))
            let refused = try await api.call(.GET, "/cases/\(id)/attachments/\(attachmentID)", documentedAs: "/cases/{id}/attachments/{attachmentId}")
            #expect(refused.status == .internalServerError)
            #expect(!refused.body.string.contains("Amara"))
        }
    }
}
