import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import KnowledgeBase
import Storage
import SyntheticData
import Vapor

/// Fills the knowledge portal with synthetic published records for benchmarks
/// and training (see ``SyntheticKnowledgeGenerator``).
///
/// Records skip the editorial path: each batch of 500 goes in one transaction
/// as published records (draft = published, one revision) with their index
/// rows (``KnowledgeBulkLoad``), and the whole run is one audit entry. Into a
/// portal smaller than the run, the search indexes are built once at the end
/// (`KnowledgeIndex.bulkLoad`). That is what makes a 100,000-record portal a
/// matter of minutes, and it is how the index-build rate of issue 9 is measured. Each record has the source id
/// `synthetic-knowledge-<seed>-<n>`, so running it again with the same seed
/// adds nothing and a larger count adds only the missing records.
public enum SyntheticKnowledge {
    /// Records per transaction: large enough that statement overhead fades,
    /// small enough that a batch's JSON (a few megabytes) stays modest.
    static let batchSize = 500
    /// The demo knowledge editor the records are created by.
    static let editorUsername = "lawyer.nadia"

    public struct Result: Sendable {
        public var summary: ImportSummary
        /// Time spent generating and storing records (not starting the application).
        public var seconds: Double
        /// The demo users' password, when this run created them.
        public var demoPassword: String?

        /// Records stored per second.
        public var recordsPerSecond: Double { seconds > 0 ? Double(summary.imported) / seconds : 0 }

        /// The summary as one JSON line: the import counts, then the time and rate.
        public var jsonLine: String {
            String(summary.jsonLine.dropLast()) + #","seconds":\#(String(format: "%.1f", seconds)),"records_per_second":\#(Int(recordsPerSecond.rounded()))}"#
        }
    }

    /// Adds `count` synthetic records made with `seed`, all published.
    public static func seed(_ app: Application, count: Int, seed: UInt64, progress: (any ImportProgress)? = nil) async throws -> Result {
        let demo = try await DemoData.seed(app)
        guard let editor = try await UserQueries.find(username: editorUsername, on: app.db)?.requireID() else {
            throw Abort(.internalServerError, reason: "The demo knowledge editor \(editorUsername) is missing.")
        }
        let started = Date()
        let batches = Batches(generator: SyntheticKnowledgeGenerator(seed: seed, today: .today(app.libertas.now())), seed: seed, count: count,
                              index: KnowledgeIndex(app.db))
        var summary = ImportSummary()
        try await KnowledgeIndex(app.db).bulkLoad(adding: count, building: { app.logger.info("Building the knowledge search indexes") }) {
            // The next batch is generated and encoded (on every core) while this one is stored.
            var next: Task<[Built], any Error>? = batches.build()
            while let pending = next {
                let built = try await pending.value
                next = batches.build()
                summary.read += built.count
                let stored = try await store(built, createdBy: editor, app: app)
                summary.imported += stored
                summary.skipped += built.count - stored
                progress?.update(summary, bytesRead: Int64(summary.read), totalBytes: Int64(count))
            }
        }
        var event = AuditSummary()
        event.note("seed", String(seed))
        event.note("records", String(summary.imported))
        try await app.libertas.audit.record(
            AuditEvent(actor: .system("seed"), origin: .commandLine, action: "knowledgeRecord.seed", recordType: RecordKind.knowledgeRecord.rawValue, summary: event),
            on: app.db
        )
        return Result(summary: summary, seconds: Date().timeIntervalSince(started), demoPassword: demo.password)
    }

    /// A generated record, encoded and indexed, ready to store.
    struct Built: Sendable {
        var item: KnowledgeBulkLoad.Item
    }

    /// Stores the records of `batch` not stored by an earlier run, in one transaction.
    private static func store(_ batch: [Built], createdBy: UUID, app: Application) async throws -> Int {
        let now = app.libertas.now()
        // In turn with audited writes, which SQLite's single writer needs.
        return try await app.libertas.audit.bookkeeping {
            try await app.db.transaction { tx in
                let ids = batch.compactMap(\.item.sourceID)
                let existing = Set(try await KnowledgeRecordModel.query(on: tx).filter(\.$sourceID ~~ ids).all(\.$sourceID).compactMap { $0 })
                let fresh = batch.map(\.item).filter { !existing.contains($0.sourceID ?? "") }
                guard !fresh.isEmpty else { return 0 }
                let firstKey = try await KnowledgeEditing.nextKey(on: tx)
                try await KnowledgeBulkLoad.insert(fresh, firstKey: firstKey, createdBy: createdBy, at: now, on: tx)
                return fresh.count
            }
        }
    }

    /// Hands out the records in batches, in generator order; one batch is built at a time.
    private final class Batches: @unchecked Sendable {
        private var generator: SyntheticKnowledgeGenerator
        private let seed: UInt64
        private let count: Int
        private let index: KnowledgeIndex
        private var made = 0

        init(generator: SyntheticKnowledgeGenerator, seed: UInt64, count: Int, index: KnowledgeIndex) {
            self.generator = generator
            self.seed = seed
            self.count = count
            self.index = index
        }

        /// Starts building the next batch, or returns `nil` when all are made.
        /// Called only after the previous batch's task has finished.
        func build() -> Task<[Built], any Error>? {
            guard made < count else { return nil }
            let size = min(SyntheticKnowledge.batchSize, count - made)
            let first = made
            made += size
            return Task { [index] in
                var built = try await BlockingWait.onThread { [self] in
                    // Generation is sequential (one random stream); encoding and
                    // text normalisation, most of the work, run on every core.
                    let records = (0..<size).map { _ in generator.next() }
                    let seed = self.seed
                    return try Array(records.enumerated()).concurrentMap { offset, record in
                        Built(item: KnowledgeBulkLoad.Item(
                            sourceID: "synthetic-knowledge-\(seed)-\(first + offset)", type: record.type, title: record.title(for: nil),
                            data: try KnowledgeEditing.encode(record), entry: KnowledgeIndexEntry(record)
                        ))
                    }
                }
                // Split for the index here too, not in the write transaction.
                for (offset, prepared) in try await index.prepare(built.map(\.item.entry.text)).enumerated() {
                    built[offset].item.prepared = prepared
                }
                return built
            }
        }
    }
}
