import AuditTrail
import FluentKit
import Foundation
import SQLKit

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
        try await enqueue(.body { tx, recorder in try await body(tx, recorder) }, on: database) as! T
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

    /// Inserts rows built and encrypted beforehand, with the events that describe
    /// them, in turn with the other audited changes.
    ///
    /// Unlike a ``transaction(on:_:)`` body, prepared rows can be merged: the
    /// inserts of one type queued together go in as one multi-row statement per
    /// table, which is what lets the API open many cases a second and the public
    /// channel take hundreds of alerts. If the merged insert fails (a clashing case
    /// reference, an alert id already stored), each insert is retried alone, so
    /// only the one at fault fails.
    public func insert(_ rows: some MergeableInsert, events: [AuditEvent] = [], on database: any Database) async throws {
        _ = try await enqueue(.rows(rows, events), on: database)
    }

    /// Queues `work` and waits until it is committed (or has failed).
    private func enqueue(_ work: WriteQueue.Work, on database: any Database) async throws -> any Sendable {
        try await withCheckedThrowingContinuation { continuation in
            if queue.enqueue(WriteQueue.Job(database: database, work: work, continuation: continuation)) {
                Task { await self.drain() }
            }
        }
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
                    if jobs.count == 1 {
                        // Alone, a failure rolls back the whole transaction: no savepoint needed.
                        outcomes.set(0, .success(try await jobs[0].run(tx, recorder)))
                    } else {
                        let batch = Batch(sql: sql, recorder: recorder, outcomes: outcomes)
                        var inserts: [(index: Int, job: WriteQueue.Job)] = []
                        for (index, job) in jobs.enumerated() {
                            if case .rows = job.work { inserts.append((index, job)) } else { try await batch.alone(index, job, on: tx) }
                        }
                        try await batch.merged(inserts, on: tx)
                    }
                    try await recorder.flush()
                }
            }
        } catch {
            // Nothing was committed: every change fails, with its own error if it had one.
            outcomes.failAll(error)
        }
        for (job, outcome) in zip(jobs, outcomes.results) { job.continuation.resume(with: outcome) }
    }
}

/// Runs the jobs of one multi-job transaction, each change in a savepoint so
/// that a failure rolls back that change alone.
private struct Batch {
    let sql: any SQLDatabase
    let recorder: AuditRecorder
    let outcomes: Outcomes

    /// Runs `body` in a savepoint: its changes and audit entries are kept if it
    /// returns, undone if it throws.
    func savepoint<T>(_ body: () async throws -> T) async throws -> Result<T, any Error> {
        let mark = recorder.mark()
        try await sql.raw("SAVEPOINT audited_change").run()
        do {
            let value = try await body()
            try await sql.raw("RELEASE SAVEPOINT audited_change").run()
            return .success(value)
        } catch {
            try await sql.raw("ROLLBACK TO SAVEPOINT audited_change").run()
            try await sql.raw("RELEASE SAVEPOINT audited_change").run()
            recorder.rollback(to: mark)
            return .failure(error)
        }
    }

    func alone(_ index: Int, _ job: WriteQueue.Job, on tx: any Database) async throws {
        outcomes.set(index, try await savepoint { try await job.run(tx, recorder) })
    }

    /// The prepared inserts of each type as one multi-row insert; one by one if that fails.
    func merged(_ inserts: [(index: Int, job: WriteQueue.Job)], on tx: any Database) async throws {
        var types: [ObjectIdentifier] = []
        var byType: [ObjectIdentifier: [(index: Int, job: WriteQueue.Job)]] = [:]
        for insert in inserts {
            guard case .rows(let rows, _) = insert.job.work else { continue }
            let type = ObjectIdentifier(Swift.type(of: rows))
            if byType[type] == nil { types.append(type) }
            byType[type, default: []].append(insert)
        }
        for type in types { try await mergedOfOneType(byType[type]!, on: tx) }
    }

    private func mergedOfOneType(_ inserts: [(index: Int, job: WriteQueue.Job)], on tx: any Database) async throws {
        guard inserts.count > 1 else {
            if let only = inserts.first { try await alone(only.index, only.job, on: tx) }
            return
        }
        var parts: [any MergeableInsert] = []
        var events: [AuditEvent] = []
        for (_, job) in inserts {
            guard case .rows(let more, let described) = job.work else { continue }
            parts.append(more)
            events += described
        }
        let rows = parts[0].merged(with: Array(parts.dropFirst()))
        let together = try await savepoint {
            try await rows.insert(on: tx)
            for event in events { try await recorder.record(event) }
        }
        if case .success = together {
            for (index, _) in inserts { outcomes.set(index, .success(())) }
        } else {
            for (index, job) in inserts { try await alone(index, job, on: tx) }
        }
    }
}

/// The changes waiting for the next commit.
private final class WriteQueue: @unchecked Sendable {
    enum Work {
        case body(@Sendable (any Database, AuditRecorder) async throws -> any Sendable)
        case rows(any MergeableInsert, [AuditEvent])
    }

    struct Job {
        let database: any Database
        let work: Work
        let continuation: CheckedContinuation<any Sendable, any Error>

        func run(_ tx: any Database, _ recorder: AuditRecorder) async throws -> any Sendable {
            switch work {
            case .body(let body):
                return try await body(tx, recorder)
            case .rows(let rows, let events):
                try await rows.insert(on: tx)
                for event in events { try await recorder.record(event) }
                return ()
            }
        }
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
///
/// Entries are chained in memory and inserted together when the transaction
/// is about to commit: one read of the chain head and one insert per
/// transaction, however many changes it carries. Only the writer's task uses a
/// recorder, one job after another, so its state needs no lock.
public final class AuditRecorder: @unchecked Sendable {
    let database: any Database
    let now: @Sendable () -> Date
    private var head: (sequence: Int64, hash: String)?
    private var pending: [AuditEntryModel] = []

    init(database: any Database, now: @escaping @Sendable () -> Date) {
        self.database = database
        self.now = now
    }

    /// Appends `event` as the next entry of the chain. The entry is written
    /// when the transaction commits.
    @discardableResult
    public func record(_ event: AuditEvent) async throws -> AuditEntryModel {
        let previous = try await chainHead()
        let content = AuditEntryContent(
            sequence: previous.sequence + 1,
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
            previousHash: previous.hash
        )
        let entry = AuditEntryModel(content, hash: AuditChain.hash(of: content))
        pending.append(entry)
        head = (content.sequence, entry.hash)
        return entry
    }

    /// Where the chain stands, to go back to if a change is rolled back.
    struct Mark {
        let count: Int
        let head: (sequence: Int64, hash: String)?
    }

    func mark() -> Mark { Mark(count: pending.count, head: head) }

    func rollback(to mark: Mark) {
        pending.removeSubrange(mark.count...)
        head = mark.head
    }

    /// Inserts the entries recorded so far, in one statement (per 2,000 or so entries).
    func flush() async throws {
        guard !pending.isEmpty else { return }
        let rows = BulkRows(table: AuditEntryModel.schema, columns: AuditEntryModel.columns, values: pending.flatMap(\.values))
        try await rows.insert(on: Backend.sqlDatabase(database))
        for entry in pending { entry._$idExists = true }
        pending = []
    }

    private func chainHead() async throws -> (sequence: Int64, hash: String) {
        if let head { return head }
        let last = try await AuditEntryModel.query(on: database).sort(\.$id, .descending).first()
        let loaded = (last?.id ?? 0, last?.hash ?? AuditChain.genesisHash)
        head = loaded
        return loaded
    }
}
