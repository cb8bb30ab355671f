import CaseModel
import Charts
import Foundation
import Localization
import Reporting

/// The sections of the statistics page. Each chart is followed by the table it draws, and its
/// description (the alt text) says what it shows in words.
enum StatisticsSections {
    static func totals(_ context: PageContext, _ statistics: NationalStatistics, _ tables: StatisticsTables, links: ChartLinks) -> HTMLNode {
        let t = context.t
        return section(.id("totals"), .aria("labelledby", "totals-heading")) {
            h2(.id("totals-heading")) { t(.statsDetectedVictims) }
            if statistics.years.count > 1 { figureNode(StatisticsCharts.totals(statistics, t: t), links, t) }
            table(.id("totals-table")) {
                caption { t(.statsDetectedVictimsCaption) }
                thead { tr { th(.scope("col")) { t(.statsYear) }; th(.scope("col")) { t(.statsDetectedVictims) }; th(.scope("col")) { t(.statsPersonsConvicted) } } }
                tbody {
                    for year in statistics.years {
                        tr {
                            th(.scope("row")) { String(year) }
                            td { tables.text(tables.value(.detectedVictims, year: year), number: t.number) }
                            td { tables.text(tables.value(.convicted, year: year), number: t.number) }
                        }
                    }
                }
            }
        }
    }

    static func sexAge(_ context: PageContext, _ tables: StatisticsTables, year: Int) -> HTMLNode {
        let t = context.t
        return section(.id("sex-age"), .aria("labelledby", "sex-age-heading")) {
            h2(.id("sex-age-heading")) { t(.statsBySexAge, ["year": "\(year)"]) }
            grid(context, tables, .detectedVictims, year: year, id: "sex-age-table")
        }
    }

    /// A sex × age table with its margins.
    static func grid(_ context: PageContext, _ tables: StatisticsTables, _ indicator: GLOTIPIndicator, _ dimension: GLOTIPDimension = .total,
                     category: String = "Total", year: Int, id: String) -> HTMLNode {
        let t = context.t
        let ages: [GLOTIPAge] = [.child, .adult, .unknown, .total]
        return table(.id(id)) {
            thead { tr { th(.scope("col")) { t(.statsSex) }; for age in ages { th(.scope("col")) { label(age, t) } } } }
            tbody {
                for sex in GLOTIPSex.categories + [.total] {
                    tr {
                        th(.scope("row")) { label(sex, t) }
                        for age in ages { td { tables.text(tables.value(indicator, dimension, category: category, sex: sex, age: age, year: year), number: t.number) } }
                    }
                }
            }
        }
    }

    static func forms(_ context: PageContext, _ tables: StatisticsTables, year: Int, links: ChartLinks) -> HTMLNode {
        let t = context.t
        let categories = tables.categories(.detectedVictims, .formOfExploitation, year: year)
        return section(.id("forms"), .aria("labelledby", "forms-heading")) {
            h2(.id("forms-heading")) { t(.statsByForm, ["year": "\(year)"]) }
            figureNode(StatisticsCharts.forms(categories, year: year, t: t), links, t)
            table(.id("forms-table")) {
                thead { tr {
                    th(.scope("col")) { t(.statsForm) }
                    for age in [GLOTIPAge.total, .child, .adult] { th(.scope("col")) { label(age, t) } }
                } }
                tbody {
                    for (category, _) in categories {
                        tr {
                            th(.scope("row")) { formLabel(category, t) }
                            for age in [GLOTIPAge.total, .child, .adult] {
                                td { tables.text(tables.value(.detectedVictims, .formOfExploitation, category: category, age: age, year: year), number: t.number) }
                            }
                        }
                    }
                }
            }
            let detailed = tables.categories(.detectedVictims, .detailedForm, year: year)
            if !detailed.isEmpty {
                h3 { t(.statsDetailedForms) }
                table(.id("detailed-forms-table")) {
                    tbody {
                        for (category, value) in detailed {
                            tr {
                                th(.scope("row")) { ExploitationType(rawValue: category).map { t.text(forKey: $0.labelKey) } ?? category }
                                td { tables.text(value, number: t.number) }
                            }
                        }
                    }
                }
            }
        }
    }

