import FluentKit
import Foundation
import KnowledgeBase

/// A record of the knowledge portal with its editorial state.
///
/// `draft` is what editors work on; `published` is what the public sees, and
/// only it is in the search index. Both are `KnowledgeRecord` JSON: the
/// portal's records are public documents, not personal data, so nothing is
/// encrypted, and one column keeps the multilingual structure whole.
public final class KnowledgeRecordModel: Model, @unchecked Sendable {
    public static let schema = "knowledge_records"

    @ID(key: .id) public var id: UUID?
    /// A small integer naming the record in the search tables (the FTS5 rowid).
    @Field(key: "search_key") public var searchKey: Int
    /// `KnowledgeRecordType` raw value.
    @Field(key: "type") public var type: String
    /// `KnowledgeStatus` raw value.
    @Field(key: "status") public var status: String
    /// The draft's title in its original language, for editors' lists.
    @Field(key: "title") public var title: String
    /// Number of the last revision.
    @Field(key: "revision") public var revision: Int
    @Field(key: "draft") public var draft: String
    @OptionalField(key: "published") public var published: String?
    @OptionalField(key: "published_at") public var publishedAt: Date?
    /// Where an imported record came from, so a re-run adds nothing.
    @OptionalField(key: "source_id") public var sourceID: String?
    /// The editor who created it; nil for imports and seeds run from the command line.
    @OptionalField(key: "created_by") public var createdBy: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), searchKey: Int, createdBy: UUID?) {
        self.id = id
        self.searchKey = searchKey
        self.createdBy = createdBy
        self.status = KnowledgeStatus.draft.rawValue
        self.revision = 0
    }

    public var recordStatus: KnowledgeStatus { KnowledgeStatus(rawValue: status) ?? .draft }
}

/// One saved version of a record: every save and every publication adds one,
/// so editors can see who changed what and when.
public final class KnowledgeRevisionModel: Model, @unchecked Sendable {
    public static let schema = "knowledge_revisions"

    /// What the revision did.
    public enum Action: String, Codable, Sendable {
        case created = "Created", edited = "Edited", published = "Published", withdrawn = "Withdrawn"
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "record_id") public var record: KnowledgeRecordModel
    @Field(key: "number") public var number: Int
    @Field(key: "action") public var action: String
    /// The draft as it stood after this revision.
    @Field(key: "data") public var data: String
    /// Who saved it; nil for the command line.
    @OptionalField(key: "user_id") public var userID: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(recordID: UUID, number: Int, action: Action, data: String, userID: UUID?) {
        self.id = .timeOrdered()
        self.$record.id = recordID
        self.number = number
        self.action = action.rawValue
        self.data = data
        self.userID = userID
    }
}

/// A query a signed-in user saved, to be told when new published records match.
public final class KnowledgeSavedSearchModel: Model, @unchecked Sendable {
    public static let schema = "knowledge_saved_searches"

    @ID(key: .id) public var id: UUID?
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "name") public var name: String
    @Field(key: "query") public var query: String
    /// ISO 639-2 code of the language results are shown in, if chosen.
    @OptionalField(key: "language") public var language: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(userID: UUID, name: String, query: String, language: String?) {
        self.id = .timeOrdered()
        self.userID = userID
        self.name = name
        self.query = query
        self.language = language
    }
}
