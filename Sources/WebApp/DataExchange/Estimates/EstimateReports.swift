import Estimation
import Fluent
import Foundation
import Storage
import Vapor

/// `libertas estimate`: an estimate from a capture-history CSV file or from the registry, as a
/// readable report or as one JSON object. The registry's counts are suppressed as on the pages
/// (what the command prints may be published); a file's are the user's own and shown in full.
public enum EstimateReports {
    /// A refusal the command line prints as it is.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The two renderings of one estimate.
    public struct Report {
        /// One JSON object (`observed`, `estimate`, `lower`, `upper`, `interval`, `model`, `method`, …).
        public let json: String
        /// The report for people.
        public let text: String
    }

    /// An estimate from a CSV file in the layout of `../shared/data/mse/`: one 0/1 column per list
    /// and `count`. Bad files are refused with the line number.
    public static func fromFile(_ path: String, options: EstimateOptionsInput) throws -> Report {
        let estimationOptions = try options.options()
        guard FileManager.default.isReadableFile(atPath: path) else { throw Failure(description: "Cannot read \(path).") }
        do {
            let table = try CaptureHistoryCSV.read(contentsOf: URL(fileURLWithPath: path))
            return try report(EstimateComputation.run(table, strata: [], stratifiedBy: nil, options: estimationOptions, rule: .none), listIDs: [])
        } catch let error as EstimationError {
            throw Failure(description: "\(path): \(error.description)")
        }
    }

    /// An estimate from the registry, for the operator.
    /// - Parameters:
    ///   - organisations: ids or names of 2 to 10 organisations; empty for every organisation with
    ///     victims in the years.
    ///   - stratify: `sex`, `age` or `form`.
    public static func fromDatabase(_ app: Application, years: ClosedRange<Int>, organisations: [String], confirmedOnly: Bool,
                                    stratify: String?, options: EstimateOptionsInput) async throws -> Report {
        var stratum: CaptureHistoryQuery.Stratum?
        if let stratify {
            guard let value = CaptureHistoryQuery.Stratum(rawValue: stratify) else {
                throw Failure(description: "Unknown stratification '\(stratify)'; use sex, age or form.")
            }
            stratum = value
        }
        var ids: [UUID] = []
        for text in organisations {
            if let id = UUID(uuidString: text) {
                ids.append(id)
            } else if let found = try await OrganisationModel.query(on: app.db).filter(\.$nameKey == text.lowercased()).first() {
                ids.append(try found.requireID())
            } else {
                throw Failure(description: "There is no organisation called \"\(text)\".")
            }
        }
        let asked = EstimateRequest(from: years.lowerBound, to: years.upperBound, confirmedOnly: confirmedOnly, organisationIDs: ids,
                                    stratify: stratum, options: options)
        let service = EstimateService(database: app.db, context: app.libertas, threadPool: app.threadPool)
        let (lists, outcome) = try await service.compute(asked)
        guard let outcome else { throw Failure(description: "No victims were registered in \(years) by the organisations chosen.") }
        return try report(outcome, listIDs: lists.ids)
    }

    private static func report(_ outcome: EstimateOutcome, listIDs: [UUID]) throws -> Report {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(EstimateDTO(outcome, listIDs: listIDs)), as: UTF8.self)
        return Report(json: json, text: EstimateTextReport.render(outcome))
    }
}
