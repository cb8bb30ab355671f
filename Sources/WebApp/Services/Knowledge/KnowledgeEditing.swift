import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import KnowledgeBase
import SQLKit
import Storage

/// The editorial side of the knowledge portal: knowledge editors create and
/// edit drafts, publish them and withdraw them. Every save is a revision and
/// an audit entry; only `publish` touches the search index.
struct KnowledgeEditing {
    let database: any Database
    let context: LibertasContext

    static let facts = RecordFacts(kind: .knowledgeRecord)

    // MARK: Read

    /// A record with its draft, for an editor.
    func load(_ caller: Caller, id: UUID, for action: Action = .read) async throws -> KnowledgeRecordModel {
        try await context.authorize(caller, action, Self.facts, recordID: id.uuidString, on: database)
        guard let model = try await KnowledgeRecordModel.find(id, on: database) else { throw AppError.notFound }
        return model
    }

    /// Records for the editors' desk, newest first.
    func list(_ caller: Caller, status: KnowledgeStatus?, cursor: String?, limit: Int?) async throws -> ListPage<KnowledgeRecordModel> {
        try await context.authorize(caller, .list, Self.facts, on: database)
        let query = KnowledgeRecordModel.query(on: database)
        if let status { query.filter(\.$status == status.rawValue) }
        return try await NewestFirst.page(query, after: Cursor.parse(cursor), limit: PageSize.clamp(limit))
    }

    func revisions(_ caller: Caller, id: UUID) async throws -> [KnowledgeRevisionModel] {
        _ = try await load(caller, id: id)
        return try await KnowledgeRevisionModel.query(on: database).filter(\.$record.$id == id).sort(\.$number, .descending).all()
    }

    // MARK: Write

    /// Stores a new draft.
    func create(_ caller: Caller, _ record: KnowledgeRecord) async throws -> UUID {
        try await context.authorize(caller, .create, Self.facts, on: database)
        let record = try await validated(record)
        return try await insert(record, sourceID: nil, author: Author(caller), publish: false)
    }

    /// Who makes a change: a signed-in editor, or the command line.
    struct Author: Sendable {
        let userID: UUID?
        let actor: AuditEvent.Actor
        let origin: AuditEvent.Origin

        init(_ caller: Caller) {
            userID = caller.user.id
            actor = caller.actor
            origin = caller.origin
        }

        init(userID: UUID?, actor: AuditEvent.Actor, origin: AuditEvent.Origin) {
            self.userID = userID
            self.actor = actor
            self.origin = origin
        }
    }

    /// Stores an already validated record as a new draft, published at once
    /// when `publish` (imports of curated collections): the one way records are made.
    func insert(_ record: KnowledgeRecord, sourceID: String?, author: Author, publish: Bool) async throws -> UUID {
        let data = try Self.encode(record)
        let id = UUID.timeOrdered()
        let links = publish ? try await citationKeys(record) : []
        try await context.audit.transaction(on: database) { tx, audit in
            let model = KnowledgeRecordModel(id: id, searchKey: try await Self.nextKey(on: tx), createdBy: author.userID)
            model.type = record.type.rawValue
            model.title = record.title(for: nil)
            model.draft = data
            model.revision = 1
            model.sourceID = sourceID
            if publish {
                model.published = data
                model.publishedAt = context.now()
                model.status = KnowledgeStatus.published.rawValue
                model.revision = 2
            }
            try await model.create(on: tx)
            try await KnowledgeRevisionModel(recordID: id, number: 1, action: .created, data: data, userID: author.userID).create(on: tx)
            try await audit.record(Self.event(author, "knowledgeRecord.create", id: id, record: record, revision: 1))
            if publish {
                try await KnowledgeRevisionModel(recordID: id, number: 2, action: .published, data: data, userID: author.userID).create(on: tx)
                try await KnowledgeIndex(tx).replace(key: model.searchKey, type: record.type, entry: KnowledgeIndexEntry(record), links: links)
                try await audit.record(Self.event(author, "knowledgeRecord.publish", id: id, record: record, revision: 2))
                try await SavedSearchAlerts(database: tx, context: context).recordPublished(id: id, key: model.searchKey)
            }
        }
        return id
    }

    /// Replaces the draft. A published record keeps its public version until published again.
    func update(_ caller: Caller, id: UUID, _ record: KnowledgeRecord) async throws {
        let model = try await load(caller, id: id, for: .update)
        let record = try await validated(record, id: id)
        guard record.type.rawValue == model.type else { throw AppError.invalid([FieldError("type", .knowledgeTypeFixed)]) }
        let data = try Self.encode(record)
        guard data != model.draft else { return }
        model.draft = data
        model.title = record.title(for: nil)
        model.revision += 1
        if model.recordStatus == .published { model.status = KnowledgeStatus.publishedWithDraft.rawValue }
        let revision = model.revision
        try await context.audit.transaction(on: database) { tx, audit in
            try await model.update(on: tx)
            try await KnowledgeRevisionModel(recordID: id, number: revision, action: .edited, data: data, userID: caller.user.id).create(on: tx)
            try await audit.record(Self.event(Author(caller), "knowledgeRecord.update", id: id, record: record, revision: revision))
        }
    }

