import CaseModel
import Charts
import Foundation
import Localization
import Reporting

/// The statistics page's charts, also served alone as SVG files. Withheld counts are never drawn:
/// a chart shows what its table shows, and its description says what was left out.
enum StatisticsCharts {
    struct Chart {
        let name: String
        let svg: String
    }

    static let names = ["totals", "forms", "citizenship"]

    static func chart(named name: String, _ statistics: NationalStatistics, t: Localizer) -> Chart? {
        let tables = StatisticsTables(rows: statistics.glotip, rule: statistics.rule)
        let year = statistics.years.upperBound
        switch name {
        case "totals": return totals(statistics, t: t)
        case "forms": return forms(tables.categories(.detectedVictims, .formOfExploitation, year: year), year: year, t: t)
        case "citizenship": return citizenship(tables.categories(.detectedVictims, .citizenship, year: year), year: year, t: t)
        default: return nil
        }
    }

    static func totals(_ statistics: NationalStatistics, t: Localizer) -> Chart {
        let tables = StatisticsTables(rows: statistics.glotip, rule: statistics.rule)
        var points: [LineChart.Point] = []
        var withheld: [String] = []
        for year in statistics.years {
            if let count = tables.value(.detectedVictims, year: year)?.count { points.append(LineChart.Point(year: year, value: Double(count))) } else { withheld.append(String(year)) }
        }
        let described = points.map { "\($0.year): \(t.number(Int($0.value)))" }.joined(separator: "; ")
        let svg = LineChart.svg(
            series: [LineChart.Series(name: t(.statsDetectedVictims), points: points)],
            title: t(.statsDetectedVictims),
            description: t(.statsTotalsDescription, ["values": described]) + (withheld.isEmpty ? "" : " " + t(.statsWithheldYears, ["years": withheld.joined(separator: ", ")])),
            valueFormatter: { t.number(Int($0)) }
        )
        return Chart(name: "totals", svg: svg)
    }

    static func forms(_ categories: [(category: String, value: ReportedValue)], year: Int, t: Localizer) -> Chart {
        let bars = categories.compactMap { item in item.value.count.map { BarChart.Bar(label: StatisticsSections.formLabel(item.category, t), value: Double($0)) } }
        let described = bars.map { "\($0.label): \(t.number(Int($0.value)))" }.joined(separator: "; ")
        let svg = BarChart.svg(bars: bars, title: t(.statsByForm, ["year": "\(year)"]), description: t(.statsFormsDescription, ["values": described]), valueFormatter: { t.number(Int($0)) })
        return Chart(name: "forms", svg: svg)
    }

    static func citizenship(_ categories: [(category: String, value: ReportedValue)], year: Int, t: Localizer) -> Chart {
        var values: [String: Double] = [:]
        var labels: [String: String] = [:]
        for item in categories {
            guard let country = Country.find(item.category), let count = item.value.count else { continue }
            values[country.iso3] = Double(count)
            labels[country.iso3] = t.countryName(country.iso3)
        }
        let described = values.sorted { $0.value > $1.value }.map { "\(labels[$0.key] ?? $0.key): \(t.number(Int($0.value)))" }.joined(separator: "; ")
        let svg = Choropleth.svg(
            values: values, title: t(.statsByCitizenship, ["year": "\(year)"]), description: t(.statsCitizenshipDescription, ["values": described]),
            legendTitle: t(.statsVictims), labels: labels, noDataLabel: t(.statsNoData), valueFormatter: { t.number(Int($0)) }
        )
        return Chart(name: "citizenship", svg: svg)
    }
}
