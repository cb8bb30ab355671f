import Charts
import Estimation
import Foundation
import Localization
import Reporting

/// The result sections of the estimate page. Counts come from the outcome's reported values
/// (withheld where small), never from the estimate's own tables.
enum EstimatesSections {
    static func results(_ context: PageContext, _ outcome: EstimateOutcome) -> HTMLNode {
        let t = context.t
        let rule = outcome.rule
        return div(.id("estimate-results")) {
            if rule.threshold > 1 {
                p(.class("notice"), .id("suppression-rule")) { t(.statsSuppressionNote, ["threshold": "\(rule.threshold)", "max": "\(rule.threshold - 1)"]) }
            }
            summary(context, outcome)
            warnings(context, outcome)
            overlap(context, outcome)
            fit(context, outcome)
            if outcome.stratifiedBy != nil { strata(context, outcome) }
        }
    }

    /// The estimate in words and numbers, the chosen model and the runners-up.
    static func summary(_ context: PageContext, _ outcome: EstimateOutcome) -> HTMLNode {
        let t = context.t
        let estimate = outcome.estimate
        let level = String(format: "%g", estimate.interval.level * 100)
        return section(.id("estimate"), .aria("labelledby", "estimate-heading")) {
            h2(.id("estimate-heading")) { t(.estimatesEstimate) }
            p(.id("estimate-summary")) {
                t(.estimatesSummary, ["estimate": number(estimate.estimate, t), "level": level, "lower": number(estimate.interval.lower, t),
                                      "upper": number(estimate.interval.upper, t), "observed": outcome.rule.text(outcome.observed)])
            }
            dl(.class("details")) {
                dt { t(.estimatesObserved) }; dd { outcome.rule.text(outcome.observed) }
                dt { t(.estimatesTotal) }; dd { number(estimate.estimate, t) }
                dt { t(.estimatesLimits, ["level": level]) }; dd { number(estimate.interval.lower, t) + " – " + number(estimate.interval.upper, t) }
                dt { t(.estimatesIntervalMethod) }; dd { estimate.interval.method }
                dt { t(.estimatesMethod) }; dd { estimate.selection.method.name }
                dt { t(.estimatesModel) }; dd(.id("estimate-model")) { modelText(estimate.model, t) }
            }
            h3 { t(.estimatesRunnersUp) }
            if estimate.selection.runnersUp.isEmpty {
                p { t(.estimatesNoRunnersUp) }
            } else {
                table(.id("runners-up")) {
                    thead { tr { th(.scope("col")) { t(.estimatesAlternativeModel) }; th(.scope("col")) { t(.estimatesTotal) }; th(.scope("col")) { t(.estimatesScore) } } }
                    tbody {
                        for alternative in estimate.selection.runnersUp {
                            tr {
                                td { modelText(alternative.termNames, t) }
                                td { number(alternative.estimate, t) }
                                td { "\(alternative.scoreName) \(String(format: "%.3g", alternative.score))" }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The cautions, in the reader's language; their details are in the tables below.
    static func warnings(_ context: PageContext, _ outcome: EstimateOutcome) -> HTMLNode {
        let t = context.t
        let kinds = outcome.warnings.map(\.kind).reduce(into: [DataWarning.Kind]()) { if !$0.contains($1) { $0.append($1) } }
        guard !kinds.isEmpty else { return .empty }
        return section(.id("warnings"), .aria("labelledby", "warnings-heading")) {
            h2(.id("warnings-heading")) { t(.estimatesWarnings) }
            ul { for kind in kinds { li(Attribute("data-kind", kind.rawValue)) { t(warningKey(kind)) } } }
        }
    }

    /// The overlap of the lists: each list's size, each observed pattern, and for three lists a diagram.
    static func overlap(_ context: PageContext, _ outcome: EstimateOutcome) -> HTMLNode {
        let t = context.t
        let rule = outcome.rule
        let names = outcome.listNames
        return section(.id("overlap"), .aria("labelledby", "overlap-heading")) {
            h2(.id("overlap-heading")) { t(.estimatesOverlap) }
            table(.id("list-totals")) {
                caption { t(.estimatesListTotals) }
                thead { tr { th(.scope("col")) { t(.estimatesLists) }; th(.scope("col")) { t(.estimatesPersons) } } }
                tbody { for (index, name) in names.enumerated() { tr { th(.scope("row")) { name }; td { rule.text(outcome.listTotals[index]) } } } }
            }
            if names.count == 3 {
                element("figure", [.class("chart"), .id("venn")]) {
                    HTMLNode.chart(Venn3.svg(
                        names: names, regions: Dictionary(uniqueKeysWithValues: outcome.cells.map { ($0.pattern.mask, rule.text($0.count)) }),
                        title: t(.estimatesVennTitle, ["a": names[0], "b": names[1], "c": names[2]]), description: t(.estimatesVennDescription)))
                }
            }
            table(.id("overlap-table")) {
                caption { t(.estimatesOverlapCaption) }
                thead { tr { th(.scope("col")) { t(.estimatesLists) }; th(.scope("col")) { t(.estimatesPersons) } } }
                tbody {
                    for cell in outcome.cells where cell.count != .count(0) {
                        tr { th(.scope("row")) { cell.lists.joined(separator: " + ") }; td { rule.text(cell.count) } }
                    }
                }
            }
        }
    }

    /// Observed against fitted counts for the observed patterns, and the deviance.
    static func fit(_ context: PageContext, _ outcome: EstimateOutcome) -> HTMLNode {
        let t = context.t
        return section(.id("fit"), .aria("labelledby", "fit-heading")) {
            h2(.id("fit-heading")) { t(.estimatesFit) }
            table(.id("fit-table")) {
                thead { tr { th(.scope("col")) { t(.estimatesLists) }; th(.scope("col")) { t(.estimatesObserved) }; th(.scope("col")) { t(.estimatesFitted) } } }
                tbody {
                    for cell in outcome.cells where cell.count != .count(0) {
                        tr {
                            th(.scope("row")) { cell.lists.joined(separator: " + ") }
                            td { outcome.rule.text(cell.count) }
                            td { cell.fitted.map { String(format: "%.1f", $0) } ?? "—" }
                        }
                    }
                }
            }
            p { t(.estimatesDeviance, ["deviance": String(format: "%.2f", outcome.deviance), "df": "\(outcome.degreesOfFreedom)"]) }
        }
    }

    /// One row per stratum: its estimate, or why it has none.
    static func strata(_ context: PageContext, _ outcome: EstimateOutcome) -> HTMLNode {
        let t = context.t
        return section(.id("strata"), .aria("labelledby", "strata-heading")) {
            h2(.id("strata-heading")) { t(.estimatesStrata) }
            table(.id("strata-table")) {
                thead { tr {
                    th(.scope("col")) { t(.estimatesStratum) }; th(.scope("col")) { t(.estimatesObserved) }
                    th(.scope("col")) { t(.estimatesTotal) }; th(.scope("col")) { t(.estimatesModel) }
                } }
                tbody {
                    for stratum in outcome.strata {
                        tr {
                            th(.scope("row")) { stratumLabel(stratum.label, outcome.stratifiedBy, t) }
                            td { outcome.rule.text(stratum.observed) }
                            if let estimate = stratum.estimate {
                                td { "\(number(estimate.estimate, t)) (\(number(estimate.interval.lower, t)) – \(number(estimate.interval.upper, t)))" }
                                td { modelText(estimate.model, t) }
                            } else {
                                td(Attribute("colspan", "2")) { tooSparseText(stratum.tooSparse, t) }
                            }
                        }
                    }
                }
            }
        }
    }

    static func assumptions(_ context: PageContext) -> HTMLNode {
        section(.id("assumptions"), .aria("labelledby", "assumptions-heading")) {
            h2(.id("assumptions-heading")) { context.t(.estimatesAssumptions) }
            p { context.t(.estimatesAssumptionsText) }
        }
    }

    private static func number(_ value: Double, _ t: Localizer) -> String {
        value.isFinite ? t.number(Int(value.rounded())) : t(.estimatesUnbounded)
    }

    private static func modelText(_ terms: [String], _ t: Localizer) -> String {
        terms.isEmpty ? t(.estimatesMainEffects) : terms.joined(separator: " + ")
    }

    private static func tooSparseText(_ reason: EstimateOutcome.TooSparse?, _ t: Localizer) -> String {
        switch reason {
        case .fewCases(let minimum): t(.estimatesTooSparseFewCases, ["minimum": "\(minimum)"])
        case .fewOverlaps(let minimum): t(.estimatesTooSparseFewOverlaps, ["minimum": "\(minimum)"])
        case .other(let text): t(.estimatesTooSparse, ["reason": text])
        case nil: ""
        }
    }

    private static func stratumLabel(_ label: String, _ stratifiedBy: String?, _ t: Localizer) -> String {
        switch stratifiedBy {
        case "sex": GLOTIPSex(rawValue: label).map { StatisticsSections.label($0, t) } ?? label
        case "age": GLOTIPAge(rawValue: label).map { StatisticsSections.label($0, t) } ?? label
        default: StatisticsSections.formLabel(label, t)
        }
    }

    private static func warningKey(_ kind: DataWarning.Kind) -> TextKey {
        switch kind {
        case .fewCases: .estimatesWarningFewCases
        case .smallList: .estimatesWarningSmallList
        case .isolatedList: .estimatesWarningIsolatedList
        case .emptyOverlap: .estimatesWarningEmptyOverlap
        case .fewOverlaps: .estimatesWarningFewOverlaps
        case .sparseTable: .estimatesWarningSparseTable
        case .droppedTerms: .estimatesWarningDroppedTerms
        case .bootstrapFailures: .estimatesWarningBootstrapFailures
        case .unboundedInterval: .estimatesWarningUnbounded
        }
    }
}
