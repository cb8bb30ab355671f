import CaseModel
import Charts
import Foundation
import Localization
import Reporting

/// The statistics dashboard: filters, then each GLOTIP table, SDG 16.2.2 and the comparison with
/// UNODC, every chart followed by its table. Aggregates only, suppressed as in every export.
enum StatisticsPage {
    struct Model {
        var request: StatisticsRequest
        var statistics: NationalStatistics?
        /// UNODC's published figures for the same country and years: detected victims and persons convicted.
        var unodc: [Int: (victims: Int??, convicted: Int??)] = [:]
        var errors: FormErrors = .none
    }

    static func render(_ context: PageContext, _ model: Model) -> String {
        let t = context.t
        return Layout.render(context, title: t(.statsTitle), section: .statistics) {
            h1 { t(.statsTitle) }
            p { t(.statsIntro) }
            filters(context, model)
            if let statistics = model.statistics {
                let tables = StatisticsTables(rows: statistics.glotip, rule: statistics.rule)
                let year = statistics.years.upperBound
                exports(context, model.request)
                p(.class("notice"), .id("suppression-rule")) { statistics.rule.threshold > 1 ? t(.statsSuppressionNote, ["threshold": "\(statistics.rule.threshold)", "max": "\(statistics.rule.threshold - 1)"]) : t(.statsNoSuppression) }
                StatisticsSections.totals(context, statistics, tables)
                StatisticsSections.sexAge(context, tables, year: year)
                StatisticsSections.forms(context, tables, year: year)
                StatisticsSections.citizenship(context, tables, year: year)
                StatisticsSections.justice(context, tables, year: year)
                StatisticsSections.sdg(context, statistics, year: year)
                if let details = statistics.details {
                    StatisticsDetailSections.trends(context, details.trends, rule: statistics.rule)
                    StatisticsDetailSections.routes(context, details, rule: statistics.rule)
                    StatisticsDetailSections.services(context, details, rule: statistics.rule)
                }
                StatisticsSections.comparison(context, statistics, tables, unodc: model.unodc)
            }
        }
    }

    static func filters(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let countries = Country.all.map { (value: $0.iso3, label: t.countryName($0.iso3)) }.sorted { $0.label < $1.label }
        return form(.class("filters"), .method("get"), .action("/statistics"), .id("statistics-filters")) {
            Components.textField("from", label: t(.statsFrom), value: String(model.request.from), type: "number", errors: model.errors, maxLength: 4)
            Components.textField("to", label: t(.statsTo), value: String(model.request.to), type: "number", errors: model.errors, maxLength: 4)
            Components.selectField("country", label: t(.statsCountry), options: countries, selected: model.request.country?.iso3 ?? model.statistics?.country.iso3,
                                   errors: model.errors, includeBlank: t(.statsCountryDefault))
            Components.selectField("granularity", label: t(.statsGranularity),
                                   options: [("month", t(.statsByMonth)), ("quarter", t(.statsByQuarter)), ("year", t(.statsByYear))],
                                   selected: model.request.granularity.rawValue, errors: model.errors)
            Components.checkbox("confirmed", label: t(.statsConfirmedOnly), checked: model.request.confirmedOnly)
            div { button(.type("submit"), .class("secondary")) { t(.statsApply) } }
        }
    }

    static func exports(_ context: PageContext, _ request: StatisticsRequest) -> HTMLNode {
        let t = context.t
        return p(.class("actions"), .id("statistics-exports")) {
            t(.statsDownload)
            " "
            a(.href("/statistics/export.csv?\(request.query)"), .id("export-csv")) { "CSV" }
            " · "
            a(.href("/statistics/export.xlsx?\(request.query)"), .id("export-xlsx")) { "XLSX" }
            " · "
            a(.href("/statistics/export.json?\(request.query)"), .id("export-json")) { "JSON" }
        }
    }
}
