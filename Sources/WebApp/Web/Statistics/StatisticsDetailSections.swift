import CaseModel
import Charts
import Foundation
import Localization
import Reporting

/// Trends, routes and services on the statistics page.
enum StatisticsDetailSections {
    static func value(_ value: ReportedValue, _ rule: SuppressionRule, _ t: Localizer) -> String {
        value.count.map(t.number) ?? rule.text(value)
    }

    static func trends(_ context: PageContext, _ report: TrendReport, rule: SuppressionRule) -> HTMLNode {
        let t = context.t
        let points = report.series.first?.points ?? []
        let bars = points.compactMap { point in point.value.count.map { BarChart.Bar(label: point.period.description, value: Double($0)) } }
        let described = bars.map { "\($0.label): \(t.number(Int($0.value)))" }.joined(separator: "; ")
        return section(.id("trends"), .aria("labelledby", "trends-heading")) {
            h2(.id("trends-heading")) { t(.statsTrends) }
            if !bars.isEmpty {
                element("figure", [.class("chart"), .id("chart-trends")]) {
                    HTMLNode.chart(BarChart.svg(bars: bars, title: t(.statsTrends), description: t(.statsTrendsDescription, ["values": described]), valueFormatter: { t.number(Int($0)) }))
                }
            }
            element("details", [.id("trends-table-view"), Attribute(flag: "open", points.count <= 12)]) {
                element("summary", []) { t(.statsTableView) }
                table(.id("trends-table")) {
                    thead { tr { th(.scope("col")) { t(.statsPeriod) }; th(.scope("col")) { t(.statsDetectedVictims) } } }
                    tbody {
                        for point in points {
                            tr { th(.scope("row")) { point.period.description }; td { value(point.value, rule, t) } }
                        }
                    }
                }
            }
            if let note = report.unknownMonthNote { p(.class("hint")) { note } }
        }
    }

    /// Legs drawn on the flow map: beyond a few dozen the arrows hide each other and the picture
    /// says no more, and a national register has thousands. The table and the exports have them all.
    static let mapFlowLimit = 40
    /// Legs listed in the page's flow table; the exports list every leg.
    static let tableFlowLimit = 100

    static func routes(_ context: PageContext, _ details: NationalStatistics.Details, rule: SuppressionRule) -> HTMLNode {
        let t = context.t
        let drawn = details.flows.prefix(mapFlowLimit)
        let flows = drawn.map { FlowMap.Flow(from: $0.leg.from, to: $0.leg.to, count: $0.victims.count) }
        var labels: [String: String] = [:]
        for flow in flows { labels[flow.from] = t.countryName(flow.from); labels[flow.to] = t.countryName(flow.to) }
        var described = drawn.map { "\(t.countryName($0.leg.from)) → \(t.countryName($0.leg.to)): \(value($0.victims, rule, t))" }.joined(separator: "; ")
        if details.flows.count > drawn.count {
            described = t(.statsFlowsDrawn, ["shown": t.number(drawn.count), "all": t.number(details.flows.count)]) + " " + described
        }
        return section(.id("routes"), .aria("labelledby", "routes-heading")) {
            h2(.id("routes-heading")) { t(.statsRoutes) }
            if flows.isEmpty {
                p(.class("empty")) { t(.statsNoRoutes) }
            } else {
                element("figure", [.class("chart"), .id("chart-routes")]) {
                    HTMLNode.chart(FlowMap.svg(flows: flows, title: t(.statsRoutes), description: t(.statsRoutesDescription, ["values": described]),
                                               legendTitle: t(.statsVictims), labels: labels, withheldLabel: t(.statsWithheld), domesticLabel: t(.statsDomestic),
                                               valueFormatter: { t.number($0) }))
                }
                element("details", [.id("flows-table-view")]) {
                    element("summary", []) { t(.statsTableView) }
                    if details.flows.count > tableFlowLimit {
                        p(.class("hint")) { t(.statsFlowsListed, ["shown": t.number(tableFlowLimit), "all": t.number(details.flows.count)]) }
                    }
                    table(.id("flows-table")) {
                        thead { tr { th(.scope("col")) { t(.statsRoute) }; th(.scope("col")) { t(.statsVictims) } } }
                        tbody {
                            for flow in details.flows.prefix(tableFlowLimit) {
                                tr {
                                    th(.scope("row")) { "\(t.countryName(flow.leg.from)) → \(t.countryName(flow.leg.to))" }
                                    td { value(flow.victims, rule, t) }
                                }
                            }
                        }
                    }
                }
                h3 { t(.statsTopRoutes) }
                table(.id("top-routes-table")) {
                    thead { tr { th(.scope("col")) { t(.statsRoute) }; th(.scope("col")) { t(.statsVictims) } } }
                    tbody {
                        for route in details.topRoutes {
                            tr {
                                th(.scope("row")) { path(route.path, t) }
                                td { value(route.victims, rule, t) }
                            }
                        }
                    }
                }
            }
            if !details.areaFlows.isEmpty {
                h3 { t(.statsAreaFlows) }
                table(.id("area-flows-table")) {
                    thead { tr { th(.scope("col")) { t(.statsRoute) }; th(.scope("col")) { t(.statsVictims) } } }
                    tbody {
                        for flow in details.areaFlows.prefix(20) {
                            tr {
                                th(.scope("row")) { "\(t.countryName(flow.country)): \(flow.from) → \(flow.to)" }
                                td { value(flow.victims, rule, t) }
                            }
                        }
                    }
                }
            }
            h3 { t(.statsScope) }
            table(.id("route-scope-table")) {
                thead { tr { th(.scope("col")) { t(.statsRoute) }; th(.scope("col")) { t(.statsVictims) }; th(.scope("col")) { "%" } } }
                tbody {
                    for part in details.scopes.parts {
                        tr {
                            th(.scope("row")) { scopeLabel(part.scope, t) }
                            td { value(part.victims, rule, t) }
                            td { part.percent.map { String(format: "%.0f %%", $0) } ?? "—" }
                        }
                    }
                }
            }
        }
    }

