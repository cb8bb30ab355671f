import FluentKit
import SQLKit

/// The knowledge portal: records with their revisions and saved searches,
/// and the search index of published records (see `KnowledgeIndexSchema`).
struct M019_CreateKnowledgeBase: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(KnowledgeRecordModel.schema)
            .id()
            .field("search_key", .int64, .required)
            .field("type", .string, .required)
            .field("status", .string, .required)
            .field("title", .string, .required)
            .field("revision", .int, .required)
            .field("draft", .string, .required)
            .field("published", .string)
            .field("published_at", .datetime)
            .field("source_id", .string)
            .field("created_by", .uuid)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "search_key")
            .unique(on: "source_id")
            .create()

        try await database.schema(KnowledgeRevisionModel.schema)
            .id()
            .field("record_id", .uuid, .required, .references(KnowledgeRecordModel.schema, .id, onDelete: .cascade))
            .field("number", .int, .required)
            .field("action", .string, .required)
            .field("data", .string, .required)
            .field("user_id", .uuid)
            .field("created_at", .datetime)
            .unique(on: "record_id", "number")
            .create()

        try await database.schema(KnowledgeSavedSearchModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("query", .string, .required)
            .field("language", .string)
            .field("created_at", .datetime)
            .create()

        let sql = Backend.sqlDatabase(database)
        try await sql.create(index: "knowledge_records_status_idx").on(KnowledgeRecordModel.schema).column("status").column("updated_at").run()
        try await sql.create(index: "knowledge_saved_searches_user_idx").on(KnowledgeSavedSearchModel.schema).column("user_id").run()
        try await KnowledgeIndexSchema.for(database).create(on: sql)
    }

    func revert(on database: any Database) async throws {
        let sql = Backend.sqlDatabase(database)
        try await KnowledgeIndexSchema.for(database).drop(on: sql)
        try await database.schema(KnowledgeSavedSearchModel.schema).delete()
        try await database.schema(KnowledgeRevisionModel.schema).delete()
        try await database.schema(KnowledgeRecordModel.schema).delete()
    }
}
