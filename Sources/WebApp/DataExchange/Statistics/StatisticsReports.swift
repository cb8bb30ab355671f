import CaseModel
import Fluent
import Foundation
import Interchange
import Reporting
import Storage
import Vapor

/// National statistics files for the command line: the GLOTIP long layout and the open-sdg
/// table of SDG 16.2.2. The command line speaks for the operator, so no user's rights are checked,
/// but suppression applies exactly as on the pages: files leave the system.
public struct StatisticsReports {
    public let app: Application

    public init(app: Application) {
        self.app = app
    }

    public enum Failure: Error, CustomStringConvertible {
        case unknownCountry(String)
        case noCountry
        case badYears(String)
        case population(String)

        public var description: String {
            switch self {
            case .unknownCountry(let code): "'\(code)' is not an ISO 3166-1 country code (for example MDA or MEX)."
            case .noCountry: "No country: pass --country ISO3 or set LIBERTAS_COUNTRY."
            case .badYears(let text): text
            case .population(let text): "SDG 16.2.2 needs population figures: \(text)"
            }
        }
    }

    /// The GLOTIP tables of Libertas's own cases, in the UNODC long layout (CSV text), and the row count.
    public func glotipFromCases(country code: String?, years: ClosedRange<Int>) async throws -> (csv: String, rows: Int) {
        let statistics = try await compute(country: code, years: years)
        let lines = statistics.glotip.map { GLOTIPLongLayout.fields(of: $0, rule: statistics.rule) }
        return (CSVWriter.string([GLOTIPLongLayout.header] + lines, lineEnding: .lf), lines.count)
    }

    /// The imported UNODC figures of `country` for `years`, in the long layout and in the export's
    /// own row order, withheld values written `<5` as UNODC writes them.
    public func glotipFromImport(country code: String?, years: ClosedRange<Int>) async throws -> (csv: String, rows: Int) {
        guard let iso3 = code.map({ Country.find($0)?.iso3 ?? $0.uppercased() }) ?? app.libertas.config.statistics.country?.iso3 else { throw Failure.noCountry }
        let figures = try await GLOTIPFigureModel.query(on: app.db).filter(\.$iso3 == iso3)
            .filter(\.$year >= years.lowerBound).filter(\.$year <= years.upperBound).sort(\.$sourceRow).all()
        let rule = SuppressionRule(threshold: 5)
        let lines = figures.compactMap { Self.row($0) }.map { GLOTIPLongLayout.fields(of: $0, rule: rule) }
        return (CSVWriter.string([GLOTIPLongLayout.header] + lines, lineEnding: .lf), lines.count)
    }

    static func row(_ figure: GLOTIPFigureModel) -> GLOTIPRow? {
        guard let indicator = GLOTIPIndicator(rawValue: figure.indicator), let dimension = GLOTIPDimension(rawValue: figure.dimension),
              let sex = GLOTIPSex(rawValue: figure.sex), let age = GLOTIPAge(rawValue: figure.age) else { return nil }
        return GLOTIPRow(iso3: figure.iso3, country: figure.country, region: figure.region, subregion: figure.subregion, indicator: indicator,
                         dimension: dimension, category: figure.category, sex: sex, age: age, year: figure.year,
                         value: figure.value.map { .count($0) } ?? .suppressed(.primary), source: figure.source)
    }

    /// SDG 16.2.2 for `year` in the open-sdg layout (CSV text), and the row count.
    public func sdgOpenSDG(country code: String?, year: Int) async throws -> (csv: String, rows: Int) {
        let statistics = try await compute(country: code, years: year...year)
        if let problem = statistics.sdgProblem { throw Failure.population(problem) }
        let table = SDG16_2_2.openSDGTable(statistics.sdg)
        return (CSVWriter.string(table, lineEnding: .lf), max(0, table.count - 1))
    }

    private func compute(country code: String?, years: ClosedRange<Int>) async throws -> NationalStatistics {
        var country: Country?
        if let code {
            guard let found = Country.find(code) else { throw Failure.unknownCountry(code) }
            country = found
        }
        guard years.count <= StatisticsService.maximumYears else { throw Failure.badYears("At most \(StatisticsService.maximumYears) years in one report.") }
        do {
            return try await StatisticsService(database: app.db, context: app.libertas).compute(filter: StatisticsFilter(years: years), country: country)
        } catch StatisticsService.Problem.noCountry {
            throw Failure.noCountry
        }
    }
}
