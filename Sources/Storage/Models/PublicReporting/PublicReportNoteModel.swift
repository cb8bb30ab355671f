import FluentKit
import Foundation

/// An operator's note on a public report. A table of its own so that nothing
/// the reporter can reach with the code and secret ever reads it.
public final class PublicReportNoteModel: Model, @unchecked Sendable {
    public static let schema = "public_report_notes"

    @ID(custom: .id, generatedBy: .user) public var id: UUID?
    @Field(key: "report_id") public var reportID: UUID
    @Field(key: "author_id") public var authorID: UUID
    @Field(key: "body_enc") public var bodyCipher: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    public init(id: UUID, reportID: UUID, authorID: UUID, bodyCipher: String, createdAt: Date) {
        self.id = id
        self.reportID = reportID
        self.authorID = authorID
        self.bodyCipher = bodyCipher
        self.createdAt = createdAt
    }

    public enum EncryptedField {
        public static let body = "public_report_notes.body"
    }
}
