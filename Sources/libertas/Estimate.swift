import ArgumentParser
import Foundation
import WebApp

struct Estimate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Estimate the total number of victims, seen and unseen, by multiple systems estimation.",
        discussion: """
            From a capture-history CSV file (one 0/1 column per list and `count`, the layout of SparseMSE's UKdat), or with \
            --from-database from the overlap of organisations' registrations of victims (a person registered by two organisations \
            is on both lists). Defaults follow SparseMSE 2.x: stepwise selection with pthresh 0.02 and the wald-log interval. \
            Counts from the database are suppressed as on the pages (LIBERTAS_SUPPRESSION_THRESHOLD).
            """
    )
    @OptionGroup var global: GlobalOptions
    @Argument(help: "A capture-history CSV file.") var file: String?
    @Flag(help: "Estimate from the case registry instead of a file.") var fromDatabase = false
    @ArgumentParser.Option(help: "First year (database).") var from: Int?
    @ArgumentParser.Option(help: "Last year (database; default: the first).") var to: Int?
    @ArgumentParser.Option(name: .customLong("organisation"), help: "An organisation (id or name) as a list; repeat for 2 to 10. Default: every organisation with victims in the years.")
    var organisations: [String] = []
    @Flag(help: "Only victims whose trafficking status is actual, not presumed (database).") var confirmed = false
    @ArgumentParser.Option(help: "Also estimate per sex, age or form (database).") var stratify: String?
    @Flag(help: "Print one JSON object instead of the report.") var json = false
    @ArgumentParser.Option(help: "stepwise (default), main, aic or bic.") var method: String?
    @ArgumentParser.Option(help: "Stepwise p-value threshold (default 0.02).") var pthresh: String?
    @ArgumentParser.Option(help: "wald-log (default), profile or bootstrap.") var interval: String?
    @ArgumentParser.Option(help: "Bootstrap replicates (default 1000).") var replicates: String?
    @ArgumentParser.Option(help: "Bootstrap seed (default 1234).") var seed: String?
    @ArgumentParser.Option(help: "Confidence level (default 0.95).") var level: String?

    func run() async throws {
        let options = EstimateOptionsInput(method: method, pThreshold: pthresh, interval: interval, replicates: replicates, seed: seed, level: level)
        let report: EstimateReports.Report
        switch (file, fromDatabase) {
        case (let file?, false):
            report = try await attempt { try EstimateReports.fromFile(file, options: options) }
        case (nil, true):
            guard let from else {
                Runner.printError("--from-database needs --from YEAR (and --to YEAR for several years).")
                throw ExitCode(64)
            }
            let years = try Report.years(from, to ?? from)
            let config = try Runner.loadConfig(global.flags())
            report = try await Runner.withApplication(config) { app in
                try await attempt {
                    try await EstimateReports.fromDatabase(app, years: years, organisations: organisations, confirmedOnly: confirmed,
                                                           stratify: stratify, options: options)
                }
            }
        default:
            Runner.printError("Give either a CSV file or --from-database.")
            throw ExitCode(64)
        }
        Runner.say(json ? report.json : report.text)
    }

    /// Runs `work`, turning a refusal into its message and exit code 65 (bad input data).
    private func attempt<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let failure as EstimateReports.Failure {
            Runner.printError(failure.description)
            throw ExitCode(65)
        } catch {
            throw Runner.report(error)
        }
    }
}
