import ArgumentParser
import WebApp

struct Seed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add demonstration or synthetic data.",
        discussion: """
        --demo adds plausible organisations and a user for every role, for trying Libertas out and for training.
        --synthetic N adds N synthetic cases (and the demo organisations and users they belong to), with the shares of \
        sex, age, region and form of exploitation of the CTDC Victim–Perpetrator file: for benchmarks and training.
        --knowledge N adds N synthetic published records to the knowledge portal (mostly court cases with 3–10 KB \
        decisions, about one in ten with a Chinese text) and indexes them: for benchmarks of the portal's search.
        Running any of them again adds only what is missing. Never use them on a production database.
        """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Add the demonstration organisations and users.")
    var demo = false

    @Option(name: .customLong("synthetic"), help: ArgumentHelp("Add this many synthetic cases.", valueName: "N"))
    var syntheticCases: Int?

    @Option(name: .customLong("knowledge"), help: ArgumentHelp("Add this many synthetic published knowledge-portal records.", valueName: "N"))
    var knowledgeRecords: Int?

    @Option(help: "The seed of the synthetic cases or records: the same seed gives the same data.")
    var seed: UInt64 = 1

    @Flag(help: "With --synthetic or --knowledge, print only a one-line JSON summary.")
    var json = false

    func validate() throws {
        guard demo || syntheticCases != nil || knowledgeRecords != nil else {
            throw ValidationError("Nothing to seed: pass --demo for demonstration users, --synthetic N for N synthetic cases or --knowledge N for N knowledge records.")
        }
        if syntheticCases != nil, knowledgeRecords != nil {
            throw ValidationError("Pass --synthetic or --knowledge, not both.")
        }
        if let syntheticCases, !(1...10_000_000).contains(syntheticCases) {
            throw ValidationError("--synthetic takes a number of cases from 1 to 10,000,000.")
        }
        if let knowledgeRecords, !(1...10_000_000).contains(knowledgeRecords) {
            throw ValidationError("--knowledge takes a number of records from 1 to 10,000,000.")
        }
    }

    func run() async throws {
        let config = try Runner.loadConfig(global.flags())
        if let count = knowledgeRecords {
            let progress = json ? nil : TerminalProgress()
            let result = try await Runner.withApplication(config) { app in
                try await SyntheticKnowledge.seed(app, count: count, seed: seed, progress: progress)
            }
            progress?.finish()
            if json { return Runner.say(result.jsonLine) }
            Runner.say("Synthetic knowledge records: \(result.summary.imported) added and published, \(result.summary.skipped) already there (seed \(seed)), "
                + "\(Int(result.recordsPerSecond.rounded())) records/s.")
            sayPassword(result.demoPassword)
        } else if let count = syntheticCases {
            let progress = json ? nil : TerminalProgress()
            let result = try await Runner.withApplication(config) { app in
                try await SyntheticRegister.seed(app, count: count, seed: seed, progress: progress)
            }
            progress?.finish()
            if json { return Runner.say(result.summary.jsonLine) }
            Runner.say("Synthetic cases: \(result.summary.imported) added, \(result.summary.skipped) already there (seed \(seed)).")
            sayPassword(result.demoPassword)
        } else {
            let result = try await Runner.withApplication(config) { app in try await DemoData.seed(app) }
            Runner.say("Demo data: \(result.organisationsCreated) organisations, \(result.usersCreated) users and \(result.knowledgeRecordsCreated) UN documents in the knowledge portal added.")
            sayPassword(result.password)
        }
    }

    private func sayPassword(_ password: String?) {
        guard let password else { return }
        Runner.say("Every new demo user signs in with the password: \(password)")
        Runner.say("Users: " + DemoData.usernames.joined(separator: ", "))
    }
}
