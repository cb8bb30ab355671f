import CaseModel
import Charts
import Foundation
import Localization
import Reporting

/// The statistics dashboard: filters, then each GLOTIP table, SDG 16.2.2 and the comparison with
/// UNODC, every chart followed by its table. Aggregates only, suppressed as in every export.
///
/// The page is sent in two parts (see ``StatisticsPagesController``): the frame with the filters
/// at once, the figures when they are computed, which on a national register takes seconds.
enum StatisticsPage {
    struct Model {
        var request: StatisticsRequest
        /// The country reported on, when the filters are valid: the one asked for or the configured one.
        var country: Country?
        var statistics: NationalStatistics?
        /// UNODC's published figures for the same country and years: detected victims and persons convicted.
        var unodc: [Int: (victims: Int??, convicted: Int??)] = [:]
        var errors: FormErrors = .none
        /// Whether charts can be downloaded as PNG (the renderer is installed).
        var pngCharts = false
    }

    /// Where the figures go in the frame. An HTML comment, so no reader's text can contain it.
    private static let figuresMark: StaticString = "<!--libertas:figures-->"

    /// The whole page: the filters with their problems, and `figures` below them.
    static func render(_ context: PageContext, _ model: Model, figures: HTMLNode = .empty) -> String {
        let t = context.t
        return Layout.render(context, title: t(.statsTitle), section: .statistics) {
            h1 { t(.statsTitle) }
            p { t(.statsIntro) }
            filters(context, model)
            if model.errors.isEmpty { exports(context, model.request) }
            figures
        }
    }

    /// The page before and after its figures, with a notice that they are on their way; the
    /// notice hides itself (in the stylesheet) once the figures follow it.
    static func frame(_ context: PageContext, _ model: Model) -> (opening: String, closing: String) {
        let waiting = HTMLNode.group([
            p(.class("notice"), .id("statistics-loading"), Attribute("role", "status")) { context.t(.statsComputing) },
            .trusted(figuresMark),
        ])
        let page = render(context, model, figures: waiting)
        let parts = page.components(separatedBy: "\(figuresMark)")
        return (parts[0], parts.dropFirst().joined())
    }

    /// Every section of figures, in one element the stylesheet can find.
    static func figures(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        return div(.id("statistics-figures")) {
            if let statistics = model.statistics {
                let tables = StatisticsTables(rows: statistics.glotip, rule: statistics.rule)
                let year = statistics.years.upperBound
                let links = StatisticsSections.ChartLinks(query: model.request.query, png: model.pngCharts)
                p(.class("notice"), .id("suppression-rule")) { statistics.rule.threshold > 1 ? t(.statsSuppressionNote, ["threshold": "\(statistics.rule.threshold)", "max": "\(statistics.rule.threshold - 1)"]) : t(.statsNoSuppression) }
                StatisticsSections.totals(context, statistics, tables, links: links)
                StatisticsSections.sexAge(context, tables, year: year)
                StatisticsSections.forms(context, tables, year: year, links: links)
                StatisticsSections.citizenship(context, tables, year: year, links: links)
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

    /// What replaces the figures when they could not be computed; the cause is in the server log.
    static func failure(_ context: PageContext) -> HTMLNode {
        div(.id("statistics-figures")) {
            p(.class("notice error"), Attribute("role", "alert")) { context.t(.statsFailed) }
        }
    }

    static func filters(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let countries = Country.all.map { (value: $0.iso3, label: t.countryName($0.iso3)) }.sorted { $0.label < $1.label }
        return form(.class("filters"), .method("get"), .action("/statistics"), .id("statistics-filters")) {
            Components.textField("from", label: t(.statsFrom), value: String(model.request.from), type: "number", errors: model.errors, maxLength: 4)
            Components.textField("to", label: t(.statsTo), value: String(model.request.to), type: "number", errors: model.errors, maxLength: 4)
            Components.selectField("country", label: t(.statsCountry), options: countries, selected: model.request.country?.iso3 ?? model.country?.iso3,
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
