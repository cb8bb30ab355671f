import CaseModel
import Foundation
import Reporting

/// The national statistics of a period, as a reader may see them: GLOTIP tables and SDG 16.2.2
/// rates, with small counts suppressed by one rule across both.
struct NationalStatistics: Sendable {
    let country: Country
    let years: ClosedRange<Int>
    let rule: SuppressionRule
    let glotip: [GLOTIPRow]
    let sdg: [SDGIndicatorRow]
    /// Why SDG rates could not be computed (a year outside the population data), if so.
    let sdgProblem: String?
    let generatedAt: Date
    var details: Details?

    /// Trends, routes and services: shown on the page, not part of the questionnaire.
    struct Details: Sendable {
        let trends: TrendReport
        let flows: [RouteFlow]
        let topRoutes: [RankedRoute]
        /// Domestic flows between first-level admin areas, where both ends are recorded.
        let areaFlows: [AreaFlow]
        let scopes: RouteScopeShares
        let assisted: [VictimsAssistedYear]
        let timeToService: [TimeToFirstServiceYear]
        let plans: [SupportPlanYear]
    }

    /// The metadata every export carries: what was counted, the rule, the method.
    func metadata(filterDescription: String) -> [(key: String, value: String)] {
        [
            ("Country", "\(country.name) (\(country.iso3))"),
            ("Years", years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"),
            ("Filters", filterDescription),
            ("Generated", ISO8601DateFormatter().string(from: generatedAt)),
            ("Source", "Libertas case registry: detected victims are those whose trafficking status is actual or presumed, counted in the year they were identified (the year the case was opened when no identification date is recorded)."),
            ("Suppression", rule.description),
        ] + SDG16_2_2.metadata(for: sdg, rule: rule).map { ($0.key, $0.value) }
    }
}

extension NationalStatistics {
    /// SDG counts and rates withheld wherever the same cell of the GLOTIP tables is withheld.
    ///
    /// Each SDG count is a cell of the detected-victims tables (sex × age, all victims or one form
    /// group), so withholding it exactly where the tables do keeps one consistent release: the
    /// secondary suppression that protects the tables' totals protects the rates too.
    static func aligned(_ sdg: [SDGIndicatorRow], with glotip: [GLOTIPRow]) -> [SDGIndicatorRow] {
        struct Key: Hashable { let year: Int; let sex: GLOTIPSex; let age: GLOTIPAge; let category: String }
        var withheld: [Key: ReportedValue] = [:]
        for row in glotip where row.indicator == .detectedVictims && row.value.isSuppressed
            && (row.dimension == .total || row.dimension == .formOfExploitation) {
            withheld[Key(year: row.year, sex: row.sex, age: row.age, category: row.dimension == .total ? "" : row.category)] = row.value
        }
        return sdg.map { row in
            let category = row.form.map { GLOTIPFormCategory(group: $0).rawValue } ?? ""
            guard let value = withheld[Key(year: row.year, sex: row.sex.glotipSex, age: row.ageBand.glotipAge, category: category)] else { return row }
            var copy = row
            copy.count = value
            copy.rate = .withheld
            return copy
        }
    }
}