    static func services(_ context: PageContext, _ details: NationalStatistics.Details, rule: SuppressionRule) -> HTMLNode {
        let t = context.t
        return section(.id("services"), .aria("labelledby", "services-heading")) {
            h2(.id("services-heading")) { t(.statsServices) }
            table(.id("services-table")) {
                thead { tr {
                    th(.scope("col")) { t(.statsYear) }; th(.scope("col")) { t(.statsAssistedAny) }
                    th(.scope("col")) { t(.statsMedianDays) }; th(.scope("col")) { t(.statsPlansOpen) }; th(.scope("col")) { t(.statsPlansCompleted) }
                } }
                tbody {
                    for year in details.assisted {
                        let time = details.timeToService.first { $0.year == year.year }
                        let plans = details.plans.first { $0.year == year.year }?[nil]
                        tr {
                            th(.scope("row")) { String(year.year) }
                            td { value(year.anyService, rule, t) }
                            td { time?.days.map { String(format: "%.0f (%.0f–%.0f)", $0.median, $0.p25, $0.p75) } ?? "—" }
                            td { plans.map { value($0.open, rule, t) } ?? "—" }
                            td { plans.map { value($0.completed, rule, t) } ?? "—" }
                        }
                    }
                }
            }
            if let last = details.assisted.last, !last.byType.isEmpty {
                h3 { t(.statsAssistedByType, ["year": "\(last.year)"]) }
                table(.id("services-by-type-table")) {
                    tbody {
                        for item in last.byType {
                            tr { th(.scope("row")) { t.text(forKey: item.serviceType.labelKey) }; td { value(item.victims, rule, t) } }
                        }
                    }
                }
            }
        }
    }

    static func path(_ path: RoutePath, _ t: Localizer) -> String {
        ([path.origin] + path.transits.map(Optional.some) + [path.destination]).map { $0.map(t.countryName) ?? "?" }.joined(separator: " → ")
    }

    static func scopeLabel(_ scope: RouteScope, _ t: Localizer) -> String {
        switch scope {
        case .domestic: t(.statsDomestic)
        case .crossBorder: t(.statsCrossBorder)
        case .unknown: t(.statsUnknown)
        }
    }
}
