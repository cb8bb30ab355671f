import Estimation
import Foundation
import Reporting
import Vapor

/// An estimate as JSON, for the API and `libertas estimate --json`. Withheld counts are null, with
/// their text (`<5`, `x`) beside them; an unbounded upper limit is null.
struct EstimateDTO: Content {
    struct Alternative: Content { var model: [String]; var estimate: Double; var score: Double; var scoreName: String }
    struct Warning: Content { var kind: String; var message: String }
    struct List: Content { var name: String; var id: UUID?; var count: Int?; var text: String }
    struct Cell: Content { var pattern: String; var lists: [String]; var count: Int?; var text: String; var fitted: Double? }
    struct Influence: Content { var list: String; var estimate: Double?; var relativeChange: Double?; var model: [String]; var problem: String? }
    struct Diagnostics: Content { var deviance: Double; var degreesOfFreedom: Int; var listInfluence: [Influence] }
    struct Stratum: Content {
        var stratum: String; var observed: Int?; var text: String
        var estimate: Double?; var lower: Double?; var upper: Double?; var model: [String]?
        var tooSparse: String?; var droppedLists: [String]
    }

    var observed: Int?
    var observedText: String
    var estimate: Double
    var lower: Double
    var upper: Double?
    var level: Double
    /// `wald-log`, `profile` or `bootstrap`.
    var interval: String
    /// How the limits were read: `wald-log`, `profile`, `bootstrap-bca` or `bootstrap-percentile`.
    var intervalDetail: String
    var method: String
    var model: [String]
    var runnersUp: [Alternative]
    var warnings: [Warning]
    var lists: [List]
    /// Every observable pattern with its count and the chosen model's fitted count.
    var overlap: [Cell]
    var diagnostics: Diagnostics
    var suppression: String
    var stratifiedBy: String?
    var strata: [Stratum]?

    init(_ outcome: EstimateOutcome, listIDs: [UUID] = []) {
        let estimate = outcome.estimate
        let rule = outcome.rule
        observed = outcome.observed.count
        observedText = rule.text(outcome.observed)
        self.estimate = estimate.estimate
        lower = estimate.interval.lower
        upper = Self.finite(estimate.interval.upper)
        level = estimate.interval.level
        // The three kinds of interval, as `--interval` names them; the detail says how a bootstrap was read.
        interval = estimate.interval.method.hasPrefix("bootstrap") ? "bootstrap" : estimate.interval.method
        intervalDetail = estimate.interval.method
        method = estimate.selection.method.name
        model = estimate.model
        runnersUp = estimate.selection.runnersUp.map { Alternative(model: $0.termNames, estimate: $0.estimate, score: $0.score, scoreName: $0.scoreName) }
        warnings = outcome.warnings.map { Warning(kind: $0.kind.rawValue, message: $0.message) }
        lists = outcome.listNames.indices.map { index in
            List(name: outcome.listNames[index], id: index < listIDs.count ? listIDs[index] : nil,
                 count: outcome.listTotals[index].count, text: rule.text(outcome.listTotals[index]))
        }
        overlap = outcome.cells.map {
            Cell(pattern: $0.pattern.flags(listCount: outcome.listNames.count), lists: $0.lists, count: $0.count.count,
                 text: rule.text($0.count), fitted: $0.fitted)
        }
        diagnostics = Diagnostics(deviance: outcome.deviance, degreesOfFreedom: outcome.degreesOfFreedom, listInfluence: outcome.listInfluence.map {
            Influence(list: $0.listName, estimate: $0.estimate, relativeChange: $0.relativeChange, model: $0.termNames, problem: $0.problem)
        })
        suppression = rule.description
        stratifiedBy = outcome.stratifiedBy
        strata = outcome.stratifiedBy == nil ? nil : outcome.strata.map {
            Stratum(stratum: $0.label, observed: $0.observed.count, text: rule.text($0.observed), estimate: $0.estimate?.estimate,
                    lower: $0.estimate?.interval.lower, upper: ($0.estimate?.interval.upper).flatMap(Self.finite),
                    model: $0.estimate?.model, tooSparse: $0.tooSparse?.description, droppedLists: $0.droppedLists)
        }
    }

    private static func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }

    static let schema: JSONSchema = .object([
        ("observed", .nullable(.integer(minimum: 0))), ("observedText", .string()),
        ("estimate", .number), ("lower", .number), ("upper", .nullable(.number)), ("level", .number),
        ("interval", .string(values: EstimateOptionsInput.intervals)),
        ("intervalDetail", .string(values: ["wald-log", "profile", "bootstrap-bca", "bootstrap-percentile"])),
        ("method", .string(values: EstimateOptionsInput.methods)),
        ("model", .array(.string())),
        ("runnersUp", .array(.object([("model", .array(.string())), ("estimate", .number), ("score", .number), ("scoreName", .string())],
                                     required: ["model", "estimate", "score", "scoreName"]))),
        ("warnings", .array(.object([("kind", .string()), ("message", .string())], required: ["kind", "message"]))),
        ("lists", .array(.object([("name", .string()), ("id", .nullable(.uuid)), ("count", .nullable(.integer(minimum: 0))), ("text", .string())],
                                 required: ["name", "text"]))),
        ("overlap", .array(.object([
            ("pattern", .string()), ("lists", .array(.string())), ("count", .nullable(.integer(minimum: 0))), ("text", .string()),
            ("fitted", .nullable(.number)),
        ], required: ["pattern", "lists", "text"]))),
        ("diagnostics", .object([
            ("deviance", .number), ("degreesOfFreedom", .integer()),
            ("listInfluence", .array(.object([
                ("list", .string()), ("estimate", .nullable(.number)), ("relativeChange", .nullable(.number)), ("model", .array(.string())),
                ("problem", .nullable(.string())),
            ], required: ["list", "model"]))),
        ], required: ["deviance", "degreesOfFreedom", "listInfluence"])),
        ("suppression", .string()),
        ("stratifiedBy", .nullable(.string(values: ["sex", "age", "form"]))),
        ("strata", .nullable(.array(.object([
            ("stratum", .string()), ("observed", .nullable(.integer(minimum: 0))), ("text", .string()),
            ("estimate", .nullable(.number)), ("lower", .nullable(.number)), ("upper", .nullable(.number)), ("model", .nullable(.array(.string()))),
            ("tooSparse", .nullable(.string())), ("droppedLists", .array(.string())),
        ], required: ["stratum", "text", "droppedLists"])))),
    ], required: ["observedText", "estimate", "lower", "level", "interval", "intervalDetail", "method", "model", "runnersUp", "warnings",
                  "lists", "overlap", "diagnostics", "suppression"])
}
