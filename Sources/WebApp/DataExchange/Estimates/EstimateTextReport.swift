import Estimation
import Foundation
import Reporting

/// The readable report of `libertas estimate`: the estimate and its interval, the model and the
/// runners-up, the cautions, observed against fitted counts, and the strata. English, as the rest
/// of the command line.
enum EstimateTextReport {
    static func render(_ outcome: EstimateOutcome) -> String {
        let estimate = outcome.estimate
        let interval = estimate.interval
        let rule = outcome.rule
        var lines: [String] = []
        lines.append("Multiple systems estimation: \(outcome.listNames.count) lists (\(outcome.listNames.joined(separator: ", ")))")
        lines.append("")
        lines.append("Observed:  \(rule.text(outcome.observed))")
        lines.append("Estimate:  \(number(estimate.estimate))")
        lines.append("Interval:  \(number(interval.lower)) – \(number(interval.upper)) (\(percent(interval.level)), \(interval.method))")
        lines.append("Method:    \(estimate.selection.method.name)")
        lines.append("Model:     \(estimate.fit.model.description(listNames: outcome.listNames))")
        if !estimate.selection.runnersUp.isEmpty {
            lines.append("")
            lines.append("Runners-up:")
            for alternative in estimate.selection.runnersUp {
                let model = alternative.termNames.isEmpty ? "main effects" : alternative.termNames.joined(separator: " + ")
                lines.append("  \(model): \(number(alternative.estimate)) (\(alternative.scoreName) \(String(format: "%.4g", alternative.score)))")
            }
        }
        if !outcome.warnings.isEmpty {
            lines.append("")
            lines.append("Warnings:")
            lines += outcome.warnings.map { "  - \($0.message)" }
        }
        lines.append("")
        lines.append("Observed and fitted counts (deviance \(String(format: "%.2f", outcome.deviance)) on \(outcome.degreesOfFreedom) df):")
        let width = max(8, outcome.listNames.count)
        lines.append("  " + "pattern".padding(toLength: width, withPad: " ", startingAt: 0) + "  observed     fitted  lists")
        for cell in outcome.cells {
            let flags = cell.pattern.flags(listCount: outcome.listNames.count).padding(toLength: width, withPad: " ", startingAt: 0)
            let observed = rule.text(cell.count).leftPadded(to: 8)
            let fitted = (cell.fitted.map { String(format: "%.1f", $0) } ?? "—").leftPadded(to: 10)
            lines.append("  \(flags)  \(observed) \(fitted)  \(cell.lists.joined(separator: " & "))")
        }
        if outcome.stratifiedBy != nil {
            lines.append("")
            lines.append("By \(outcome.stratifiedBy ?? ""):")
            for stratum in outcome.strata {
                if let figure = stratum.estimate {
                    lines.append("  \(stratum.label): observed \(rule.text(stratum.observed)), estimate \(number(figure.estimate)) "
                        + "(\(number(figure.interval.lower)) – \(number(figure.interval.upper))), model \(figure.fit.model.description(listNames: figure.listNames))")
                } else {
                    lines.append("  \(stratum.label): observed \(rule.text(stratum.observed)), too sparse: \(stratum.tooSparse?.description ?? "")")
                }
            }
        }
        if rule.threshold > 1 {
            lines.append("")
            lines.append(rule.description)
        }
        return lines.joined(separator: "\n")
    }

    private static func number(_ value: Double) -> String {
        value.isFinite ? String(format: "%.2f", value) : "∞"
    }

    private static func percent(_ level: Double) -> String {
        String(format: "%g%%", level * 100)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
