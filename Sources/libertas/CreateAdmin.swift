import ArgumentParser
import Foundation
import WebApp

struct CreateAdmin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create-admin",
        abstract: "Create a system administrator.",
        discussion: "Without --password-stdin the account gets a one-time password, printed once, which must be changed at first sign-in."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Username: 3 to 64 lower-case letters, digits, dots, hyphens or underscores.")
    var username: String

    @Option(name: .customLong("display-name"), help: "The person's name as shown to others.")
    var displayName = "Administrator"

    @Option(help: "The organisation they belong to; created if it does not exist.")
    var organisation = Bootstrap.firstOrganisationName

    @Flag(name: .customLong("password-stdin"), help: "Read the password from standard input instead of generating a one-time password.")
    var passwordFromStandardInput = false

    func run() async throws {
        let config = try Runner.loadConfig(global.flags())
        var password: String?
        if passwordFromStandardInput {
            password = readLine(strippingNewline: true)
            if (password ?? "").isEmpty {
                Runner.printError("No password on standard input.")
                throw ExitCode(65)
            }
        }
        let admin = try await Runner.withApplication(config) { app in
            try await Bootstrap.createAdmin(app, username: username, displayName: displayName, organisationName: organisation, password: password)
        }
        Runner.say("Created system administrator \(admin.username) in \(admin.organisationName).")
        if let oneTime = admin.oneTimePassword {
            Runner.say("One-time password: \(oneTime)")
            Runner.say("It is shown only this once; the administrator must change it at first sign-in.")
        }
    }
}
