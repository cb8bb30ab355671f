import Foundation
import Storage
import Vapor

/// What an estimate from the registry asks for, read from the query string the same way by the API
/// and the page: `from`, `to` and `confirmed` as for statistics, `organisations` (ids, comma-separated
/// or repeated as `organisations[]`), `stratify` (`sex`, `age` or `form`) and the estimation options
/// (`method`, `pthresh`, `interval`, `replicates`, `seed`, `level`).
struct EstimateRequest: Sendable {
    var from: Int
    var to: Int
    var confirmedOnly: Bool
    /// The lists; empty asks for every organisation with victims in the period.
    var organisationIDs: [UUID]
    var stratify: CaptureHistoryQuery.Stratum?
    var options: EstimateOptionsInput

    var filter: StatisticsFilter { StatisticsFilter(years: from...to, organisationIDs: organisationIDs, confirmedOnly: confirmedOnly) }

    static func parse(_ request: Request) throws -> EstimateRequest {
        let period = try StatisticsRequest.parse(request)
        var validator = Validator()
        var ids: [UUID] = []
        let given = (try? request.query.get([String].self, at: "organisations")) ?? request.queryValue("organisations").map { [$0] } ?? []
        for text in given.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces) }) where !text.isEmpty {
            guard let id = UUID(uuidString: text) else {
                validator.add("organisations", .estimatesBadOrganisation)
                break
            }
            if !ids.contains(id) { ids.append(id) }
        }
        var stratify: CaptureHistoryQuery.Stratum?
        if let text = request.queryValue("stratify") {
            stratify = CaptureHistoryQuery.Stratum(rawValue: text)
            if stratify == nil { validator.add("stratify", .validationChoice) }
        }
        try validator.throwIfInvalid()
        let options = EstimateOptionsInput(method: request.queryValue("method"), pThreshold: request.queryValue("pthresh"),
                                           interval: request.queryValue("interval"), replicates: request.queryValue("replicates"),
                                           seed: request.queryValue("seed"), level: request.queryValue("level"))
        return EstimateRequest(from: period.from, to: period.to, confirmedOnly: period.confirmedOnly, organisationIDs: ids,
                               stratify: stratify, options: options)
    }
}
