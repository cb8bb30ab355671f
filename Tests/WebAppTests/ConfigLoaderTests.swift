import CaseModel
import Foundation
import Storage
import Testing
@testable import WebApp

@Suite("Configuration")
struct ConfigLoaderTests {
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("libertas-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("With nothing set, everything lives in ./libertas-data and the keys are created there")
    func defaults() throws {
        let cwd = try scratch()
        defer { try? FileManager.default.removeItem(at: cwd) }
        let config = try ConfigLoader(flags: ConfigFlags(), environment: [:], workingDirectory: cwd).load()
        #expect(config.dataDirectory.path == cwd.appendingPathComponent("libertas-data").path)
        #expect(config.database == .sqliteFile(path: cwd.appendingPathComponent("libertas-data/libertas.sqlite").path))
        #expect(config.http.hostname == "127.0.0.1" && config.http.port == 8080)
        #expect(config.logLevel == .info)
        #expect(config.encryptionKey.count == 32)
        let keyFile = cwd.appendingPathComponent("libertas-data/keys/encryption.key").path
        let permissions = try FileManager.default.attributesOfItem(atPath: keyFile)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        let again = try ConfigLoader(flags: ConfigFlags(), environment: [:], workingDirectory: cwd).load()
        #expect(again.encryptionKey == config.encryptionKey, "the key is created once and then reused")
        #expect(again.sessionSecret == config.sessionSecret)
    }

    @Test("Flags beat environment variables, which beat defaults")
    func precedence() throws {
        let cwd = try scratch()
        defer { try? FileManager.default.removeItem(at: cwd) }
        let environment = [
            "LIBERTAS_PORT": "9000", "LIBERTAS_HOSTNAME": "0.0.0.0", "LIBERTAS_LOG_LEVEL": "debug",
            "DATABASE_URL": "postgres://libertas:pw@db.example:5432/libertas", "LIBERTAS_DATA_DIR": "env-data",
        ]
        let fromEnvironment = try ConfigLoader(flags: ConfigFlags(), environment: environment, workingDirectory: cwd).load()
        #expect(fromEnvironment.http.port == 9000 && fromEnvironment.http.hostname == "0.0.0.0")
        #expect(fromEnvironment.logLevel == .debug)
        #expect(fromEnvironment.database.isPostgres)
        #expect(fromEnvironment.database.redactedDescription.contains("***") && !fromEnvironment.database.redactedDescription.contains("pw@"))
        #expect(fromEnvironment.dataDirectory.lastPathComponent == "env-data")

        let flags = ConfigFlags(dataDirectory: "flag-data", logLevel: "error", hostname: "127.0.0.2", port: "9100")
        let fromFlags = try ConfigLoader(flags: flags, environment: environment, workingDirectory: cwd).load()
        #expect(fromFlags.http.port == 9100 && fromFlags.http.hostname == "127.0.0.2")
        #expect(fromFlags.logLevel == .error)
        #expect(fromFlags.dataDirectory.lastPathComponent == "flag-data")
    }

    @Test("Every problem is reported at once, each with the setting it came from")
    func allProblems() throws {
        let cwd = try scratch()
        defer { try? FileManager.default.removeItem(at: cwd) }
        let environment = [
            "LIBERTAS_PORT": "eighty", "DATABASE_URL": "mysql://x", "LIBERTAS_LOG_LEVEL": "loud",
            "LIBERTAS_ENCRYPTION_KEY": "c2hvcnQ=", "LIBERTAS_SESSION_SECRET": "too short", "LIBERTAS_KNOWLEDGE_ENGINE_INTERVAL": "-1",
        ]
        #expect {
            try ConfigLoader(flags: ConfigFlags(logFormat: "xml"), environment: environment, workingDirectory: cwd).load()
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            let settings = Set(error.problems.map(\.setting))
            let message = error.description
            return settings == ["LIBERTAS_PORT", "DATABASE_URL", "LIBERTAS_LOG_LEVEL", "--log-format", "LIBERTAS_ENCRYPTION_KEY", "LIBERTAS_SESSION_SECRET",
                                "LIBERTAS_KNOWLEDGE_ENGINE_INTERVAL"]
                && message.contains("7 configuration problems")
                && message.contains("'-1' is not a number of seconds between checks of the in-memory search index")
                && message.contains("'eighty' is not a port number")
                && message.contains("must decode to 32 bytes, not 5")
        }
    }

