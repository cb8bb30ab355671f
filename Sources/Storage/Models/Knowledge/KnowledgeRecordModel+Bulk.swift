import FluentKit
import Foundation
import SQLKit

// Bulk loads (`KnowledgeBulkLoad`) write thousands of records a second;
// Fluent's reflection on every row would dominate, as it did for case imports.

extension KnowledgeRecordModel: BulkInsertable {
    public static let bulkColumns = [
        "id", "search_key", "type", "status", "title", "revision", "draft", "published", "published_at", "source_id", "created_by",
        "created_at", "updated_at",
    ]

    public func bulkValues(now: Date) -> [(any Encodable & Sendable)?] {
        let values: [(any Encodable & Sendable)?] = [
            id, searchKey, type, status, title, revision, draft, published, publishedAt, sourceID, createdBy, now, now,
        ]
        return values
    }

    public func markCreated(at now: Date) {
        createdAt = now
        updatedAt = now
    }
}

extension KnowledgeRevisionModel: BulkInsertable {
    public static let bulkColumns = ["id", "record_id", "number", "action", "data", "user_id", "created_at"]

    public func bulkValues(now: Date) -> [(any Encodable & Sendable)?] {
        [id, $record.id, number, action, data, userID, now]
    }

    public func markCreated(at now: Date) { createdAt = now }
}
