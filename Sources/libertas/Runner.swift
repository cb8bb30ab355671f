import ArgumentParser
import Foundation
import Fluent
import Localization
import Storage
import Vapor
import WebApp

/// Shared plumbing of the subcommands: load the configuration, build the
/// application, get the database ready, and report errors as one clear message.
enum Runner {
    /// Loads the configuration or prints every problem and exits with status 78 (EX_CONFIG).
    static func loadConfig(_ flags: ConfigFlags, createMissing: Bool = true) throws -> AppConfig {
        do {
            return try ConfigLoader(flags: flags, createMissing: createMissing).load()
        } catch {
            printError(error.description)
            throw ExitCode(78)
        }
    }

    /// Runs `body` with a configured application whose database is migrated,
    /// and shuts the application down afterwards, whatever happens.
    static func withApplication<T>(
        _ config: AppConfig,
        arguments: [String] = ["libertas"],
        _ body: (Application) async throws -> T
    ) async throws -> T {
        LogSetup.bootstrap(level: config.logLevel, format: config.logFormat)
        let app = try await Application.make(Environment(name: "production", arguments: arguments))
        do {
            try await configure(app, config: config)
            try await Bootstrap.prepareDatabase(app)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw report(error)
        }
    }

    /// The organisation called `name`, or the only one there is when `name` is nil.
    static func organisation(named name: String?, in app: Application) async throws -> OrganisationModel {
        if let name {
            guard let found = try await OrganisationModel.query(on: app.db).filter(\.$nameKey == name.lowercased()).first() else {
                printError("There is no organisation called \"\(name)\".")
                throw ExitCode(65)
            }
            return found
        }
        let all = try await OrganisationModel.query(on: app.db).sort(\.$nameKey).all()
        if all.isEmpty {
            printError("There is no organisation yet. Start the server once (libertas serve) or run libertas create-admin, then create the organisation the cases belong to.")
            throw ExitCode(65)
        }
        guard all.count == 1 else {
            printError("Name the organisation the cases belong to with --organisation. There are: " + all.map(\.name).joined(separator: "; "))
            throw ExitCode(64)
        }
        return all[0]
    }

    /// Prints an error people can act on, and turns it into an exit code.
    static func report(_ error: any Error) -> any Error {
        switch error {
        case let error as ExitCode:
            return error
        case let error as ConfigurationError:
            printError(error.description)
            return ExitCode(78)
        case let error as AppError:
            let fields = error.fieldErrors.map { "  \($0.field): \(Localizer(.english)($0.key, $0.arguments))" }
            printError((["Refused: \(error.message(Localizer(.english)))"] + fields).joined(separator: "\n"))
            return ExitCode(65)
        default:
            printError("Libertas stopped: \(error)")
            return ExitCode.failure
        }
    }

    /// Writes a line to standard output at once, unbuffered, so the one-time
    /// password and the URL show up immediately also in a file or a journal.
    static func say(_ message: String) {
        FileHandle.standardOutput.write(Data((message + "\n").utf8))
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
