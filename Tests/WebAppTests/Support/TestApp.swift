import AccessControl
import Fluent
import Foundation
import Storage
import Testing
import Vapor
import VaporTesting
@testable import WebApp

/// Builds a fresh Libertas for one test, on the same `configure` path as
/// production, with its own empty database:
/// - SQLite in memory by default;
/// - a fresh schema in the PostgreSQL database named by `LIBERTAS_TEST_DATABASE_URL`
///   when that is set (CI runs the whole suite both ways).
enum TestApp {
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["LIBERTAS_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Runs `body` with a migrated application that has one system administrator.
    ///
    /// - Parameter sqliteFile: use an SQLite file in the test's data directory
    ///   instead of memory (ignored on PostgreSQL), for tests that read the file itself.
    /// - Parameter adjust: changes to the configuration before the application starts.
    static func run(sqliteFile: Bool = false, adjust: (inout AppConfig) -> Void = { _ in }, _ body: (TestWorld) async throws -> Void) async throws {
        try await gate.acquire()
        do {
            try await runUngated(sqliteFile: sqliteFile, adjust: adjust, body)
            await gate.release()
        } catch {
            await gate.release()
            throw error
        }
    }

    private static func runUngated(sqliteFile: Bool, adjust: (inout AppConfig) -> Void, _ body: (TestWorld) async throws -> Void) async throws {
        let dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("libertas-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dataDirectory) }
        let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let location: DatabaseLocation = postgresURL.map { .postgres(url: $0, schema: String(schema)) }
            ?? (sqliteFile ? .sqliteFile(path: dataDirectory.appendingPathComponent("libertas.sqlite").path) : .sqliteMemory)
        var config = AppConfig(
            dataDirectory: dataDirectory,
            database: location,
            encryptionKey: FieldCipher.generateKeyData(),
            sessionSecret: Data(SecretGenerator.token().utf8),
            logLevel: .warning
        )
        config.security.passwordHashCost = 4
        adjust(&config)

        let app = try await Application.make(.testing)
        do {
            try await configure(app, config: config)
            if location.isPostgres {
                try await Backend.sqlDatabase(app.db).raw("CREATE SCHEMA IF NOT EXISTS \(unsafeRaw: String(schema))").run()
            }
            try await Bootstrap.prepareDatabase(app)
            let world = try await TestWorld(app: app)
            try await body(world)
            if location.isPostgres {
                try await Backend.sqlDatabase(app.db).raw("DROP SCHEMA \(unsafeRaw: String(schema)) CASCADE").run()
            }
            try await app.asyncShutdown()
        } catch {
            if location.isPostgres {
                try? await Backend.sqlDatabase(app.db).raw("DROP SCHEMA IF EXISTS \(unsafeRaw: String(schema)) CASCADE").run()
            }
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// At most a few applications at once, so parallel tests stay within the
    /// database's connection limit and the machine's cores.
    private static let gate = Gate(limit: 4)
}

/// A counting semaphore for async code.
actor Gate {
    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    func acquire() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
