import CaseModel
import Foundation
import Reporting
import Vapor

/// National statistics for analysts and the coordinator: GLOTIP tables and SDG 16.2.2, with small
/// counts suppressed as in every other output.
enum StatisticsAPI {
    static let tag = "Statistics"

    /// The years and statuses counted, read by `StatisticsRequest.parse` for statistics and estimates alike.
    static let periodParameters: [APIOperation.Parameter] = [
        .query("from", "First year (default: four years before `to`).", .integer(minimum: 1900, maximum: 2100)),
        .query("to", "Last year (default: this year).", .integer(minimum: 1900, maximum: 2100)),
        .query("confirmed", "1: only victims whose trafficking status is actual, not presumed.", .string(values: ["0", "1"])),
    ]

    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/statistics/national", operationID: "getNationalStatistics",
            summary: "GLOTIP questionnaire tables (UNODC long layout) and SDG 16.2.2 counts and rates per 100,000 for the years asked, from the case registry. Counts from 1 to the threshold minus one are withheld (`value` null, `text` \"<5\"), and so are cells that would reveal them (`text` \"x\"). Analysts and the coordinator.",
            tag: tag,
            parameters: periodParameters + [
                .query("country", "Reporting country, ISO 3166-1 alpha-3 (default: LIBERTAS_COUNTRY).", .string()),
                .query("details", "1: also trends, routes and services, as the tables in `details`.", .string(values: ["0", "1"])),
                .query("granularity", "Periods of the trends table (default: quarter).", .string(values: TrendGranularity.allCases.map(\.rawValue))),
            ],
            success: .init(status: 200, description: "The tables, the rates and the metadata every export carries.", schema: NationalStatisticsDTO.schema), errors: [403, 409, 422]
        )) { request in
            let asked = try StatisticsRequest.parse(request)
            let service = StatisticsService(database: request.db, context: request.libertas)
            var statistics = try await service.statistics(try request.caller(), filter: asked.filter, country: asked.country)
            if request.queryValue("details") == "1" {
                statistics.details = try await service.details(filter: asked.filter, granularity: asked.granularity)
            }
            return NationalStatisticsDTO(statistics, request: asked)
        }
    }
}

struct NationalStatisticsDTO: Content {
    struct Metadata: Content { var key: String; var value: String }
    struct Row: Content {
        var indicator: String; var dimension: String; var category: String; var sex: String; var age: String; var year: Int
        /// The count, or null when withheld.
        var value: Int?
        /// As the UNODC layout writes it: the count, `<5` or `x`.
        var text: String
    }
    struct Rate: Content {
        var year: Int; var sex: String; var age: String; var form: String?
        var count: Int?; var rate: Double?; var population: Double; var populationInterpolated: Bool
    }
    var country: String
    var metadata: [Metadata]
    var glotip: [Row]
    var sdg: [Rate]
    var sdgProblem: String?
    /// Trends, routes and services, when asked for.
    var details: [Table]?

    /// A table of `details`: cells are numbers, text, withheld marks (`<5`, `x`) or null when empty.
    struct Table: Content {
        var name: String
        var columns: [String]
        var rows: [[Cell]]
    }

    struct Cell: Codable, Sendable {
        var value: StatisticsDetailTable.Cell

        init(_ value: StatisticsDetailTable.Cell) { self.value = value }

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { value = .empty }
            else if let integer = try? container.decode(Int.self) { value = .integer(integer) }
            else if let number = try? container.decode(Double.self) { value = .number(number) }
            else { value = .text(try container.decode(String.self)) }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch value {
            case .integer(let integer): try container.encode(integer)
            case .number(let number): try container.encode(number)
            case .text(let text): try container.encode(text)
            case .empty: try container.encodeNil()
            }
        }
    }

    init(_ statistics: NationalStatistics, request: StatisticsRequest) {
        country = statistics.country.iso3
        metadata = statistics.metadata(filterDescription: request.filterDescription).map { Metadata(key: $0.key, value: $0.value) }
        glotip = statistics.glotip.map {
            Row(indicator: $0.indicator.rawValue, dimension: $0.dimension.rawValue, category: $0.category, sex: $0.sex.rawValue, age: $0.age.rawValue,
                year: $0.year, value: $0.value.count, text: statistics.rule.text($0.value))
        }
        sdg = statistics.sdg.map {
            Rate(year: $0.year, sex: $0.sex.glotipSex.rawValue, age: $0.ageBand.glotipAge.rawValue, form: $0.form?.rawValue,
                 count: $0.count.count, rate: $0.rate.rounded, population: $0.population.persons, populationInterpolated: $0.population.isInterpolated)
        }
        sdgProblem = statistics.sdgProblem
        details = statistics.details?.tables(rule: statistics.rule).map { Table(name: $0.name, columns: $0.columns, rows: $0.rows.map { $0.map(Cell.init) }) }
    }

    static let schema: JSONSchema = .object([
        ("country", .string()),
        ("metadata", .array(.object([("key", .string()), ("value", .string())], required: ["key", "value"]))),
        ("glotip", .array(.object([
            ("indicator", .string(values: GLOTIPIndicator.allCases.map(\.rawValue))), ("dimension", .string(values: GLOTIPDimension.allCases.map(\.rawValue))),
            ("category", .string()), ("sex", .string(values: GLOTIPSex.allCases.map(\.rawValue))), ("age", .string(values: GLOTIPAge.allCases.map(\.rawValue))),
            ("year", .integer()), ("value", .nullable(.integer(minimum: 0))), ("text", .string()),
        ], required: ["indicator", "dimension", "category", "sex", "age", "year", "text"]))),
        ("sdg", .array(.object([
            ("year", .integer()), ("sex", .string()), ("age", .string()), ("form", .nullable(.string(values: GLOTIPExploitationGroup.allCases.map(\.rawValue)))),
            ("count", .nullable(.integer(minimum: 0))), ("rate", .nullable(.number)), ("population", .number), ("populationInterpolated", .boolean),
        ], required: ["year", "sex", "age", "population", "populationInterpolated"]))),
        ("sdgProblem", .nullable(.string())),
        ("details", .nullable(.array(.object([
            ("name", .string()), ("columns", .array(.string())), ("rows", .array(.array(.nullable(.scalar)))),
        ], required: ["name", "columns", "rows"])))),
    ], required: ["country", "metadata", "glotip", "sdg"])
}
