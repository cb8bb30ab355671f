import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage

/// Stores imported cases in batches: one transaction and one audit entry per
/// batch, cases already imported (same source id) skipped, so a re-run of the
/// same file adds nothing.
final class CaseImportSink: @unchecked Sendable {
    struct Pending {
        var draft: CaseDraft
        /// The data rows the case came from, counted as imported or skipped.
        var rows: Int
    }

    let database: any Database
    let context: LibertasContext
    let organisationID: UUID
    let actor: AuditEvent.Actor
    let origin: AuditEvent.Origin
    let source: String
    let batchSize: Int
    private var pending: [Pending] = []
    private(set) var summary = ImportSummary()

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

    /// Queues a case; stores the queue when it is full. Called from the import thread.
    func add(_ draft: CaseDraft, rows: Int) throws {
        pending.append(Pending(draft: draft, rows: rows))
        if pending.count >= batchSize { try flush() }
    }

    /// Stores what is queued. Called from the import thread.
    func flush() throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending = []
        let result = try BlockingWait.run { [self] in try await store(batch) }
        summary.imported += result.imported
        summary.skipped += result.skipped
    }

    private func store(_ batch: [Pending]) async throws -> (imported: Int, skipped: Int) {
        let ids = batch.compactMap(\.draft.sourceID)
        let existing = Set(try await CaseFileModel.query(on: database).filter(\.$sourceID ~~ ids).all(\.$sourceID).compactMap { $0 })
        let fresh = batch.filter { !existing.contains($0.draft.sourceID ?? "") }
        let skipped = batch.filter { existing.contains($0.draft.sourceID ?? "") }.reduce(0) { $0 + $1.rows }
        guard !fresh.isEmpty else { return (0, skipped) }
        let builder = CaseRowBuilder(codecs: context.caseCodecs, today: PartialDate.today(context.now()))
        var rows = NewCaseRows()
        let references = Set(fresh.compactMap { $0.draft.preferredReference })
        let taken = references.isEmpty ? [] : Set(try await CaseFileModel.query(on: database).filter(\.$reference ~~ Array(references)).all(\.$reference))
        for item in fresh {
            let built = try builder.rows(for: item.draft, organisationID: organisationID, createdBy: actor.userID)
            if let reference = item.draft.preferredReference, !taken.contains(reference) { built.model.reference = reference }
            rows.append(built.rows)
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
        return (imported, skipped)
    }
}
