import AuditTrail
import Storage
import Fluent
import Foundation
import Interchange
import Storage
import Vapor

/// The formats Libertas imports cases from.
public enum CaseImportFormat: String, Sendable, CaseIterable {
    /// HTCDS v2.0 layout, CSV or XLSX (see ``HTCDSLayout``).
    case htcds
    /// CTDC: the 2017 k-anonymised dictionary, the 2024/2025 synthetic files, or the victim–perpetrator file.
    case ctdc
}

/// Imports a file of cases into an organisation, from the command line or a page.
public struct CaseImport {
    public let app: Application
    public let organisationID: UUID
    public let actor: AuditEvent.Actor
    public let origin: AuditEvent.Origin

    public init(app: Application, organisationID: UUID, actor: AuditEvent.Actor, origin: AuditEvent.Origin) {
        self.app = app
        self.organisationID = organisationID
        self.actor = actor
        self.origin = origin
    }

    /// Imports `url` and writes every rejected row to `errorsURL` (a CSV: row, column, value, message).
    ///
    /// - Parameter source: names the file in source ids; the same name and row import once.
    public func run(_ format: CaseImportFormat, url: URL, source: String? = nil, errorsURL: URL?, progress: (any ImportProgress)? = nil) async throws -> ImportSummary {
        let sink = CaseImportSink(
            database: app.db, context: app.libertas, organisationID: organisationID,
            actor: actor, origin: origin, source: source ?? url.lastPathComponent
        )
        let rows = RowSource(url: url)
        let logger = app.logger
        let result: (ImportSummary, [ImportRowError]) = try await CaseRegistryBulkLoad.run(
            adding: try rows.estimatedRows(), on: app.db,
            building: { logger.info("Building the case registry's indexes") }
        ) {
            try await BlockingWait.onThread {
                var errors: [ImportRowError] = []
                switch format {
                case .htcds: try HTCDSImporter(sink: sink, progress: progress).run(rows, errors: &errors)
                case .ctdc: try CTDCImporter(sink: sink, progress: progress).run(rows, errors: &errors)
                }
                return (sink.summary, errors)
            }
        }
        if let errorsURL {
            let writer = try CSVWriter(url: errorsURL)
            try writer.write(["row", "column", "value", "message"])
            for error in result.1 { try writer.write([String(error.row), error.column, error.value, error.message]) }
            try writer.close()
        }
        return result.0
    }
}
