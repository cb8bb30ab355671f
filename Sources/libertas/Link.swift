import ArgumentParser
import Foundation
import Linkage
import WebApp

/// `libertas link`: record linkage of person records across agencies, in the
/// CSV layouts of the linkage benchmark (docs/linkage.md).
struct Link: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Link person records that are the same person, across agencies' lists.",
        discussion: """
            Reads record_id, source_list, given_name, family_name, birth_date, sex, nationality_iso3, phone, city and writes \
            record_id,cluster_id (a Fellegi–Sunter model trained on the file itself). For agencies that may not share names, \
            `encode` runs at each agency with a secret key and `match` links the encodings centrally. See docs/linkage.md.
            """,
        subcommands: [LinkFile.self, LinkEncode.self, LinkMatch.self],
        defaultSubcommand: LinkFile.self
    )
}

/// Options shared by the commands that link.
struct LinkOptions: ParsableArguments {
    @Option(help: "Where to write record_id,cluster_id.") var out: String
    @Option(help: "Match probability at or above which two records are linked (0.5–0.999).") var threshold = 0.9
    @Option(help: "Also write the pairs in the review band, with field-level evidence, as JSON.") var review: String?
    @Option(help: "Country calling code for phone numbers written without one.") var countryCode = "44"

    func validate() throws {
        guard (0.5...0.999).contains(threshold) else { throw ValidationError("--threshold must be between 0.5 and 0.999.") }
        guard countryCode.allSatisfy(\.isNumber), (1...3).contains(countryCode.count) else { throw ValidationError("--country-code is 1 to 3 digits, without '+'.") }
    }

    var linkage: LinkageOptions {
        var options = LinkageOptions()
        options.threshold = threshold
        options.defaultCountryCode = countryCode
        return options
    }

    /// Writes the clusters (and the review pairs) and prints the summary line.
    func finish(_ result: LinkageResult) throws {
        var result = result
        try result.writeClusters(to: out)
        if let review {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(result.reviewCandidates).write(to: URL(fileURLWithPath: review))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(result.summary), as: UTF8.self))
    }
}

struct LinkFile: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "file",
        abstract: "Link the records of one CSV file, or with --from-database every person in the registry (the default).",
        discussion: """
            With --from-database the records are the registry's persons (record_id is the person's id, the agency list \
            the organisation holding them). Pairs in the review band become duplicate flags with their field-level \
            evidence, for the national coordinator at /duplicates; the coordinator's decisions are labelled pairs \
            for the next run.
            """
    )
    @Argument(help: "The records, one per line.") var file: String?
    @Flag(help: "Link the persons of the registry instead of a file.") var fromDatabase = false
    @OptionGroup var options: LinkOptions
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if fromDatabase == (file != nil) { throw ValidationError("Give either a CSV file or --from-database.") }
    }

    func run() async throws {
        guard fromDatabase else {
            let result = try linking { try LinkagePipeline.link(csvPath: file ?? "", options: options.linkage, progress: LinkProgress.bar()) }
            return try options.finish(result)
        }
        let config = try Runner.loadConfig(global.flags(), createMissing: false)
        let linkage = options.linkage
        let outcome = try await Runner.withApplication(config) { app in
            try await RegistryLinkage.run(app, options: linkage, progress: LinkProgress.bar())
        }
        FileHandle.standardError.write(Data("""
            \(outcome.result.summary.records) persons; \(outcome.flagged) new pairs for review, \(outcome.refreshed) open ones \
            updated; \(outcome.labelledPairs) reviewed pairs used as labels.\n
            """.utf8))
        try options.finish(outcome.result)
    }
}

struct LinkEncode: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encode",
        abstract: "At an agency: encode its records as keyed Bloom filters, to be sent instead of names and dates."
    )
    @Argument(help: "The agency's records, one per line.") var file: String
    @Option(help: "A file holding the secret key shared by the agencies (never sent to the central site).") var keyFile: String
    @Option(help: "Where to write the encodings.") var out: String
    @Option(help: "Country calling code for phone numbers written without one.") var countryCode = "44"

    func run() throws {
        let key = try LinkKey.read(keyFile)
        let encodings = try linking {
            let records = try RecordCSV.read(path: file)
            return PrivacyPipeline.encode(records: records, key: HMACSHA256(key: key), defaultCountryCode: countryCode)
        }
        try EncodingCSV.csv(encodings).write(toFile: out, atomically: true, encoding: .utf8)
        FileHandle.standardError.write(Data("encoded \(encodings.count) records to \(out)\n".utf8))
    }
}

struct LinkMatch: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "match", abstract: "At the central site: link the agencies' encodings, without the key.")
    @Argument(help: "Encoding files from `libertas link encode`, one or more.") var files: [String]
    @OptionGroup var options: LinkOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one encoding file.") }
    }

    func run() throws {
        let result = try linking {
            var encodings: [EncodedRecord] = []
            for file in files {
                var reader = try LinkageCSVReader(path: file)
                encodings += try EncodingCSV.read(&reader)
            }
            return PrivacyPipeline.link(encodings: encodings, options: options.linkage, progress: LinkProgress.bar())
        }
        try options.finish(result)
    }
}

/// The shared secret of the privacy-preserving mode.
enum LinkKey {
    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("Cannot read the key file \(path).") }
        let key = Array(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        // Shorter keys can be guessed, and a guessed key opens every encoding to a dictionary attack.
        guard key.count >= 16 else { throw ValidationError("The key in \(path) is shorter than 16 characters.") }
        return key
    }
}

/// Progress of the linkage phases on the terminal.
enum LinkProgress {
    static func bar() -> LinkageProgress {
        let progress = TerminalProgress()
        return { phase, done, total in
            progress.update(done: done, of: total, phase)
            if done == total { progress.finish() }
        }
    }
}

/// Runs `work`, turning a malformed input file into its message (with the row) and exit code 65.
private func linking<T>(_ work: () throws -> T) throws -> T {
    do {
        return try work()
    } catch let error as LinkageCSVError {
        FileHandle.standardError.write(Data("libertas link: \(error.description)\n".utf8))
        throw ExitCode(65)
    }
}
