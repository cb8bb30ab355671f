import Estimation
import Foundation
import Reporting

/// Runs the estimator on a table (and its strata) and decides what of the result may be shown.
///
/// With a suppression rule (tables from the registry), the overlap table, the list totals, the
/// observed total and the strata's totals are suppressed together, as one release: they are tied by
/// sums (the patterns add up to the total and to each list's total; the strata add up to the total),
/// so secondary suppression keeps a withheld count from being worked out. Warnings and "too sparse"
/// reasons that quote a count are replaced by ones that quote the threshold instead.
enum EstimateComputation {
    /// The cells of the release, for suppression.
    private enum Released: Hashable, Sendable {
        case total, list(Int), pattern(Int), stratum(String)
    }

    /// Estimates `table` (and each of `strata`, when given). Slow for bootstrap intervals and many
    /// lists: call it off the event loop.
    /// - Throws: `EstimationError` when the estimate of the whole table is refused.
    static func run(_ table: CaptureHistory, strata: [CaptureHistory], stratifiedBy: String?, options: EstimationOptions,
                    rule: SuppressionRule) throws -> EstimateOutcome {
        let estimate = try PopulationEstimator.estimate(table, options: options)
        let diagnostics = Diagnostics.compute(for: estimate, table: table)
        let stratumRules = StratifiedEstimation.Rules()
        let stratumResults = StratifiedEstimation.estimate(strata, options: options, rules: stratumRules)
        let values = released(table, strata: strata).suppression(rule)
        let restricted = rule.threshold > 1

        let fitted = Dictionary(estimate.fit.cells.map { ($0.pattern, $0.fitted) }, uniquingKeysWith: { first, _ in first })
        let cells = table.allPatterns.map { row in
            let count = values[.pattern(row.pattern.mask)] ?? .count(row.count)
            return EstimateOutcome.Cell(pattern: row.pattern, lists: row.pattern.lists.map { table.listNames[$0] }, count: count,
                                        fitted: count.isSuppressed ? nil : fitted[row.pattern])
        }
        let strataOutcome = zip(strata, stratumResults).map { stratumTable, result in
            EstimateOutcome.Stratum(label: result.stratum, observed: values[.stratum(result.stratum)] ?? .count(result.observed),
                                    estimate: result.estimate,
                                    tooSparse: result.tooSparseReason.map { tooSparse($0, table: stratumTable, rules: stratumRules, restricted: restricted) },
                                    droppedLists: result.droppedLists)
        }
        return EstimateOutcome(
            listNames: table.listNames, rule: rule, observed: values[.total] ?? .count(table.observedTotal),
            listTotals: (0..<table.listCount).map { values[.list($0)] ?? .count(table.listTotal($0)) },
            cells: cells, estimate: estimate,
            warnings: restricted ? withoutCounts(estimate.warnings, table: table) : estimate.warnings.map { EstimateOutcome.Warning(kind: $0.kind, message: $0.message) },
            deviance: diagnostics.deviance, degreesOfFreedom: diagnostics.degreesOfFreedom, listInfluence: diagnostics.listInfluence,
            stratifiedBy: stratifiedBy, strata: strataOutcome)
    }

    /// The counts released together and the sums that tie them.
    private static func released(_ table: CaptureHistory, strata: [CaptureHistory]) -> AdditiveTable<Released> {
        var release = AdditiveTable<Released>()
        release.add(.total, count: table.observedTotal)
        let patterns = table.allPatterns
        for row in patterns { release.add(.pattern(row.pattern.mask), count: row.count) }
        release.require(.total, isSumOf: patterns.map { .pattern($0.pattern.mask) })
        for list in 0..<table.listCount {
            release.add(.list(list), count: table.listTotal(list))
            release.require(.list(list), isSumOf: patterns.filter { $0.pattern.contains(list: list) }.map { .pattern($0.pattern.mask) })
        }
        if !strata.isEmpty {
            for stratum in strata { release.add(.stratum(stratum.stratum ?? ""), count: stratum.observedTotal) }
            release.require(.total, isSumOf: strata.map { .stratum($0.stratum ?? "") })
        }
        return release
    }

    /// The warnings with the count-quoting ones replaced by the threshold they fell under.
    private static func withoutCounts(_ warnings: [DataWarning], table: CaptureHistory) -> [EstimateOutcome.Warning] {
        var result: [EstimateOutcome.Warning] = []
        for warning in warnings {
            switch warning.kind {
            case .fewCases:
                result.append(EstimateOutcome.Warning(kind: .fewCases, message: "Fewer than \(DataWarnings.fewCasesThreshold) cases were observed; "
                    + "an estimate from so few is very uncertain."))
            case .smallList:
                // One warning per small list, in list order, as the library gives them.
                let small = (0..<table.listCount).filter { table.listTotal($0) < DataWarnings.smallListThreshold }
                let index = result.filter { $0.kind == .smallList }.count
                let name = index < small.count ? table.listNames[small[index]] : "?"
                result.append(EstimateOutcome.Warning(kind: .smallList, message: "List \(name) has fewer than \(DataWarnings.smallListThreshold) cases."))
            case .fewOverlaps:
                result.append(EstimateOutcome.Warning(kind: .fewOverlaps, message: "Fewer than \(DataWarnings.fewOverlapsThreshold) cases are on more "
                    + "than one list; the estimate rests on those overlaps."))
            default:
                result.append(EstimateOutcome.Warning(kind: warning.kind, message: warning.message))
            }
        }
        return result
    }

    /// Why a stratum is too sparse, saying which minimum it missed rather than its count.
    private static func tooSparse(_ reason: String, table: CaptureHistory, rules: StratifiedEstimation.Rules,
                                  restricted: Bool) -> EstimateOutcome.TooSparse {
        guard restricted else { return .other(reason) }
        if table.observedTotal < rules.minimumObserved { return .fewCases(minimum: rules.minimumObserved) }
        let overlapping = table.allPatterns.filter { $0.pattern.listCount >= 2 }.reduce(0) { $0 + $1.count }
        if overlapping < rules.minimumOverlapping { return .fewOverlaps(minimum: rules.minimumOverlapping) }
        return .other(reason)
    }
}
