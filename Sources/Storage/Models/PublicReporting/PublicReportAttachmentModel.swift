import FluentKit
import Foundation

/// A file sent with a public report, encrypted on disk like a case attachment
/// (`<data-dir>/attachments/`); the row holds its sealed name and what is needed to serve it.
public final class PublicReportAttachmentModel: Model, @unchecked Sendable {
    public static let schema = "public_report_attachments"

    @ID(custom: .id, generatedBy: .user) public var id: UUID?
    @Field(key: "report_id") public var reportID: UUID
    @Field(key: "file_name_enc") public var fileNameCipher: String
    @Field(key: "content_type") public var contentType: String
    @Field(key: "size_bytes") public var sizeBytes: Int
    /// SHA-256 of the plaintext, to detect a damaged or replaced file.
    @Field(key: "sha256") public var sha256: String
    @Field(key: "added_at") public var addedAt: Date

    public init() {}

    public init(id: UUID, reportID: UUID, fileNameCipher: String, contentType: String, sizeBytes: Int, sha256: String, addedAt: Date) {
        self.id = id
        self.reportID = reportID
        self.fileNameCipher = fileNameCipher
        self.contentType = contentType
        self.sizeBytes = sizeBytes
        self.sha256 = sha256
        self.addedAt = addedAt
    }

    public enum EncryptedField {
        public static let fileName = "public_report_attachments.file_name"
        public static let content = "public_report_attachments.content"
    }
}
