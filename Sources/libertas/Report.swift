import ArgumentParser
import Foundation
import WebApp

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write national statistics files: GLOTIP questionnaire tables and SDG 16.2.2.",
        discussion: "Small counts are suppressed as on the pages (LIBERTAS_SUPPRESSION_THRESHOLD, default: 1–4 shown as <5; x marks a cell withheld to protect one).",
        subcommands: [GLOTIP.self, SDG.self]
    )

    struct GLOTIP: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "glotip",
            abstract: "The GLOTIP tables in the UNODC export's long layout (Iso3_code, …, Indicator, Dimension, Category, Sex, Age, Year, …, txtVALUE, Source)."
        )
        @OptionGroup var global: GlobalOptions
        @ArgumentParser.Option(help: "The reporting country (ISO 3166-1 alpha-3). Default: LIBERTAS_COUNTRY.") var country: String?
        @ArgumentParser.Option(help: "First year.") var from: Int
        @ArgumentParser.Option(help: "Last year (default: the first).") var to: Int?
        @ArgumentParser.Option(help: "Where to write the CSV.") var out: String
        @ArgumentParser.Option(help: "libertas: the registry's own cases (default); glotip: the figures imported from UNODC with `libertas import glotip`.")
        var source = "libertas"

        func run() async throws {
            let years = try Report.years(from, to ?? from)
            guard ["libertas", "glotip"].contains(source) else {
                Runner.printError("Unknown source '\(source)'; use libertas or glotip.")
                throw ExitCode(64)
            }
            let config = try Runner.loadConfig(global.flags())
            let result = try await Runner.withApplication(config) { app in
                try await Report.attempt {
                    let reports = StatisticsReports(app: app)
                    return source == "glotip"
                        ? try await reports.glotipFromImport(country: country, years: years)
                        : try await reports.glotipFromCases(country: country, years: years)
                }
            }
            try Report.write(result.csv, to: out)
            Runner.say("Wrote \(result.rows) rows for \(years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)") to \(out).")
        }
    }

    struct SDG: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "sdg-16-2-2", abstract: "SDG indicator 16.2.2: detected victims per 100,000 population (UN WPP 2024).")
        @OptionGroup var global: GlobalOptions
        @ArgumentParser.Option(help: "The reporting country (ISO 3166-1 alpha-3). Default: LIBERTAS_COUNTRY.") var country: String?
        @ArgumentParser.Option(help: "The year.") var year: Int
        @ArgumentParser.Option(help: "The layout: open-sdg (the CSV national SDG platforms publish).") var format = "open-sdg"
        @ArgumentParser.Option(help: "Where to write the CSV.") var out: String

        func run() async throws {
            guard format == "open-sdg" else {
                Runner.printError("Unknown format '\(format)'; the only one is open-sdg.")
                throw ExitCode(64)
            }
            _ = try Report.years(year, year)
            let config = try Runner.loadConfig(global.flags())
            let result = try await Runner.withApplication(config) { app in
                try await Report.attempt { try await StatisticsReports(app: app).sdgOpenSDG(country: country, year: year) }
            }
            try Report.write(result.csv, to: out)
            Runner.say("Wrote \(result.rows) rows for \(year) to \(out).")
        }
    }

    static func years(_ first: Int, _ last: Int) throws -> ClosedRange<Int> {
        guard (1900...2100).contains(first), (1900...2100).contains(last), first <= last else {
            Runner.printError("The years must run forwards between 1900 and 2100 (got \(first)–\(last)).")
            throw ExitCode(64)
        }
        return first...last
    }

    /// Runs `work`, turning a known failure into its message and exit code 65 (bad input data).
    static func attempt<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let failure as StatisticsReports.Failure {
            Runner.printError(failure.description)
            throw ExitCode(65)
        }
    }

    static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Runner.printError("Cannot write \(path): \(error.localizedDescription)")
            throw ExitCode(73)
        }
    }
}
