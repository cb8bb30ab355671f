import AccessControl
import AuditTrail
import Fluent
import Foundation
import Storage

/// Browsing and checking the audit log.
struct AuditService {
    let database: any Database
    let context: LibertasContext

    func list(_ caller: Caller, criteria: AuditCriteria, cursor: String?, limit: Int?) async throws -> ListPage<AuditEntryModel> {
        let filter = context.listFilter(caller, .auditEntry)
        if filter == .nothing { try await context.refuse(caller, .list, .auditEntry, on: database) }
        return try await AuditQueries.list(on: database, filter: filter, criteria: criteria, after: Cursor.parse(cursor), limit: PageSize.clamp(limit))
    }

    /// Checks the whole hash chain. Only for those who may read the whole log,
    /// since the report speaks of every entry.
    func verify(_ caller: Caller) async throws -> AuditVerificationReport {
        guard context.policy.scope(for: caller.principal, action: .export, kind: .auditEntry) == .national else {
            try await context.refuse(caller, .export, .auditEntry, on: database)
        }
        return try await AuditLogWriter.verify(on: database)
    }

    /// The action names in the log, for the filter menu.
    func actions() async throws -> [String] {
        try await AuditQueries.actions(on: database)
    }
}
