import ArgumentParser
import WebApp

struct Seed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add demonstration data.",
        discussion: "--demo adds plausible organisations and a user for every role, for trying Libertas out and for training. Running it again adds only what is missing. Never use it on a production database."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Add the demonstration organisations and users.")
    var demo = false

    func validate() throws {
        guard demo else { throw ValidationError("Nothing to seed: pass --demo to add demonstration data.") }
    }

    func run() async throws {
        let config = try Runner.loadConfig(global.flags())
        let result = try await Runner.withApplication(config) { app in try await DemoData.seed(app) }
        Runner.say("Demo data: \(result.organisationsCreated) organisations and \(result.usersCreated) users added.")
        if let password = result.password {
            Runner.say("Every new demo user signs in with the password: \(password)")
            Runner.say("Users: " + DemoData.usernames.joined(separator: ", "))
        }
    }
}
