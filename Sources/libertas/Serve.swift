import ArgumentParser
import Foundation
import Vapor
import WebApp

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the web server.",
        discussion: "On first start it creates the data directory, the database and its keys, and the first administrator, whose one-time password it prints once."
    )

    @OptionGroup var global: GlobalOptions

    @ArgumentParser.Option(help: ArgumentHelp("Address to listen on.", discussion: "Env: LIBERTAS_HOSTNAME. Default: 127.0.0.1 (this machine only).", valueName: "address"))
    var hostname: String?

    @ArgumentParser.Option(help: ArgumentHelp("Port to listen on.", discussion: "Env: LIBERTAS_PORT. Default: 8080.", valueName: "port"))
    var port: String?

    func run() async throws {
        let config = try Runner.loadConfig(global.flags(hostname: hostname, port: port))
        try await Runner.withApplication(config, arguments: ["libertas", "serve"]) { app in
            if let admin = try await Bootstrap.createFirstAdminIfNeeded(app), let password = admin.oneTimePassword {
                Runner.say(Banner.firstAdmin(username: admin.username, password: password, url: config.http.displayURL))
            }
            Runner.say("Libertas is running at \(config.http.displayURL)  (data: \(config.dataDirectory.path), database: \(config.database.redactedDescription))")
            Runner.say("Press Ctrl-C to stop.")
            let duplicateCheck = Task { await DuplicateCheck.runPeriodically(app) }
            defer { duplicateCheck.cancel() }
            let followUp = Task { await ReferralFollowUp.runPeriodically(app) }
            defer { followUp.cancel() }
            let webhooks = Task { await WebhookDispatch.runPeriodically(app) }
            defer { webhooks.cancel() }
            let knowledgeEngine = Task { await KnowledgeEngineRefresh.runPeriodically(app) }
            defer { knowledgeEngine.cancel() }
            try await app.execute()
        }
    }
}

enum Banner {
    static func firstAdmin(username: String, password: String, url: String) -> String {
        let rule = String(repeating: "─", count: 64)
        return """
        \(rule)
        Libertas created the first administrator.
          Username:           \(username)
          One-time password:  \(password)
        Sign in at \(url)/login and choose your own password.
        This password is shown only this once and is not stored anywhere.
        \(rule)
        """
    }
}
