import Foundation
import Reporting
import Testing
@testable import Interchange

/// The acceptance tests on the real UNODC export (`../shared/data/unodc_glotip`):
/// the whole file imports without a problem, and one country's rows survive
/// import → long-layout CSV → import unchanged. Expected values come from the
/// file itself (parsed by ``GLOTIPTestData/parseCSV(_:)``) and from its README.
@Suite("GLOTIP export: the real UNODC file", .enabled(if: GLOTIPTestData.csvExport != nil, "\(GLOTIPTestData.missing): skipping the acceptance tests"))
struct GLOTIPRoundTripTests {
    static let country = "MEX"

    /// One import of a whole file, shared by the tests: the XLSX takes long in a debug build.
    struct Pass: Sendable {
        let report: GLOTIPImportReport
        /// The rows of ``country``, in file order.
        let countryRows: [ImportedGLOTIPRow]
    }

    static let csvPass = Result { try importWhole(GLOTIPTestData.csvExport!, .csv) }
    static let xlsxPass = Result {
        guard let url = GLOTIPTestData.xlsxExport else { throw CocoaError(.fileNoSuchFile) }
        return try importWhole(url, .xlsx)
    }

    static func pass(_ format: GLOTIPExportReader.Format) throws -> Pass {
        try (format == .csv ? csvPass : xlsxPass).get()
    }

    private static func importWhole(_ url: URL, _ format: GLOTIPExportReader.Format) throws -> Pass {
        let started = ContinuousClock.now
        var rows: [ImportedGLOTIPRow] = []
        let report = try GLOTIPExportReader().read(url) { if $0.row.iso3 == country { rows.append($0) } }
        print("GLOTIP \(format) import: \(report.summary.rowsRead) rows in \(ContinuousClock.now - started)")
        return Pass(report: report, countryRows: rows)
    }

    @Test("the whole export imports: every row kept, the README's counts", arguments: [GLOTIPExportReader.Format.csv, .xlsx])
    func wholeExport(format: GLOTIPExportReader.Format) throws {
        let report = try Self.pass(format).report
        let summary = report.summary
        #expect(report.problems.isEmpty, "\(report.problems.prefix(5))")
        #expect(summary.rowsRead == 58_769)
        #expect(summary.rowsKept == 58_769)
        #expect(summary.suppressedValues == 29_558)
        // 198 ISO codes, and Sark, which has none.
        #expect(summary.rowsByCountry.count == 199)
        #expect(summary.rowsByCountry[""] != nil)
        #expect(summary.citizenshipRows == 10_093)
        #expect(summary.citizenshipRowsUnmapped == 142)
        #expect(summary.unmappedCitizenshipLabels.count == 67)
        // The XLSX also has Tonga's `N/A`, which the CSV conversion turned into the empty label.
        #expect(summary.mappedCitizenshipLabels.count == (format == .csv ? 630 : 631))
        #expect(summary.mappedCitizenshipLabels.contains("N/A") == (format == .xlsx))
    }

    @Test("one country's rows: import, write in the long layout, import again; values and <5 unchanged",
          arguments: [GLOTIPExportReader.Format.csv, .xlsx])
    func roundTrip(format: GLOTIPExportReader.Format) throws {
        let source = try GLOTIPTestData.sourceRows(of: Self.country, in: GLOTIPTestData.csvExport!)
        #expect(source.count == 461)
        let imported = try Self.pass(format).countryRows
        try #require(imported.count == source.count)

        // Write them as Libertas exports them, then read that file both ways.
        let written = try TestSupport.temporaryFile("\(Self.country).csv")
        defer { TestSupport.remove(written) }
        let writer = try CSVWriter(url: written)
        try writer.write(GLOTIPLongLayout.header)
        for row in imported { try writer.write(GLOTIPLongLayout.fields(of: row.row, rule: SuppressionRule())) }
        try writer.close()

        let writtenText = GLOTIPTestData.parseCSV(try String(contentsOf: written, encoding: .utf8))
        #expect(writtenText.first == GLOTIPLongLayout.header)
        let reread = try GLOTIPExportReader().readAll(written)
        #expect(reread.problems.isEmpty)
        try #require(reread.rows.count == source.count && writtenText.count == source.count + 1)

        var suppressed = 0
        for (index, expected) in source.enumerated() {
            let value = GLOTIPTestData.normalisedValue(expected[11])
            let cells = writtenText[index + 1]
            // Every column of the written file equals the source's, labels byte for byte; counts lose their thousands separators.
            #expect(cells[0..<11] == expected[0..<11], "source row \(index + 2)")
            #expect(cells[11] == value, "source row \(index + 2): \(expected[11]) became \(cells[11])")
            #expect(cells[12] == expected[12])
            let row = reread.rows[index].row
            #expect(Array(row.category.utf8) == Array(expected[6].utf8))
            if value == "<5" {
                suppressed += 1
                #expect(row.value == .suppressed(.primary), "source row \(index + 2)")
            } else {
                #expect(row.value == .count(Int(value)!), "source row \(index + 2)")
            }
            #expect(reread.rows[index].citizenshipCode == imported[index].citizenshipCode)
        }
        #expect(suppressed == source.filter { $0[11] == "<5" }.count)
        print("GLOTIP \(format) round trip of \(Self.country): \(source.count) rows compared, \(suppressed) stayed <5")
    }

    @Test("one country's rows through the XLSX writer and back")
    func throughXLSXWriter() throws {
        let source = try GLOTIPTestData.sourceRows(of: Self.country, in: GLOTIPTestData.csvExport!)
        let imported = try Self.pass(.csv).countryRows
        let rule = SuppressionRule()
        let rows: [[XLSXCell]] = imported.map { row in
            GLOTIPLongLayout.fields(of: row.row, rule: rule).enumerated().map { column, text in
                // Years are numbers in UNODC's workbook; txtVALUE is text there, so it stays text.
                column == 9 ? .integer(row.row.year) : .string(text)
            }
        }
        let data = try XLSXWriter().write([XLSXSheet(name: GLOTIPExportReader.exportSheet, header: GLOTIPLongLayout.header, rows: rows)])
        let file = try TestSupport.temporaryFile("\(Self.country).xlsx", contents: Array(data))
        defer { TestSupport.remove(file) }

        let reread = try GLOTIPExportReader().readAll(file)
        #expect(reread.problems.isEmpty)
        #expect(reread.rows.map(\.row) == imported.map(\.row))
        #expect(zip(reread.rows, source).allSatisfy { $0.row.value == GLOTIPExportRowParser.reportedValue(GLOTIPTestData.normalisedValue($1[11])) })
    }
}
