import AuditTrail
import FluentKit
import Foundation

/// Appends to the hash-chained audit log.
///
/// Every change that must be audited goes through ``transaction(on:_:)``: the
/// change and its audit entries commit together or not at all, and appends take
/// turns, so each entry's `previousHash` is the hash of the entry committed just
/// before it. One writer serves the whole process.
///
/// **Group commit.** A commit waits for the disk (an `fsync`, about 10 ms on
/// ordinary disks), and since appends take turns, one commit per change would
/// cap the whole system at about a hundred audited changes a second. So the
/// changes that arrive while a commit is under way are run together in the next
/// transaction, each inside its own savepoint: a change that fails is rolled
/// back alone and its caller gets the error, while the others commit. A caller
/// returns only after its change is committed.
public final class AuditLogWriter: Sendable {
    private let lock = AsyncLock()
    private let now: @Sendable () -> Date
    private let queue = WriteQueue()
    /// The most changes committed together.
    static let maximumBatch = 200

    public init(now: @escaping @Sendable () -> Date = Date.init) {
        self.now = now
    }

    /// Runs `body` in a database transaction in which it may record audit events.
    public func transaction<T: Sendable>(
        on database: any Database,
        _ body: @escaping @Sendable (any Database, AuditRecorder) async throws -> T
    ) async throws -> T {
        let result: any Sendable = try await withCheckedThrowingContinuation { continuation in
            let job = WriteQueue.Job(database: database, body: { tx, recorder in try await body(tx, recorder) }, continuation: continuation)
            if queue.enqueue(job) {
                Task { await self.drain() }
            }
        }
        return result as! T
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

    /// Commits queued changes, batch after batch, until the queue is empty.
    private func drain() async {
        while let jobs = queue.next(Self.maximumBatch) {
            await commit(jobs)
        }
    }

    private func commit(_ jobs: [WriteQueue.Job]) async {
        let outcomes = Outcomes(count: jobs.count)
        let now = self.now
        do {
            try await lock.withLock {
                try await jobs[0].database.transaction { tx in
                    let sql = Backend.sqlDatabase(tx)
                    try await Backend.sql(for: tx).lockAuditChain(on: sql)
                    let recorder = AuditRecorder(database: tx, now: now)
                    guard jobs.count > 1 else {
                        // Alone, a failure rolls back the whole transaction: no savepoint needed.
                        outcomes.set(0, .success(try await jobs[0].body(tx, recorder)))
                        return
                    }
                    for (index, job) in jobs.enumerated() {
                        try await sql.raw("SAVEPOINT audited_change").run()
                        do {
                            outcomes.set(index, .success(try await job.body(tx, recorder)))
                            try await sql.raw("RELEASE SAVEPOINT audited_change").run()
                        } catch {
                            try await sql.raw("ROLLBACK TO SAVEPOINT audited_change").run()
                            try await sql.raw("RELEASE SAVEPOINT audited_change").run()
                            outcomes.set(index, .failure(error))
                        }
                    }
                }
            }
        } catch {
            // Nothing was committed: every change fails, with its own error if it had one.
            outcomes.failAll(error)
        }
        for (job, outcome) in zip(jobs, outcomes.results) { job.continuation.resume(with: outcome) }
    }
}

/// The changes waiting for the next commit.
private final class WriteQueue: @unchecked Sendable {
    struct Job {
        let database: any Database
        let body: @Sendable (any Database, AuditRecorder) async throws -> any Sendable
        let continuation: CheckedContinuation<any Sendable, any Error>
    }

    private let lock = NSLock()
    private var jobs: [Job] = []
    private var draining = false

    /// Queues a job; `true` when no one is draining the queue, so the caller must start.
    func enqueue(_ job: Job) -> Bool {
        lock.withLock {
            jobs.append(job)
            if draining { return false }
            draining = true
            return true
        }
    }

    /// Up to `limit` jobs, or `nil` (and draining stops) when there are none.
    func next(_ limit: Int) -> [Job]? {
        lock.withLock {
            guard !jobs.isEmpty else {
                draining = false
                return nil
            }
            let batch = Array(jobs.prefix(limit))
            jobs.removeFirst(batch.count)
            return batch
        }
    }
}

/// What each change of a batch came to.
private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<any Sendable, any Error>?]

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<any Sendable, any Error>) {
        lock.withLock { values[index] = result }
    }

    /// After a failed commit: the changes that had succeeded fail with `error`.
    func failAll(_ error: any Error) {
        lock.withLock {
            for index in values.indices {
                if case .failure = values[index] { continue }
                values[index] = .failure(error)
            }
        }
    }

    var results: [Result<any Sendable, any Error>] {
        lock.withLock { values.map { $0 ?? .failure(CancellationError()) } }
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
