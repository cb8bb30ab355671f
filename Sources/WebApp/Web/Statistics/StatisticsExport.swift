import Foundation
import Interchange
import Reporting
import Vapor

/// The statistics as files. Every file carries the metadata: country, years, filters, date, the
/// suppression rule and the method. Values are the page's: suppressed cells stay suppressed.
enum StatisticsExport {
    static func fileName(_ statistics: NationalStatistics, _ suffix: String) -> String {
        "libertas-statistics-\(statistics.country.iso3)-\(statistics.years.lowerBound)-\(statistics.years.upperBound).\(suffix)"
    }

    /// The UNODC long layout after `#` lines of metadata, which spreadsheet programs show as text.
    static func csv(_ statistics: NationalStatistics, _ request: StatisticsRequest) -> Response {
        let metadata = statistics.metadata(filterDescription: request.filterDescription).map { ["# \($0.key): \($0.value)"] }
        let rows = statistics.glotip.map { GLOTIPLongLayout.fields(of: $0, rule: statistics.rule) }
        return download(Data(CSVWriter.string(metadata + [GLOTIPLongLayout.header] + rows).utf8), type: "text/csv; charset=utf-8", name: fileName(statistics, "csv"))
    }

    /// The GLOTIP tables (counts as numbers, withheld cells as their marks), SDG 16.2.2 in the
    /// open-sdg layout, the metadata, then a sheet for each table of trends, routes and services.
    static func xlsx(_ statistics: NationalStatistics, _ request: StatisticsRequest) throws -> Response {
        let glotip = statistics.glotip.map { row -> [XLSXCell] in
            let fields = GLOTIPLongLayout.fields(of: row, rule: statistics.rule).map { XLSXCell.string($0) }
            var cells = fields
            cells[9] = .integer(row.year)
            if let count = row.value.count { cells[11] = .integer(count) }
            return cells
        }
        let sdgTable = SDG16_2_2.openSDGTable(statistics.sdg)
        let sdgRows = sdgTable.dropFirst().map { $0.map { Double($0).map(XLSXCell.number) ?? .string($0) } }
        let metadata = statistics.metadata(filterDescription: request.filterDescription).map { [XLSXCell.string($0.key), .string($0.value)] }
        let data = try XLSXWriter().write([
            XLSXSheet(name: "GLOTIP", header: GLOTIPLongLayout.header, rows: glotip),
            XLSXSheet(name: "SDG 16.2.2", header: sdgTable.first ?? [], rows: Array(sdgRows)),
            XLSXSheet(name: "Metadata", header: ["Key", "Value"], rows: metadata),
        ] + (statistics.details?.tables(rule: statistics.rule) ?? []).map(sheet))
        return download(data, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name: fileName(statistics, "xlsx"))
    }

    private static func sheet(_ table: StatisticsDetailTable) -> XLSXSheet {
        XLSXSheet(name: table.name, header: table.columns, rows: table.rows.map { row in
            row.map { cell in
                switch cell {
                case .integer(let integer): .integer(integer)
                case .number(let number): .number(number)
                case .text(let text): .string(text)
                case .empty: .empty
                }
            }
        })
    }

    static func json(_ statistics: NationalStatistics, _ request: StatisticsRequest) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return download(try encoder.encode(NationalStatisticsDTO(statistics, request: request)), type: "application/json", name: fileName(statistics, "json"))
    }

    static func svg(_ chart: StatisticsCharts.Chart, _ statistics: NationalStatistics) -> Response {
        download(Data(chart.svg.utf8), type: "image/svg+xml", name: "libertas-\(chart.name)-\(statistics.country.iso3)-\(statistics.years.upperBound).svg")
    }

    static func png(_ data: Data, _ chart: StatisticsCharts.Chart, _ statistics: NationalStatistics) -> Response {
        download(data, type: "image/png", name: "libertas-\(chart.name)-\(statistics.country.iso3)-\(statistics.years.upperBound).png")
    }

    private static func download(_ data: Data, type: String, name: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