    /// Makes the draft the public version, indexes it, and alerts saved searches it matches.
    func publish(_ caller: Caller, id: UUID) async throws {
        let model = try await load(caller, id: id, for: .administer)
        let record = try Self.decode(model.draft)
        let links = try await citationKeys(record)
        // Alerts are for new records: a correction to a public record is not news.
        let isNew = !model.recordStatus.isPublic
        model.published = model.draft
        model.publishedAt = context.now()
        model.status = KnowledgeStatus.published.rawValue
        model.revision += 1
        let revision = model.revision
        try await context.audit.transaction(on: database) { tx, audit in
            try await model.update(on: tx)
            try await KnowledgeRevisionModel(recordID: id, number: revision, action: .published, data: model.draft, userID: caller.user.id).create(on: tx)
            try await KnowledgeIndex(tx).replace(key: model.searchKey, type: record.type, entry: KnowledgeIndexEntry(record), links: links)
            try await audit.record(Self.event(Author(caller), "knowledgeRecord.publish", id: id, record: record, revision: revision))
            if isNew { try await SavedSearchAlerts(database: tx, context: context).recordPublished(id: id, key: model.searchKey) }
        }
    }

    /// Takes a record off the public portal; the draft and its history stay.
    func withdraw(_ caller: Caller, id: UUID) async throws {
        let model = try await load(caller, id: id, for: .administer)
        guard model.recordStatus.isPublic else { return }
        model.published = nil
        model.status = KnowledgeStatus.withdrawn.rawValue
        model.revision += 1
        let revision = model.revision
        let record = try Self.decode(model.draft)
        try await context.audit.transaction(on: database) { tx, audit in
            try await model.update(on: tx)
            try await KnowledgeRevisionModel(recordID: id, number: revision, action: .withdrawn, data: model.draft, userID: caller.user.id).create(on: tx)
            try await KnowledgeIndex(tx).remove(key: model.searchKey)
            try await audit.record(Self.event(Author(caller), "knowledgeRecord.withdraw", id: id, record: record, revision: revision))
        }
    }

    // MARK: Helpers

    /// Normalises and validates, and checks that cited records exist.
    func validated(_ record: KnowledgeRecord, id: UUID? = nil) async throws -> KnowledgeRecord {
        let record = record.normalised()
        var errors = record.validate(today: .today(context.now())).map(\.fieldError)
        let cited = Set(record.citations.map(\.record))
        if !cited.isEmpty {
            let found = try await KnowledgeRecordModel.query(on: database).filter(\.$id ~~ cited).all(\.$id)
            for (index, citation) in record.citations.enumerated() where !found.contains(citation.record) || citation.record == id {
                errors.append(FieldError("citations[\(index)].record", .knowledgeCitationUnknown))
            }
        }
        if !errors.isEmpty { throw AppError.invalid(errors) }
        return record
    }

    /// The search keys of the records `record` cites.
    func citationKeys(_ record: KnowledgeRecord) async throws -> [KnowledgeIndex.Link] {
        let ids = Set(record.citations.map(\.record))
        guard !ids.isEmpty else { return [] }
        let keys = Dictionary(uniqueKeysWithValues: try await KnowledgeRecordModel.query(on: database).filter(\.$id ~~ ids).all().map { ($0.id!, $0.searchKey) })
        return record.citations.compactMap { citation in keys[citation.record].map { KnowledgeIndex.Link(key: $0, article: citation.article) } }
    }

    /// The next free search key. Writes are serialised per database (SQLite's
    /// single writer; on PostgreSQL the unique index turns a rare race into an error).
    static func nextKey(on database: any Database) async throws -> Int {
        let row = try await Backend.sqlDatabase(database).raw("SELECT COALESCE(MAX(search_key), 0) + 1 AS next FROM knowledge_records").first()
        return try row?.decode(column: "next", as: Int.self) ?? 1
    }

    static func event(_ author: Author, _ action: String, id: UUID, record: KnowledgeRecord, revision: Int) -> AuditEvent {
        var summary = AuditSummary()
        summary.note("type", record.type.rawValue)
        summary.note("title", record.title(for: nil))
        summary.note("revision", String(revision))
        return AuditEvent(actor: author.actor, origin: author.origin, action: action, recordType: RecordKind.knowledgeRecord.rawValue,
                          recordID: id.uuidString, organisationID: nil, summary: summary)
    }

    static func encode(_ record: KnowledgeRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    /// A stored record, or the part of it `as` declares (`KnowledgeListing`).
    static func decode<Stored: Decodable>(_ data: String, as type: Stored.Type = KnowledgeRecord.self) throws -> Stored {
        try JSONDecoder().decode(type, from: Data(data.utf8))
    }
}
