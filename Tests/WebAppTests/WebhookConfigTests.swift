import Foundation
import Testing
@testable import WebApp

@Suite("Configuration: webhooks")
struct WebhookConfigTests {
    func load(_ environment: [String: String]) throws -> AppConfig {
        let cwd = FileManager.default.temporaryDirectory.appendingPathComponent("libertas-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: cwd, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: cwd) }
        return try ConfigLoader(flags: ConfigFlags(), environment: environment, workingDirectory: cwd).load()
    }

    @Test("Defaults, and every setting read from the environment")
    func settings() throws {
        let defaults = try load([:]).webhooks
        #expect(defaults.dispatchInterval == 5 && defaults.timeout == 10 && defaults.retry.maximumAttempts == 10)
        let set = try load([
            "LIBERTAS_WEBHOOK_INTERVAL": "0", "LIBERTAS_WEBHOOK_TIMEOUT": "3", "LIBERTAS_WEBHOOK_MAX_ATTEMPTS": "4",
            "LIBERTAS_WEBHOOK_RETRY_BASE": "2", "LIBERTAS_WEBHOOK_RETRY_MAX": "60",
        ]).webhooks
        #expect(set.dispatchInterval == 0 && set.timeout == 3)
        #expect(set.retry.maximumAttempts == 4 && set.retry.baseDelay == 2 && set.retry.maximumDelay == 60)
    }

    @Test("Bad values are reported together, each with its setting")
    func problems() throws {
        #expect {
            try load(["LIBERTAS_WEBHOOK_TIMEOUT": "soon", "LIBERTAS_WEBHOOK_MAX_ATTEMPTS": "0", "LIBERTAS_WEBHOOK_INTERVAL": "-1"])
        } throws: { error in
            let settings = Set((error as? ConfigurationError)?.problems.map(\.setting) ?? [])
            return settings == ["LIBERTAS_WEBHOOK_TIMEOUT", "LIBERTAS_WEBHOOK_MAX_ATTEMPTS", "LIBERTAS_WEBHOOK_INTERVAL"]
        }
    }
}