    static func citizenship(_ context: PageContext, _ tables: StatisticsTables, year: Int, links: ChartLinks) -> HTMLNode {
        let t = context.t
        let citizenships = tables.categories(.detectedVictims, .citizenship, year: year)
        let repatriation = tables.categories(.detectedVictims, .repatriation, year: year)
        return section(.id("citizenship"), .aria("labelledby", "citizenship-heading")) {
            h2(.id("citizenship-heading")) { t(.statsByCitizenship, ["year": "\(year)"]) }
            if citizenships.isEmpty {
                p(.class("empty")) { t(.statsNoVictims) }
            } else {
                figureNode(StatisticsCharts.citizenship(citizenships, year: year, t: t), links, t)
                categoryTable(citizenships, tables, id: "citizenship-table", heading: t(.statsCitizenship), t: t)
            }
            h3 { t(.statsByRepatriation, ["year": "\(year)"]) }
            if repatriation.isEmpty {
                p(.class("empty")) { t(.statsNoRepatriation) }
            } else {
                categoryTable(repatriation, tables, id: "repatriation-table", heading: t(.fieldRepatriatedTo), t: t)
            }
        }
    }

    static func categoryTable(_ rows: [(category: String, value: ReportedValue)], _ tables: StatisticsTables, id: String, heading: String, t: Localizer) -> HTMLNode {
        table(.id(id)) {
            thead { tr { th(.scope("col")) { heading }; th(.scope("col")) { t(.statsVictims) } } }
            tbody {
                for row in rows {
                    tr {
                        th(.scope("row")) { countryLabel(row.category, t) }
                        td { tables.text(row.value, number: t.number) }
                    }
                }
            }
        }
    }

    static func justice(_ context: PageContext, _ tables: StatisticsTables, year: Int) -> HTMLNode {
        let t = context.t
        let indicators: [(GLOTIPIndicator, TextKey)] = [(.formalContact, .justiceStageFormalContact), (.prosecuted, .justiceStageProsecuted), (.convicted, .justiceStageConvicted)]
        return section(.id("justice"), .aria("labelledby", "justice-heading")) {
            h2(.id("justice-heading")) { t(.statsJustice, ["year": "\(year)"]) }
            table(.id("justice-table")) {
                thead { tr {
                    th(.scope("col")) { t(.justiceStageField) }
                    for sex in [GLOTIPSex.total, .female, .male] { th(.scope("col")) { label(sex, t) } }
                    th(.scope("col")) { label(GLOTIPAge.child, t) }
                } }
                tbody {
                    for (indicator, key) in indicators {
                        tr {
                            th(.scope("row")) { t(key) }
                            for sex in [GLOTIPSex.total, .female, .male] { td { tables.text(tables.value(indicator, sex: sex, year: year), number: t.number) } }
                            td { tables.text(tables.value(indicator, age: .child, year: year), number: t.number) }
                        }
                    }
                    tr {
                        th(.scope("row")) { t(.statsOffences) }
                        td { tables.text(tables.value(.offences, year: year), number: t.number) }
                        td { "" }; td { "" }; td { "" }
                    }
                }
            }
        }
    }

    static func sdg(_ context: PageContext, _ statistics: NationalStatistics, year: Int) -> HTMLNode {
        let t = context.t
        let rows = statistics.sdg.filter { $0.year == year && $0.form == nil }
        let byForm = statistics.sdg.filter { $0.year == year && $0.sex == .total && $0.ageBand == .total && $0.form != nil }
        return section(.id("sdg"), .aria("labelledby", "sdg-heading")) {
            h2(.id("sdg-heading")) { t(.statsSDG, ["year": "\(year)"]) }
            if let problem = statistics.sdgProblem {
                p(.class("notice")) { t(.statsSDGUnavailable, ["reason": problem]) }
            } else {
                table(.id("sdg-table")) {
                    thead { tr {
                        th(.scope("col")) { t(.statsSex) }; th(.scope("col")) { t(.statsAge) }
                        th(.scope("col")) { t(.statsVictims) }; th(.scope("col")) { t(.statsRate) }; th(.scope("col")) { t(.statsPopulation) }
                    } }
                    tbody {
                        for row in rows + byForm {
                            tr {
                                th(.scope("row")) { row.form.map { formLabel(GLOTIPFormCategory(group: $0).rawValue, t) } ?? label(row.sex.glotipSex, t) }
                                td { label(row.ageBand.glotipAge, t) }
                                td { row.count.count.map(t.number) ?? statistics.rule.text(row.count) }
                                td { row.rate.rounded.map { String(format: "%.2f", $0) } ?? statistics.rule.text(row.count) }
                                td { t.number(Int(row.population.persons.rounded())) + (row.population.isInterpolated ? " *" : "") }
                            }
                        }
                    }
                }
                element("details", [.id("sdg-method")]) {
                    element("summary", []) { t(.statsMethod) }
                    p { SDG16_2_2.methodText }
                    p { PopulationMethod.text }
                }
            }
        }
    }

