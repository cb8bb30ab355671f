import Fluent
import Foundation
import PublicReporting
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("Public reports (privacy policy)")
struct PublicReportPrivacyTests {
    static let body = #"""
    "description":"A van collects girls outside the bus station every Sunday",
    "location":{"latitude":-12.046374,"longitude":-77.042793,"accuracy_m":12},"occurred_at":"2026-02-14T21:40:00Z",
    "anonymous":false,"contact":{"email":"witness@example.org"}
    """#

    @Test("Only the assigned operator sees the exact position and the contact; others get the rounded position and a hidden reporter")
    func assignedOperator() async throws {
        try await TestApp.run(adjust: { $0.publicReporting.proofOfWorkBits = 8; $0.publicReporting.privacy = ReportPrivacyPolicy(coordinateDecimals: 1) }) { world in
            #expect(try await PublicReportAPITests.report(world, Self.body).status == .created)
            let id = try #require(try await PublicReportModel.query(on: world.app.db).first()?.requireID())
            let desk = ReportOperatorDesk(database: world.app.db, context: world.context)
            let olga = try await world.caller(try await world.makeUser("olga.operator", in: world.admin.organisationID, roles: [.hotlineOperator]))
            let ivan = try await world.caller(try await world.makeUser("ivan.operator", in: world.admin.organisationID, roles: [.hotlineOperator]))

            let unassigned = try await desk.view(olga, id: id)
            #expect(unassigned.location?.latitude == -12.0 && unassigned.location?.longitude == -77.0 && !unassigned.locationIsExact)
            #expect((unassigned.location?.accuracyMeters ?? 0) > 5_000)
            #expect(unassigned.contact == nil && unassigned.contactHidden)

            try await desk.assign(olga, id: id, to: olga.user.id)
            let assigned = try await desk.view(olga, id: id)
            #expect(assigned.location == GeoFix(latitude: -12.046374, longitude: -77.042793, accuracyMeters: 12) && assigned.locationIsExact)
            #expect(assigned.contact?.email == "witness@example.org" && assigned.contact?.preferred == .email)
            let colleague = try await desk.view(ivan, id: id)
            #expect(colleague.contact == nil && !colleague.locationIsExact)
            #expect(try await world.auditEntries("publicReport.read").count == 3)

            // Roles without the grant do not learn the report exists.
            let worker = try await world.caller(try await world.makeUser("cara.worker", in: world.admin.organisationID, roles: [.caseWorker]))
            await #expect(throws: AppError.self) { _ = try await desk.view(worker, id: id) }
            await #expect(throws: AppError.self) { try await desk.assign(olga, id: id, to: worker.user.id) }
        }
    }

    @Test("A date-only form keeps no time of day: not of the event, the report or a follow-up; a form that shows the reporter does")
    func dateOnly() async throws {
        try await TestApp.run(adjust: {
            $0.publicReporting.proofOfWorkBits = 8
            $0.publicReporting.privacy = ReportPrivacyPolicy(coordinateDecimals: nil, dateOnly: true, hideReporterFromOperators: false)
        }) { world in
            let made = try await PublicReportAPITests.report(world, Self.body).json()
            let row = try #require(try await PublicReportModel.query(on: world.app.db).first())
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            #expect(row.occurredAt == ISO8601DateFormatter().date(from: "2026-02-14T00:00:00Z") && !row.occurredTimeKnown)
            #expect(calendar.startOfDay(for: row.receivedAt) == row.receivedAt && row.dateOnly)
            #expect(row.latitude == -12.046374)
            _ = try await PublicReportAPITests.post(world, "/public/reports/followups",
                                                    #"{"code":"\#(made["code"]?.string ?? "")","secret":"\#(made["secret"]?.string ?? "")","text":"Also on Wednesdays"}"#)
            let followUp = try #require(try await PublicReportFollowUpModel.query(on: world.app.db).first())
            #expect(calendar.startOfDay(for: followUp.addedAt) == followUp.addedAt)
            let olga = try await world.caller(try await world.makeUser("olga.operator", in: world.admin.organisationID, roles: [.hotlineOperator]))
            let view = try await ReportOperatorDesk(database: world.app.db, context: world.context).view(olga, id: try row.requireID())
            #expect(view.contact?.email == "witness@example.org" && !view.contactHidden)
        }
    }

    @Test("The policy is read from the environment, with errors that say what is allowed")
    func configuration() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("libertas-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let loader = ConfigLoader(flags: ConfigFlags(), environment: [
            EnvironmentKey.dataDirectory: directory.path, EnvironmentKey.reportCoordinateDecimals: "3", EnvironmentKey.reportDateOnly: "yes",
            EnvironmentKey.reportHideReporter: "false", EnvironmentKey.reportProofBits: "12",
        ])
        let config = try loader.load()
        #expect(config.publicReporting.privacy == ReportPrivacyPolicy(coordinateDecimals: 3, dateOnly: true, hideReporterFromOperators: false))
        #expect(config.publicReporting.proofOfWorkBits == 12)
        let bad = ConfigLoader(flags: ConfigFlags(), environment: [EnvironmentKey.dataDirectory: directory.path, EnvironmentKey.reportCoordinateDecimals: "9"])
        #expect(throws: ConfigurationError.self) { _ = try bad.load() }
    }
}
