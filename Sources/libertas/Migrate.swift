import ArgumentParser
import WebApp

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create or update the database schema, then exit.",
        discussion: "`serve` does this too on every start; run it on its own before starting several servers against one PostgreSQL database."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let config = try Runner.loadConfig(global.flags())
        try await Runner.withApplication(config) { _ in
            Runner.say("The database is up to date: \(config.database.redactedDescription)")
        }
    }
}
