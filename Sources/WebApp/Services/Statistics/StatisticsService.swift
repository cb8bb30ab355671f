import AccessControl
import CaseModel
import Fluent
import Foundation
import Reporting
import Storage

/// National statistics from the case registry, for analysts and the coordinator: aggregates
/// only, small counts suppressed.
struct StatisticsService {
    let database: any Database
    let context: LibertasContext

    enum Problem: Error, Equatable {
        /// `LIBERTAS_COUNTRY` is not set and no country was given.
        case noCountry
        /// More years than a report may cover.
        case tooManyYears(Int)
    }

    /// The longest period one report covers: UNODC asks for years one by one, and 30 covers any series.
    static let maximumYears = 30

    /// GLOTIP tables and SDG 16.2.2 for the filter, checked against the caller's rights.
    func statistics(_ caller: Caller, filter: StatisticsFilter, country: Country? = nil) async throws -> NationalStatistics {
        try await compute(filter: filter, country: try await checked(caller, filter: filter, country: country))
    }

    /// The caller's right to the statistics and the filter's sense, before anything is computed:
    /// the country reported on, or the problem as the form shows it.
    func checked(_ caller: Caller, filter: StatisticsFilter, country: Country?) async throws -> Country {
        try await context.authorize(caller, .read, RecordFacts(kind: .nationalStatistics), on: database)
        do {
            return try resolved(filter: filter, country: country)
        } catch .noCountry {
            throw AppError.conflict(FieldError("country", .statisticsNoCountry))
        } catch .tooManyYears {
            throw AppError.invalid([FieldError("from", .validationStatisticsTooManyYears, ["max": "\(Self.maximumYears)"])])
        }
    }

    /// The country reported on: the one asked for, or the configured one.
    func resolved(filter: StatisticsFilter, country: Country?) throws(Problem) -> Country {
        guard let country = country ?? context.config.statistics.country else { throw .noCountry }
        guard filter.years.count <= Self.maximumYears else { throw .tooManyYears(filter.years.count) }
        return country
    }

    /// The same for the command line, which runs with the operator's access to the database.
    func compute(filter: StatisticsFilter, country: Country? = nil) async throws -> NationalStatistics {
        let country = try resolved(filter: filter, country: country)
        let rule = SuppressionRule(threshold: context.config.statistics.suppressionThreshold)
        let tallies = try await GLOTIPTalliesQuery(filter: filter).run(on: database)
        let glotip = GLOTIPTables.rows(from: tallies, country: country, years: filter.years, rule: rule)
        var sdg: [SDGIndicatorRow] = []
        var sdgProblem: String?
        do {
            sdg = try SDG16_2_2.rows(iso3: country.iso3, victims: tallies.victimsByGroup, years: Array(filter.years), population: try PopulationTable.wpp2024(), rule: rule)
            sdg = NationalStatistics.aligned(sdg, with: glotip)
        } catch let error as PopulationError {
            sdgProblem = error.description
        }
        return NationalStatistics(country: country, years: filter.years, rule: rule, glotip: glotip, sdg: sdg, sdgProblem: sdgProblem, generatedAt: context.now())
    }

    /// Trends at `granularity`, routes and services for the same filter, suppressed by the same rule.
    func details(filter: StatisticsFilter, granularity: TrendGranularity) async throws -> NationalStatistics.Details {
        let rule = SuppressionRule(threshold: context.config.statistics.suppressionThreshold)
        let queries = StatisticsDetailQueries(filter: filter)
        let routes = try await queries.routes(on: database)
        let (services, plans) = try await queries.services(on: database)
        return NationalStatistics.Details(
            trends: Trends.report(try await queries.trendCounts(on: database), years: filter.years, granularity: granularity, rule: rule),
            flows: Routes.flows(routes, years: filter.years, rule: rule),
            topRoutes: Routes.topRoutes(routes, years: filter.years, limit: 10, rule: rule),
            areaFlows: Routes.areaFlows(routes, years: filter.years, rule: rule),
            scopes: Routes.scopeShares(routes, years: filter.years, rule: rule),
            assisted: ServicesTracking.victimsAssisted(services, years: filter.years, rule: rule),
            timeToService: ServicesTracking.timeToFirstService(services, years: filter.years, rule: rule),
            plans: ServicesTracking.supportPlans(plans, years: filter.years, rule: rule)
        )
    }
}
