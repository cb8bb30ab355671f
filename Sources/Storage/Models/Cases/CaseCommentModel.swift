import FluentKit
import Foundation

/// A case worker's formal update on a case (HTCDS `cco_CaseComment`), encrypted.
public final class CaseCommentModel: Model, @unchecked Sendable {
    public static let schema = "case_comments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "case_id") public var caseFile: CaseFileModel
    @OptionalParent(key: "author_id") public var author: UserModel?
    @Field(key: "body_enc") public var bodyCipher: String

    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), caseID: UUID, authorID: UUID?, bodyCipher: String) {
        self.id = id
        self.$caseFile.id = caseID
        self.$author.id = authorID
        self.bodyCipher = bodyCipher
    }

    public enum EncryptedField {
        public static let body = "case_comments.body"
    }
}

/// An uploaded file (evidence). The content is encrypted on disk under the data
/// directory; the row holds its encrypted name and what is needed to serve it.
public final class AttachmentModel: Model, @unchecked Sendable {
    public static let schema = "attachments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "case_id") public var caseFile: CaseFileModel
    @OptionalParent(key: "uploaded_by") public var uploadedBy: UserModel?
    @Field(key: "file_name_enc") public var fileNameCipher: String
    @Field(key: "content_type") public var contentType: String
    @Field(key: "size_bytes") public var sizeBytes: Int
    /// SHA-256 of the plaintext, to detect a damaged or replaced file.
    @Field(key: "sha256") public var sha256: String

    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), caseID: UUID, uploadedBy: UUID?, fileNameCipher: String, contentType: String, sizeBytes: Int, sha256: String) {
        self.id = id
        self.$caseFile.id = caseID
        self.$uploadedBy.id = uploadedBy
        self.fileNameCipher = fileNameCipher
        self.contentType = contentType
        self.sizeBytes = sizeBytes
        self.sha256 = sha256
    }

    public enum EncryptedField {
        public static let fileName = "attachments.file_name"
        public static let content = "attachments.content"
    }
}