    @Test("Approval steps and follow-ups are configured nationally; an unknown step is named in the error")
    func workflow() throws {
        let cwd = try scratch()
        defer { try? FileManager.default.removeItem(at: cwd) }
        let defaults = try ConfigLoader(flags: ConfigFlags(), environment: [:], workingDirectory: cwd).load()
        #expect(defaults.workflow.approvalSteps == Set(ApprovalStep.allCases))
        #expect(defaults.workflow.referralFollowUpDays == 3)
        let chosen = try ConfigLoader(flags: ConfigFlags(), environment: [
            "LIBERTAS_APPROVAL_STEPS": "supportPlan, CaseClosure", "LIBERTAS_REFERRAL_FOLLOW_UP_DAYS": "5", "LIBERTAS_FOLLOW_UP_INTERVAL": "60",
        ], workingDirectory: cwd).load()
        #expect(chosen.workflow.approvalSteps == [.supportPlan, .caseClosure])
        #expect(chosen.workflow.referralFollowUpDays == 5 && chosen.background.followUpInterval == 60)
        let none = try ConfigLoader(flags: ConfigFlags(), environment: ["LIBERTAS_APPROVAL_STEPS": "none"], workingDirectory: cwd).load()
        #expect(none.workflow.approvalSteps.isEmpty)
        #expect {
            try ConfigLoader(flags: ConfigFlags(), environment: ["LIBERTAS_APPROVAL_STEPS": "caseClosure,assessment", "LIBERTAS_REFERRAL_FOLLOW_UP_DAYS": "0"], workingDirectory: cwd).load()
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return Set(error.problems.map(\.setting)) == ["LIBERTAS_APPROVAL_STEPS", "LIBERTAS_REFERRAL_FOLLOW_UP_DAYS"]
                && error.description.contains("unknown approval step 'assessment'")
                && error.description.contains("traffickingStatusDecision, supportPlan, caseClosure")
        }
    }

    @Test("The PNG renderer is found on PATH or named; a name that is no program is an error")
    func chartRenderer() throws {
        let cwd = try scratch()
        defer { try? FileManager.default.removeItem(at: cwd) }
        // A directory on PATH holding an executable rsvg-convert, made here so the test needs no install.
        let bin = cwd.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let fake = bin.appendingPathComponent("rsvg-convert")
        try Data("#!/bin/sh\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let found = try ConfigLoader(flags: ConfigFlags(), environment: ["PATH": "/nonexistent:\(bin.path)"], workingDirectory: cwd).load()
        #expect(found.statistics.rsvgConvert == fake.path)
        let none = try ConfigLoader(flags: ConfigFlags(), environment: ["PATH": "/nonexistent"], workingDirectory: cwd).load()
        #expect(none.statistics.rsvgConvert == nil)
        #expect {
            try ConfigLoader(flags: ConfigFlags(), environment: ["LIBERTAS_RSVG_CONVERT": cwd.appendingPathComponent("nothing").path], workingDirectory: cwd).load()
        } throws: { error in
            (error as? ConfigurationError)?.problems.map(\.setting) == ["LIBERTAS_RSVG_CONVERT"] && "\(error)".contains("librsvg2-bin")
        }
    }

    @Test("A key file that was named but does not exist is an error, never silently created")
    func explicitKeyFile() throws {
        let cwd = try scratch()
        defer { try? FileManager.default.removeItem(at: cwd) }
        let missing = cwd.appendingPathComponent("typo.key").path
        #expect(throws: ConfigurationError.self) {
            try ConfigLoader(flags: ConfigFlags(encryptionKeyFile: missing), environment: [:], workingDirectory: cwd).load()
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
        let key = FieldCipher.generateKeyData()
        try Data(key.base64EncodedString().utf8).write(to: URL(fileURLWithPath: missing))
        let config = try ConfigLoader(flags: ConfigFlags(encryptionKeyFile: missing), environment: [:], workingDirectory: cwd).load()
        #expect(config.encryptionKey == key)
    }

    @Test("Read-only commands do not create a data directory")
    func noCreation() throws {
        let cwd = try scratch()
        defer { try? FileManager.default.removeItem(at: cwd) }
        #expect(throws: ConfigurationError.self) {
            try ConfigLoader(flags: ConfigFlags(), environment: [:], workingDirectory: cwd, createMissing: false).load()
        }
        #expect(!FileManager.default.fileExists(atPath: cwd.appendingPathComponent("libertas-data").path))
    }

    @Test("A database written with one key refuses to start with another")
    func keyMismatch() async throws {
        try await TestApp.run { world in
            let other = try FieldCipher(keyData: FieldCipher.generateKeyData())
            try await SettingModel.query(on: world.app.db).set(\.$value, to: other.fingerprint).update()
            await #expect(throws: ConfigurationError.self) { try await Bootstrap.checkEncryptionKey(world.app) }
        }
    }
}
