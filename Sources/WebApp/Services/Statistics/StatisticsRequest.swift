import CaseModel
import Foundation
import Reporting
import Storage
import Vapor

/// What a statistics page, export or API call asks for, read from the query string the same way
/// everywhere: `from` and `to` (years), `confirmed` (only victims whose status is actual) and
/// `country` (ISO alpha-3; default `LIBERTAS_COUNTRY`).
struct StatisticsRequest: Sendable {
    var from: Int
    var to: Int
    var confirmedOnly: Bool
    var country: Country?
    /// Trends by month, quarter or year.
    var granularity: TrendGranularity = .quarter

    var filter: StatisticsFilter { StatisticsFilter(years: from...to, confirmedOnly: confirmedOnly) }

    /// The filters in words, for the metadata of every export.
    var filterDescription: String { confirmedOnly ? "Confirmed victims only" : "Confirmed and presumed victims" }

    /// The query string that asks for the same again (for export links).
    var query: String {
        var items = ["from=\(from)", "to=\(to)"]
        if confirmedOnly { items.append("confirmed=1") }
        if let country { items.append("country=\(country.iso3)") }
        items.append("granularity=\(granularity.rawValue)")
        return items.joined(separator: "&")
    }

    /// Defaults to the last five calendar years up to the current one.
    static func parse(_ request: Request) throws -> StatisticsRequest {
        var validator = Validator()
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: request.libertas.now())
        let to = year(request.queryValue("to"), field: "to", default: thisYear, &validator)
        let from = year(request.queryValue("from"), field: "from", default: to - 4, &validator)
        if from > to { validator.add("from", .validationStatisticsYearOrder) }
        if to - from + 1 > StatisticsService.maximumYears { validator.add("from", .validationStatisticsTooManyYears, ["max": "\(StatisticsService.maximumYears)"]) }
        var country: Country?
        if let code = FormValue.text(request.queryValue("country")) {
            country = Country.find(code)
            if country == nil { validator.add("country", .validationCountry) }
        }
        try validator.throwIfInvalid()
        // The form's checkbox sends `confirmed=false` (its hidden twin) and, when ticked, `confirmed=true`.
        let confirmed = (request.url.query ?? "").split(separator: "&").contains { ["confirmed=1", "confirmed=true", "confirmed=on"].contains($0) }
        var granularity = TrendGranularity.quarter
        if let text = FormValue.text(request.queryValue("granularity")) {
            guard let value = TrendGranularity(rawValue: text) else { throw AppError.invalid([FieldError("granularity", .validationStatisticsGranularity)]) }
            granularity = value
        }
        return StatisticsRequest(from: from, to: to, confirmedOnly: confirmed, country: country, granularity: granularity)
    }

    private static func year(_ text: String?, field: String, default fallback: Int, _ validator: inout Validator) -> Int {
        guard let text = FormValue.text(text) else { return fallback }
        guard let year = Int(text), (1900...2100).contains(year) else {
            validator.add(field, .validationStatisticsYear)
            return fallback
        }
        return year
    }
}
