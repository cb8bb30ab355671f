import AccessControl
import CaseModel
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
        routes.get("statistics", "export.xlsx") { try await export($0, details: true) { try StatisticsExport.xlsx($0, $1) } }
        routes.get("statistics", "export.json") { try await export($0, details: true) { try StatisticsExport.json($0, $1) } }
        routes.get("statistics", "chart", ":name", use: chart)
    }

    /// The dashboard. Filters are checked first, so a bad filter still gets its 4xx page; then the
    /// frame goes out at once and the figures follow it in the same response when computed.
    static func show(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        try await request.libertas.authorize(caller, .read, RecordFacts(kind: .nationalStatistics), on: request.db)
        let service = StatisticsService(database: request.db, context: request.libertas)
        let asked: StatisticsRequest
        do {
            asked = try StatisticsRequest.parse(request)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            return refused(request, StatisticsRequest(from: 0, to: 0, confirmedOnly: false, country: nil), error)
        }
        let country: Country
        do {
            country = try await service.checked(caller, filter: asked.filter, country: asked.country)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            return refused(request, asked, error)
        }
        let context = request.pageContext
        let frame = StatisticsPage.frame(context, StatisticsPage.Model(request: asked, country: country))
        let body = Response.Body(asyncStream: { writer in
            try await writer.write(.buffer(ByteBuffer(string: frame.opening)))
            let figures: HTMLNode
            do {
                var statistics = try await service.compute(filter: asked.filter, country: country)
                statistics.details = try await service.details(filter: asked.filter, granularity: asked.granularity)
                let model = StatisticsPage.Model(request: asked, country: country, statistics: statistics, unodc: try await unodc(request, statistics),
                                                 pngCharts: request.libertas.config.statistics.rsvgConvert != nil)
                figures = StatisticsPage.figures(context, model)
            } catch {
                // The status line has gone: say so on the page, and keep the cause for the log.
                request.logger.error("Statistics page failed after its frame was sent", metadata: ["error": "\(String(reflecting: error))"])
                figures = StatisticsPage.failure(context)
            }
            try await writer.write(.buffer(ByteBuffer(string: figures.render() + frame.closing)))
            try await writer.write(.end)
        })
        return HTMLResponse.make(body, language: context.t.language, clearFlash: context.flash != nil)
    }

    /// The form again with its problems, and no figures.
    private static func refused(_ request: Request, _ asked: StatisticsRequest, _ error: AppError) -> Response {
        let model = StatisticsPage.Model(request: asked, errors: FormErrors(error.fieldErrors, t: request.localizer))
        return request.page({ StatisticsPage.render($0, model) }, status: error.status)
    }

    /// An export of the figures; with `details`, also of the trends, routes and services.
    static func export(_ request: Request, details: Bool = false, _ make: (NationalStatistics, StatisticsRequest) async throws -> Response) async throws -> Response {
        let caller = try request.caller()
        try await request.libertas.authorize(caller, .export, RecordFacts(kind: .nationalStatistics), on: request.db)
        let asked = try StatisticsRequest.parse(request)
        let service = StatisticsService(database: request.db, context: request.libertas)
        var statistics = try await service.statistics(caller, filter: asked.filter, country: asked.country)
        if details { statistics.details = try await service.details(filter: asked.filter, granularity: asked.granularity) }
        return try await make(statistics, asked)
    }

    /// One chart alone, as `NAME.svg` or `NAME.png`.
    static func chart(_ request: Request) async throws -> Response {
        let file = request.parameters.get("name") ?? ""
        let (name, format) = file.hasSuffix(".png") ? (String(file.dropLast(4)), "png") : (file.replacingOccurrences(of: ".svg", with: ""), "svg")
        guard StatisticsCharts.names.contains(name) else { throw AppError.notFound }
        let rasterizer = ChartRasterizer(executable: request.libertas.config.statistics.rsvgConvert)
        return try await export(request) { statistics, _ in
            guard let chart = StatisticsCharts.chart(named: name, statistics, t: request.localizer) else { throw AppError.notFound }
            guard format == "png" else { return StatisticsExport.svg(chart, statistics) }
            do {
                return StatisticsExport.png(try await rasterizer.png(chart.svg, on: request.application.threadPool), chart, statistics)
            } catch ChartRasterizer.Problem.unavailable {
                throw AppError.unavailable(.statsPNGUnavailable)
            }
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
