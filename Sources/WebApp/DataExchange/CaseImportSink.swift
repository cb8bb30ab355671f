import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage

/// Stores imported cases in batches: one transaction and one audit entry per
/// batch, cases already imported (same source id) skipped, so a re-run of the
/// same file adds nothing.
///
/// The import thread builds each batch's rows (encryption, blind indexes and
/// models are most of the work) while the previous batch is written to the
/// database, on every core but one. At most one batch is in flight, and batches are
/// stored in order.
final class CaseImportSink: @unchecked Sendable {
    struct Pending: Sendable {
        var draft: CaseDraft
        /// The data rows the case came from, counted as imported or skipped.
        var rows: Int
    }

    struct Built: Sendable {
        var sourceID: String?
        var preferredReference: String?
        var rows: Int
        var records: NewCaseRows
    }

    let database: any Database
    let context: LibertasContext
    let organisationID: UUID
    let actor: AuditEvent.Actor
    let origin: AuditEvent.Origin
    let source: String
    let batchSize: Int
    private var pending: [Pending] = []
    private var inFlight: (done: DispatchSemaphore, result: BlockingWait.Box<(imported: Int, skipped: Int)>)?
    private(set) var summary = ImportSummary()
    /// Cases stored so far, and when PostgreSQL's planner statistics were last refreshed
    /// (see ``CaseRegistryBulkLoad/refreshPlannerStatistics(on:)``). Touched only by the batch in flight.
    private var storedCases = 0
    private var analysedAt = 500

    init(database: any Database, context: LibertasContext, organisationID: UUID, actor: AuditEvent.Actor, origin: AuditEvent.Origin, source: String, batchSize: Int = 500) {
        self.database = database
        self.context = context
        self.organisationID = organisationID
        self.actor = actor
        self.origin = origin
        self.source = source
        self.batchSize = batchSize
    }

    func countRead(_ rows: Int = 1) { summary.read += rows }
    func countErrors(_ rows: Int = 1) { summary.errors += rows }

    /// Queues a case; hands the queue on to be stored when it is full. Called from the import thread.
    func add(_ draft: CaseDraft, rows: Int) throws {
        pending.append(Pending(draft: draft, rows: rows))
        if pending.count >= batchSize { try flush() }
    }

    /// Stores everything queued and waits until it is stored. Called from the import thread.
    func finish() throws {
        try flush()
        try waitForStore()
    }

    /// Builds the queued cases' rows, waits for the batch before, and starts storing these.
    private func flush() throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending = []
        let now = context.now()
        let builder = CaseRowBuilder(codecs: context.caseCodecs, today: PartialDate.today(now))
        let (organisationID, createdBy) = (organisationID, actor.userID)
        // One core is left to the batch being stored: its statements and the
        // audit writer hop between threads, and a build on every core kept
        // them waiting (stored and built took as long as one after the other).
        let built = try batch.concurrentMap(sparing: inFlight == nil ? 0 : 1) { item in
            var records = try builder.rows(for: item.draft, organisationID: organisationID, createdBy: createdBy).rows
            // One creation time for the batch, as for rows inserted by one statement.
            records.prepare(now: now)
            return Built(sourceID: item.draft.sourceID, preferredReference: item.draft.preferredReference, rows: item.rows, records: records)
        }
        try waitForStore()
        let done = DispatchSemaphore(value: 0)
        let result = BlockingWait.Box<(imported: Int, skipped: Int)>()
        inFlight = (done, result)
        Task { [self] in
            do { result.result = .success(try await store(built)) } catch { result.result = .failure(error) }
            done.signal()
        }
    }

    /// Waits for the batch in flight, if any, and counts it.
    private func waitForStore() throws {
        guard let (done, result) = inFlight else { return }
        inFlight = nil
        done.wait()
        let stored = try result.result!.get()
        summary.imported += stored.imported
        summary.skipped += stored.skipped
    }

    private func store(_ batch: [Built]) async throws -> (imported: Int, skipped: Int) {
        let ids = batch.compactMap(\.sourceID)
        let existing = ids.isEmpty ? [] : Set(try await CaseFileModel.query(on: database).filter(\.$sourceID ~~ ids).all(\.$sourceID).compactMap { $0 })
        let fresh = batch.filter { !existing.contains($0.sourceID ?? "") }
        let skipped = batch.filter { existing.contains($0.sourceID ?? "") }.reduce(0) { $0 + $1.rows }
        guard !fresh.isEmpty else { return (0, skipped) }
        let references = Set(fresh.compactMap(\.preferredReference))
        let taken = references.isEmpty ? [] : Set(try await CaseFileModel.query(on: database).filter(\.$reference ~~ Array(references)).all(\.$reference))
        var rows = NewCaseRows()
        for item in fresh {
            var records = item.records
            if let reference = item.preferredReference, !taken.contains(reference) { records.setReference(reference, ofCase: 0) }
            rows.append(records)
        }
        let imported = fresh.reduce(0) { $0 + $1.rows }
        let stored = rows
        let (actor, origin, source, organisationID) = (self.actor, self.origin, self.source, self.organisationID)
        try await context.audit.transaction(on: database) { tx, audit in
            try await stored.insert(on: tx)
            var summary = AuditSummary()
            summary.note("source", source)
            summary.note("cases", String(stored.cases.count))
            summary.note("victims", String(stored.victims.count))
            try await audit.record(AuditEvent(actor: actor, origin: origin, action: "case.import", recordType: "caseFile", organisationID: organisationID, summary: summary))
        }
        storedCases += stored.cases.count
        if storedCases >= 2 * analysedAt {
            analysedAt = storedCases
            try await CaseRegistryBulkLoad.refreshPlannerStatistics(on: database)
        }
        return (imported, skipped)
    }
}
