import AuditTrail
import Storage
import Foundation
import Vapor

/// Exports cases to a file, from the command line.
public struct CaseExport {
    public let app: Application

    public init(app: Application) {
        self.app = app
    }

    /// Writes every case, or one organisation's, in the HTCDS layout; returns the number of victim rows.
    public func htcds(to url: URL, organisationID: UUID?, actor: AuditEvent.Actor, origin: AuditEvent.Origin) async throws -> Int {
        try await CaseExporter(database: app.db, context: app.libertas)
            .exportHTCDS(to: url, filter: organisationID.map { .organisation($0, orOwnedBy: UUID()) } ?? .everything, actor: actor, origin: origin, organisationID: organisationID)
    }
}
