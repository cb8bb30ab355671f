import Foundation
import Reporting

/// Trends, routes and services as plain tables, for the exports: one sheet each in XLSX, one
/// object each in JSON. Counts are numbers and withheld counts their marks, as in the GLOTIP layout;
/// the page's flow map and tables show only the largest routes, these hold them all.
struct StatisticsDetailTable: Sendable, Equatable {
    enum Cell: Sendable, Equatable {
        case integer(Int)
        case number(Double)
        case text(String)
        case empty
    }

    let name: String
    let columns: [String]
    let rows: [[Cell]]
}

extension NationalStatistics.Details {
    func tables(rule: SuppressionRule) -> [StatisticsDetailTable] {
        func cell(_ value: ReportedValue) -> StatisticsDetailTable.Cell { value.count.map { .integer($0) } ?? .text(rule.text(value)) }
        func place(_ code: String?) -> StatisticsDetailTable.Cell { code.map { .text($0) } ?? .empty }
        let trendPoints = trends.series.first?.points ?? []
        let assistedRows: [[StatisticsDetailTable.Cell]] = assisted.map { year in
            let days = timeToService.first { $0.year == year.year }?.days
            let plan = plans.first { $0.year == year.year }?[nil]
            return [.integer(year.year), cell(year.anyService),
                    days.map { .number($0.median) } ?? .empty, days.map { .number($0.p25) } ?? .empty, days.map { .number($0.p75) } ?? .empty,
                    plan.map { cell($0.open) } ?? .empty, plan.map { cell($0.completed) } ?? .empty]
        }
        return [
            StatisticsDetailTable(name: "Trends", columns: ["Period (\(trends.granularity.rawValue))", "Detected victims"],
                                  rows: trendPoints.map { [.text($0.period.description), cell($0.value)] }),
            StatisticsDetailTable(name: "Route legs", columns: ["From", "To", "Victims"],
                                  rows: flows.map { [.text($0.leg.from), .text($0.leg.to), cell($0.victims)] }),
            StatisticsDetailTable(name: "Top routes", columns: ["Origin", "Transits", "Destination", "Victims"],
                                  rows: topRoutes.map { [place($0.path.origin), .text($0.path.transits.joined(separator: " ")), place($0.path.destination), cell($0.victims)] }),
            StatisticsDetailTable(name: "Admin-area flows", columns: ["Country", "From area", "To area", "Victims"],
                                  rows: areaFlows.map { [.text($0.country), .text($0.from), .text($0.to), cell($0.victims)] }),
            StatisticsDetailTable(name: "Route scope", columns: ["Scope", "Victims", "Percent"],
                                  rows: scopes.parts.map { [.text($0.scope.rawValue), cell($0.victims), $0.percent.map { .number($0) } ?? .empty] }),
            StatisticsDetailTable(name: "Services", columns: ["Year", "Victims assisted", "Median days to first service", "Days, 25th percentile", "Days, 75th percentile", "Support plans open", "Support plans completed"],
                                  rows: assistedRows),
            StatisticsDetailTable(name: "Services by type", columns: ["Year", "Service type", "Victims"],
                                  rows: assisted.flatMap { year in year.byType.map { [.integer(year.year), .text($0.serviceType.rawValue), cell($0.victims)] } }),
        ]
    }
}
