import ArgumentParser
import Fluent
import Foundation
import Storage
import Vapor
import WebApp

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import cases from a file.",
        discussion: """
        Every row is checked; a bad row is reported (row number, column, message) in the error file and the rest are imported.
        Importing the same file again adds nothing: each case remembers the file and row, or the case reference, it came from.
        """,
        subcommands: [HTCDS.self, CTDC.self, GLOTIP.self, Knowledge.self]
    )

    struct Knowledge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import knowledge-portal records (court cases, laws, publications) from JSON or CSV.",
            discussion: """
            JSON: an array of records in the API's KnowledgeRecord form, each optionally with sourceId, publish and attachment.
            CSV: one record per row in the layout of docs/knowledge.md, lists separated by ;.
            An attachment (a path relative to the file, PDF or text) becomes the record's full text; PDFs are read with pdftotext.
            Records are drafts unless --publish is given or the row says publish. A row whose sourceId was imported before is skipped.
            """
        )
        @OptionGroup var global: GlobalOptions
        @ArgumentParser.Argument(help: "The file: .json or .csv.") var file: String
        @ArgumentParser.Option(name: .customLong("errors"), help: "Where to write rejected rows (CSV). Default: <file>.errors.csv") var errorsFile: String?
        @ArgumentParser.Flag(help: "Publish the records at once (rows may still say publish: false).") var publish = false
        @ArgumentParser.Flag(help: "Print only a one-line JSON summary: {\"read\":N,\"imported\":N,\"skipped\":N,\"errors\":N}.") var json = false

        func run() async throws {
            let url = URL(fileURLWithPath: file)
            guard FileManager.default.isReadableFile(atPath: url.path) else {
                Runner.printError("Cannot read \(file).")
                throw ExitCode(66)
            }
            let errorsURL = URL(fileURLWithPath: errorsFile ?? (file + ".errors.csv"))
            let config = try Runner.loadConfig(global.flags())
            let summary = try await Runner.withApplication(config) { app in try await KnowledgeFileImport.run(app, url: url, errorsURL: errorsURL, publish: publish) }
            if json { return Runner.say(summary.jsonLine) }
            Runner.say("Read \(summary.read) records: \(summary.imported) imported, \(summary.skipped) already there, \(summary.errors) with errors.")
            if summary.errors > 0 { Runner.say("Rejected rows and why: \(errorsURL.path)") }
        }
    }

    struct GLOTIP: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "glotip",
            abstract: "Import the UNODC GLOTIP export (CSV, or the XLSX with its banner rows) to compare national figures with UNODC's.",
            discussion: "The file replaces every figure already imported for the countries it contains. Bad rows are listed with their row number and skipped."
        )
        @OptionGroup var global: GlobalOptions
        @ArgumentParser.Argument(help: "The export: CSV or XLSX.") var file: String
        @ArgumentParser.Flag(help: "Print the summary as one JSON object.") var json = false

        func run() async throws {
            let url = URL(fileURLWithPath: file)
            guard FileManager.default.isReadableFile(atPath: url.path) else {
                Runner.printError("Cannot read \(file).")
                throw ExitCode(66)
            }
            let config = try Runner.loadConfig(global.flags())
            let summary = try await Runner.withApplication(config) { app in try await GLOTIPFigureImport(app: app).run(url: url) }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                Runner.say(String(decoding: try encoder.encode(summary), as: UTF8.self))
            } else {
                Runner.say("Read \(summary.read) rows: \(summary.imported) figures for \(summary.countries) countries imported (\(summary.suppressed) withheld by UNODC as <5), \(summary.problems) rows with problems.")
                for problem in summary.firstProblems { Runner.say("  \(problem)") }
                if summary.citizenshipLabelsUnmapped > 0 { Runner.say("\(summary.citizenshipLabelsUnmapped) citizenship labels could not be mapped to a country; their figures are kept under the label.") }
            }
        }
    }

    struct Options: ParsableArguments {
        @ArgumentParser.Argument(help: "The file: CSV, or XLSX (first sheet).")
        var file: String

        @ArgumentParser.Option(help: "The organisation the cases belong to (its name). Needed when there is more than one.")
        var organisation: String?

        @ArgumentParser.Option(name: .customLong("errors"), help: "Where to write rejected rows (CSV). Default: <file>.errors.csv")
        var errorsFile: String?

        @ArgumentParser.Option(help: "A name for this file in the cases' source ids. Default: the file name.")
        var source: String?

        @ArgumentParser.Flag(help: "Print only a one-line JSON summary: {\"read\":N,\"imported\":N,\"skipped\":N,\"errors\":N}.")
        var json = false
    }

    struct HTCDS: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import the HTCDS v2.0 layout (one row per victim; see docs/htcds-layout.md).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: Options
        func run() async throws { try await Import.run(.htcds, global: global, options: options) }
    }

    struct CTDC: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import a CTDC file: 2017 k-anonymised, 2024/2025 synthetic, or victim–perpetrator synthetic.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: Options
        func run() async throws { try await Import.run(.ctdc, global: global, options: options) }
    }

    static func run(_ format: CaseImportFormat, global: GlobalOptions, options: Options) async throws {
        let url = URL(fileURLWithPath: options.file)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            Runner.printError("Cannot read \(options.file).")
            throw ExitCode(66)
        }
        let errorsURL = URL(fileURLWithPath: options.errorsFile ?? (options.file + ".errors.csv"))
        let config = try Runner.loadConfig(global.flags())
        let summary = try await Runner.withApplication(config) { app in
            let organisation = try await Runner.organisation(named: options.organisation, in: app)
            let importer = CaseImport(app: app, organisationID: try organisation.requireID(), actor: .system("cli"), origin: .commandLine)
            let progress = options.json ? nil : TerminalProgress()
            let summary = try await importer.run(format, url: url, source: options.source, errorsURL: errorsURL, progress: progress)
            progress?.finish()
            return summary
        }
        if options.json {
            Runner.say(summary.jsonLine)
        } else {
            Runner.say("Read \(summary.read) rows: \(summary.imported) imported, \(summary.skipped) already there, \(summary.errors) with errors.")
            if summary.errors > 0 { Runner.say("Rejected rows and why: \(errorsURL.path)") }
        }
    }
}

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export cases to a file.", subcommands: [HTCDS.self])

    struct HTCDS: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Export the HTCDS v2.0 layout: one row per victim, multi-select values joined by ;.")
        @OptionGroup var global: GlobalOptions

        @ArgumentParser.Option(help: "The CSV file to write.")
        var out: String

        @ArgumentParser.Option(help: "Only the cases of this organisation (its name). Default: every case.")
        var organisation: String?

        func run() async throws {
            let config = try Runner.loadConfig(global.flags(), createMissing: false)
            let url = URL(fileURLWithPath: out)
            let rows = try await Runner.withApplication(config) { app in
                var organisationID: UUID?
                if let organisation { organisationID = try await Runner.organisation(named: organisation, in: app).requireID() }
                return try await CaseExport(app: app).htcds(to: url, organisationID: organisationID, actor: .system("cli"), origin: .commandLine)
            }
            Runner.say("Wrote \(rows) victims to \(url.path).")
        }
    }
}
