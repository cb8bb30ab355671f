import AuditTrail
import Fluent
import Foundation
import Interchange
import Reporting
import Storage
import Vapor

/// Imports the UNODC GLOTIP export, so national figures can be set beside the published ones.
///
/// Importing a file replaces every figure already held for the countries it contains: UNODC
/// revises earlier years in each release, so the newest file is the truth for its countries and
/// mixing releases would double count. Bad rows are reported with their row number and skipped;
/// the good ones are kept.
public struct GLOTIPFigureImport {
    public let app: Application

    public init(app: Application) {
        self.app = app
    }

    public struct Summary: Sendable, Encodable {
        public let read: Int
        public let imported: Int
        public let countries: Int
        public let suppressed: Int
        public let problems: Int
        public let citizenshipLabelsUnmapped: Int
        /// The first problems, each with its row number.
        public let firstProblems: [String]
    }

    public func run(url: URL) async throws -> Summary {
        let result = try await BlockingWait.onThread { try GLOTIPExportReader().readAll(url) }
        let rows = result.rows.map(Self.model)
        let countries = Array(Set(rows.map(\.iso3)))
        try await app.libertas.audit.transaction(on: app.db) { tx, audit in
            for chunk in countries.chunked(500) {
                try await GLOTIPFigureModel.query(on: tx).filter(\.$iso3 ~~ Array(chunk)).delete()
            }
            try await NewCaseRows.create(rows, on: tx)
            var summary = AuditSummary()
            summary.note("file", url.lastPathComponent)
            summary.note("figures", String(rows.count))
            summary.note("countries", String(countries.count))
            try await audit.record(AuditEvent(actor: .system("cli"), origin: .commandLine, action: "glotip.import", recordType: "nationalStatistics", summary: summary))
        }
        return Summary(
            read: result.summary.rowsRead, imported: rows.count, countries: countries.count, suppressed: result.summary.suppressedValues,
            problems: result.summary.problemCount, citizenshipLabelsUnmapped: result.summary.unmappedCitizenshipLabels.count,
            firstProblems: result.problems.prefix(20).map(\.description)
        )
    }

    static func model(_ imported: ImportedGLOTIPRow) -> GLOTIPFigureModel {
        let row = imported.row
        let model = GLOTIPFigureModel()
        model.id = UUID()
        model.iso3 = row.iso3
        model.country = row.country
        model.region = row.region
        model.subregion = row.subregion
        model.indicator = row.indicator.rawValue
        model.dimension = row.dimension.rawValue
        model.category = row.category
        model.citizenshipCode = imported.citizenshipCode
        model.sex = row.sex.rawValue
        model.age = row.age.rawValue
        model.year = row.year
        model.value = row.value.count
        model.source = row.source
        model.sourceRow = imported.sourceRow
        return model
    }
}
