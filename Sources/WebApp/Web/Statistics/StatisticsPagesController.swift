import AccessControl
import Fluent
import Foundation
import Reporting
import Storage
import Vapor

/// `/statistics`: the dashboard, its exports and its charts as files.
enum StatisticsPagesController {
    static func register(on routes: any RoutesBuilder) {
        routes.get("statistics", use: show)
        routes.get("statistics", "export.csv") { try await export($0) { StatisticsExport.csv($0, $1) } }
        routes.get("statistics", "export.xlsx") { try await export($0) { try StatisticsExport.xlsx($0, $1) } }
        routes.get("statistics", "export.json") { try await export($0) { try StatisticsExport.json($0, $1) } }
        routes.get("statistics", "chart", ":name", use: chart)
    }

    static func show(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let asked: StatisticsRequest
        do {
            asked = try StatisticsRequest.parse(request)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            // Show the form again with the problems, and no figures.
            try await request.libertas.authorize(caller, .read, RecordFacts(kind: .nationalStatistics), on: request.db)
            let fallback = StatisticsRequest(from: 0, to: 0, confirmedOnly: false, country: nil)
            let model = StatisticsPage.Model(request: fallback, statistics: nil, errors: FormErrors(error.fieldErrors, t: request.localizer))
            return request.page({ StatisticsPage.render($0, model) }, status: .unprocessableEntity)
        }
        do {
            let service = StatisticsService(database: request.db, context: request.libertas)
            var statistics = try await service.statistics(caller, filter: asked.filter, country: asked.country)
            statistics.details = try await service.details(filter: asked.filter, granularity: asked.granularity)
            let model = StatisticsPage.Model(request: asked, statistics: statistics, unodc: try await unodc(request, statistics))
            return request.page { StatisticsPage.render($0, model) }
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let model = StatisticsPage.Model(request: asked, statistics: nil, errors: FormErrors(error.fieldErrors, t: request.localizer))
            return request.page({ StatisticsPage.render($0, model) }, status: error.status)
        }
    }

    static func export(_ request: Request, _ make: (NationalStatistics, StatisticsRequest) throws -> Response) async throws -> Response {
        let caller = try request.caller()
        try await request.libertas.authorize(caller, .export, RecordFacts(kind: .nationalStatistics), on: request.db)
        let asked = try StatisticsRequest.parse(request)
        let statistics = try await StatisticsService(database: request.db, context: request.libertas).statistics(caller, filter: asked.filter, country: asked.country)
        return try make(statistics, asked)
    }

    static func chart(_ request: Request) async throws -> Response {
        let name = (request.parameters.get("name") ?? "").replacingOccurrences(of: ".svg", with: "")
        guard StatisticsCharts.names.contains(name) else { throw AppError.notFound }
        return try await export(request) { statistics, _ in
            guard let chart = StatisticsCharts.chart(named: name, statistics, t: request.localizer) else { throw AppError.notFound }
            return StatisticsExport.svg(chart, statistics)
        }
    }

    /// UNODC's totals of detected victims and persons convicted for the country and years, if imported.
    static func unodc(_ request: Request, _ statistics: NationalStatistics) async throws -> [Int: (victims: Int??, convicted: Int??)] {
        let figures = try await GLOTIPFigureModel.query(on: request.db)
            .filter(\.$iso3 == statistics.country.iso3)
            .filter(\.$year >= statistics.years.lowerBound).filter(\.$year <= statistics.years.upperBound)
            .filter(\.$dimension == GLOTIPDimension.total.rawValue).filter(\.$sex == GLOTIPSex.total.rawValue).filter(\.$age == GLOTIPAge.total.rawValue)
            .filter(\.$indicator ~~ [GLOTIPIndicator.detectedVictims.rawValue, GLOTIPIndicator.convicted.rawValue])
            .all()
        var result: [Int: (victims: Int??, convicted: Int??)] = [:]
        for figure in figures {
            var entry = result[figure.year] ?? (nil, nil)
            if figure.indicator == GLOTIPIndicator.detectedVictims.rawValue { entry.victims = .some(figure.value) } else { entry.convicted = .some(figure.value) }
            result[figure.year] = entry
        }
        return result
    }
}
