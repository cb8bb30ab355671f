import Foundation
import Vapor

/// Multiple systems estimation of the hidden number of victims, for analysts and the coordinator:
/// from the registry's overlap of organisations (counts suppressed as in every statistic), or from
/// a researcher's own capture-history table (returned in full: the caller supplied it).
enum EstimatesAPI {
    static let tag = "Estimates"

    private static let optionParameters: [APIOperation.Parameter] = [
        .query("method", "Model selection: stepwise (default, SparseMSE 2.x), main (main effects only), aic or bic (all models with two-list terms, up to 6 lists).",
               .string(values: EstimateOptionsInput.methods)),
        .query("pthresh", "Stepwise selection's p-value threshold (default 0.02)."),
        .query("interval", "wald-log (default, SparseMSE's), profile (profile likelihood) or bootstrap (re-runs model selection on each replicate).",
               .string(values: EstimateOptionsInput.intervals)),
        .query("replicates", "Bootstrap replicates (default 1000).", .integer(minimum: 1, maximum: EstimateOptionsInput.maximumReplicates)),
        .query("seed", "Bootstrap seed (default 1234): the same seed gives the same interval.", .integer(minimum: 0)),
        .query("level", "Confidence level (default 0.95)."),
    ]

    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/estimates", operationID: "getEstimate",
            summary: "Multiple systems estimate of the total number of victims, seen and unseen, from the overlap of organisations' registrations of victims in the years asked (a person registered by two organisations is on both lists; exact person ids are the linkage). Counts from 1 to the threshold minus one are withheld (null, text \"<5\"), and so are counts that would reveal them (\"x\"); the estimate is computed from the true counts. Analysts and the coordinator.",
            tag: tag,
            parameters: StatisticsAPI.periodParameters + [
                .query("organisations", "2 to 10 organisation ids, comma-separated: the lists (default: every organisation with victims in the period, if there are 2 to 10)."),
                .query("stratify", "Also estimate per GLOTIP sex, age group or form of exploitation.", .string(values: ["sex", "age", "form"])),
            ] + optionParameters,
            success: .init(status: 200, description: "The estimate, its interval and model, the overlap table, diagnostics and strata.", schema: .ref("Estimate")),
            errors: [403, 422]
        )) { request in
            let caller = try request.caller()
            try await request.estimateService.authorize(caller)
            let asked = try EstimateRequest.parse(request)
            let (lists, outcome) = try await request.estimateService.fromRegistry(caller, asked)
            guard let outcome else { throw AppError.invalid([FieldError("from", .estimatesNoVictims)]) }
            return EstimateDTO(outcome, listIDs: lists.ids)
        }

        api.add(APIOperation(
            method: .POST, path: "/estimates", operationID: "estimateFromTable",
            summary: "Multiple systems estimate from a capture-history table you supply: list names and one row per observed pattern (one 0/1 flag per list) with its count, plus the same options as the GET (`method`, `pthresh`, `interval`, `replicates`, `seed`, `level`). Nothing is suppressed: the figures are yours. Analysts and the coordinator.",
            tag: tag,
            requestBody: CaptureHistoryInput.schema,
            success: .init(status: 200, description: "The estimate, its interval and model, the overlap table and diagnostics.", schema: .ref("Estimate")),
            errors: [400, 403, 422]
        )) { request in
            let caller = try request.caller()
            try await request.estimateService.authorize(caller)
            let input = try request.content.decode(CaptureHistoryInput.self)
            let options = try input.options.options()
            return EstimateDTO(try await request.estimateService.fromTable(caller, try input.table(), options: options))
        }
    }
}
