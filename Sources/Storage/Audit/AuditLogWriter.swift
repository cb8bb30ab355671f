import AuditTrail
import FluentKit
import Foundation

/// Appends to the hash-chained audit log.
///
/// Every change that must be audited goes through ``transaction(on:_:)``: the
/// change and its audit entries commit together or not at all, and appends take
/// turns, so each entry's `previousHash` is the hash of the entry committed just
/// before it. One writer serves the whole process.
public final class AuditLogWriter: Sendable {
    private let lock = AsyncLock()
    private let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date = Date.init) {
        self.now = now
    }

    /// Runs `body` in a database transaction in which it may record audit events.
    public func transaction<T: Sendable>(
        on database: any Database,
        _ body: @escaping @Sendable (any Database, AuditRecorder) async throws -> T
    ) async throws -> T {
        let now = self.now
        return try await lock.withLock {
            try await database.transaction { tx in
                try await Backend.sql(for: tx).lockAuditChain(on: Backend.sqlDatabase(tx))
                return try await body(tx, AuditRecorder(database: tx, now: now))
            }
        }
    }

    /// Runs a write that needs no audit entry (bookkeeping such as a session's
    /// last-seen time) in turn with the audited ones.
    ///
    /// SQLite allows one writer at a time: a write slipping in between an audited
    /// transaction's read of the chain head and its insert would make that
    /// transaction fail with `SQLITE_BUSY`, so every write in the process queues here.
    public func bookkeeping<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await lock.withLock(body)
    }

    /// Records one event on its own, for actions that change nothing else, such
    /// as reading personal data or a failed sign-in.
    @discardableResult
    public func record(_ event: AuditEvent, on database: any Database) async throws -> AuditEntryModel {
        try await transaction(on: database) { _, audit in try await audit.record(event) }
    }
}

/// Records events inside an ``AuditLogWriter`` transaction.
public struct AuditRecorder: Sendable {
    let database: any Database
    let now: @Sendable () -> Date

    /// Appends `event` as the next entry of the chain.
    @discardableResult
    public func record(_ event: AuditEvent) async throws -> AuditEntryModel {
        let head = try await AuditEntryModel.query(on: database).sort(\.$id, .descending).first()
        let content = AuditEntryContent(
            sequence: (head?.id ?? 0) + 1,
            timestampMillis: Int64((now().timeIntervalSince1970 * 1000).rounded()),
            actorUserID: event.actor.userID,
            actorLabel: event.actor.label,
            organisationID: event.organisationID ?? event.actor.organisationID,
            action: event.action,
            recordType: event.recordType,
            recordID: event.recordID,
            ipAddress: event.origin.ipAddress,
            requestID: event.origin.requestID,
            summary: event.summary.canonicalJSON,
            previousHash: head?.hash ?? AuditChain.genesisHash
        )
        let entry = AuditEntryModel(content, hash: AuditChain.hash(of: content))
        try await entry.create(on: database)
        return entry
    }
}
