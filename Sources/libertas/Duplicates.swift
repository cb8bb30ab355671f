import ArgumentParser
import Foundation
import WebApp

struct Duplicates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with the duplicate flags between organisations.",
        subcommands: [Check.self]
    )

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare every person not yet checked with the other organisations' registers, now.",
            discussion: """
            The server does this by itself every LIBERTAS_DUPLICATE_CHECK_INTERVAL seconds (default 60).
            Run it by hand after a large import on a server whose check is turned off. The national
            coordinator sees the flags at /duplicates.
            """
        )

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Print a one-line JSON summary instead of text.")
        var json = false

        func run() async throws {
            let config = try Runner.loadConfig(global.flags(), createMissing: false)
            let progress = json ? nil : TerminalProgress()
            let outcome = try await Runner.withApplication(config) { app in
                try await DuplicateCheck.runOnce(app) { totals, queued in
                    progress?.update(done: totals.checked, of: queued, "\(totals.checked) persons checked, \(totals.flagged) flagged")
                }
            }
            progress?.finish()
            if json {
                Runner.say(#"{"checked":\#(outcome.checked),"flagged":\#(outcome.flagged)}"#)
            } else {
                Runner.say("Checked \(outcome.checked) persons; \(outcome.flagged) new possible duplicates between organisations.")
            }
        }
    }
}
