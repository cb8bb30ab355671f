import Foundation
import Storage
import Vapor
@testable import WebApp

/// One installation started, stopped and started again on the same data
/// directory and database, as a server is restarted: an SQLite file, or a
/// schema of the PostgreSQL test database when `LIBERTAS_TEST_DATABASE_URL` is set.
/// Each application reads the time from `clock`.
struct RestartableInstallation {
    let config: AppConfig
    let clock: TestClock
    private let schema: String?

    init(clock: TestClock, adjust: (inout AppConfig) -> Void = { _ in }) throws {
        let dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("libertas-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        var schema: String?
        var location = DatabaseLocation.sqliteFile(path: dataDirectory.appendingPathComponent("libertas.sqlite").path)
        if let url = TestApp.postgresURL {
            let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            schema = name
            location = .postgres(url: url, schema: name)
        }
        var config = AppConfig(dataDirectory: dataDirectory, database: location, encryptionKey: FieldCipher.generateKeyData(),
                               sessionSecret: Data(SecretGenerator.token().utf8), logLevel: .warning)
        config.security.passwordHashCost = 4
        // A closed port is retried until the connect timeout: keep the "receiver is down" steps short.
        config.webhooks.timeout = 1
        adjust(&config)
        self.config = config
        self.clock = clock
        self.schema = schema
    }

    /// Starts an application on the installation's database, migrating it on first start.
    func start() async throws -> Application {
        let app = try await Application.make(.testing)
        do {
            try await configure(app, config: config)
            let clock = self.clock
            app.libertas = try LibertasContext(config: config, now: { clock.now })
            if let schema {
                try await Backend.sqlDatabase(app.db).raw("CREATE SCHEMA IF NOT EXISTS \(unsafeRaw: schema)").run()
            }
            try await Bootstrap.prepareDatabase(app)
            return app
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// Stops the last application and removes everything the installation made.
    func finish(_ app: Application) async throws {
        if let schema {
            try? await Backend.sqlDatabase(app.db).raw("DROP SCHEMA IF EXISTS \(unsafeRaw: schema) CASCADE").run()
        }
        try await app.asyncShutdown()
        try? FileManager.default.removeItem(at: config.dataDirectory)
    }
}