    static func comparison(_ context: PageContext, _ statistics: NationalStatistics, _ tables: StatisticsTables, unodc: [Int: (victims: Int??, convicted: Int??)]) -> HTMLNode {
        let t = context.t
        return section(.id("comparison"), .aria("labelledby", "comparison-heading")) {
            h2(.id("comparison-heading")) { t(.statsComparison) }
            if unodc.isEmpty {
                p(.class("empty")) { t(.statsComparisonEmpty) }
            } else {
                table(.id("comparison-table")) {
                    thead { tr {
                        th(.scope("col")) { t(.statsYear) }
                        th(.scope("col")) { t(.statsLibertasVictims) }; th(.scope("col")) { t(.statsUNODCVictims) }
                        th(.scope("col")) { t(.statsLibertasConvicted) }; th(.scope("col")) { t(.statsUNODCConvicted) }
                    } }
                    tbody {
                        for year in statistics.years {
                            tr {
                                th(.scope("row")) { String(year) }
                                td { tables.text(tables.value(.detectedVictims, year: year), number: t.number) }
                                td { published(unodc[year]?.victims, t) }
                                td { tables.text(tables.value(.convicted, year: year), number: t.number) }
                                td { published(unodc[year]?.convicted, t) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A UNODC figure: missing (no row), withheld (`<5`), or the count.
    static func published(_ value: Int??, _ t: Localizer) -> String {
        switch value {
        case .none: "—"
        case .some(.none): "<5"
        case .some(.some(let count)): t.number(count)
        }
    }

    /// Where a chart can be downloaded alone: the page's query, and whether PNG can be drawn.
    struct ChartLinks {
        var query: String
        var png: Bool
    }

    static func figureNode(_ chart: StatisticsCharts.Chart, _ links: ChartLinks, _ t: Localizer) -> HTMLNode {
        element("figure", [.class("chart"), .id("chart-\(chart.name)")]) {
            HTMLNode.chart(chart.svg)
            element("figcaption", [.class("chart-downloads")]) {
                t(.statsDownloadChart)
                " "
                a(.href("/statistics/chart/\(chart.name).svg?\(links.query)"), .id("chart-\(chart.name)-svg")) { "SVG" }
                if links.png {
                    " · "
                    a(.href("/statistics/chart/\(chart.name).png?\(links.query)"), .id("chart-\(chart.name)-png")) { "PNG" }
                }
            }
        }
    }

    static func label(_ sex: GLOTIPSex, _ t: Localizer) -> String {
        switch sex {
        case .total: t(.statsTotal)
        case .female: t(.statsFemale)
        case .male: t(.statsMale)
        case .other: t(.statsOther)
        case .unknown: t(.statsUnknown)
        }
    }

    static func label(_ age: GLOTIPAge, _ t: Localizer) -> String {
        switch age {
        case .total: t(.statsTotal)
        case .child: t(.statsChildren)
        case .adult: t(.statsAdults)
        case .unknown: t(.statsUnknown)
        }
    }

    static func formLabel(_ category: String, _ t: Localizer) -> String {
        switch GLOTIPFormCategory(rawValue: category) {
        case .sexualExploitation: t(.statsFormSexual)
        case .forcedLabour: t(.statsFormLabour)
        case .otherForms: t(.statsFormOther)
        case .unknown, nil: t(.statsUnknown)
        }
    }

    /// Categories are English country names (the UNODC layout); show the reader's name where known.
    static func countryLabel(_ category: String, _ t: Localizer) -> String {
        if category == "Unknown" { return t(.statsUnknown) }
        return Country.find(category).map { t.countryName($0.iso3) } ?? category
    }
}
