import FluentKit
import Foundation
import KnowledgeBase

/// Writes many records straight into the published state: each record with
/// `draft` = `published`, one `Published` revision, and its index rows, in
/// multi-row statements. For seeding and bulk loads, which audit the run as a
/// whole; editors go through the one-record-at-a-time path with its checks,
/// revisions and audit entries.
public enum KnowledgeBulkLoad {
    /// A record ready to store: normalised, validated and encoded by the caller.
    public struct Item: Sendable {
        public let sourceID: String?
        public let type: KnowledgeRecordType
        /// The original-language title, for editors' lists.
        public let title: String
        /// The record's JSON, stored as draft, published version and revision.
        public let data: String
        public let entry: KnowledgeIndexEntry
        /// `entry.text` made ready by `KnowledgeIndex.prepare` on the same database, if the caller did.
        public var prepared: KnowledgeIndex.PreparedText?

        public init(sourceID: String?, type: KnowledgeRecordType, title: String, data: String, entry: KnowledgeIndexEntry) {
            self.sourceID = sourceID
            self.type = type
            self.title = title
            self.data = data
            self.entry = entry
        }
    }

    /// Inserts `items` as published records with search keys from `firstKey`
    /// on. Run it in a transaction, with nothing else allocating keys.
    ///
    /// - Returns: the records' ids, in order.
    @discardableResult
    public static func insert(_ items: [Item], firstKey: Int, createdBy: UUID, at now: Date, on database: any Database) async throws -> [UUID] {
        var records: [KnowledgeRecordModel] = []
        var revisions: [KnowledgeRevisionModel] = []
        var documents: [KnowledgeIndex.Document] = []
        for (offset, item) in items.enumerated() {
            let id = UUID.timeOrdered()
            let model = KnowledgeRecordModel(id: id, searchKey: firstKey + offset, createdBy: createdBy)
            model.type = item.type.rawValue
            model.status = KnowledgeStatus.published.rawValue
            model.title = item.title
            model.revision = 1
            model.draft = item.data
            model.published = item.data
            model.publishedAt = now
            model.sourceID = item.sourceID
            records.append(model)
            revisions.append(KnowledgeRevisionModel(recordID: id, number: 1, action: .published, data: item.data, userID: createdBy))
            documents.append(KnowledgeIndex.Document(key: firstKey + offset, type: item.type, entry: item.entry, prepared: item.prepared))
        }
        try await BulkInsert.insert(records, on: database)
        try await BulkInsert.insert(revisions, on: database)
        // The keys are new (`firstKey` on), so no older index rows need deleting.
        try await KnowledgeIndex(database).insert(documents)
        return records.map { $0.id! }
    }
}
