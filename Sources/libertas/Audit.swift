import ArgumentParser
import Storage
import WebApp

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with the audit log.",
        subcommands: [Verify.self]
    )

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the audit log's hash chain; exit 1 if any entry was altered or removed.",
            discussion: "Note the printed head hash somewhere safe: comparing it later also detects entries removed from the end."
        )

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let config = try Runner.loadConfig(global.flags(), createMissing: false)
            let report = try await Runner.withApplication(config) { app in
                try await AuditLogWriter.verify(on: app.db)
            }
            let head = report.headSequence.map { "#\($0) \(report.headHash)" } ?? "(empty log)"
            if report.isIntact {
                Runner.say("Audit log intact: \(report.checkedCount) entries checked. Head: \(head)")
            } else {
                Runner.printError("Audit log TAMPERED: \(report.problems.count) problem(s) in \(report.checkedCount) entries.")
                for problem in report.problems { Runner.printError("  - \(problem)") }
                Runner.printError("Head: \(head)")
                throw ExitCode.failure
            }
        }
    }
}
