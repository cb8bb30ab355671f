import FluentKit
import Foundation

/// An operator's contact note on a panic alert: whom they reached, what was said.
/// The same design as `PublicReportNoteModel`, sealed with `FieldCipher`.
public final class PanicAlertNoteModel: Model, @unchecked Sendable {
    public static let schema = "panic_alert_notes"

    @ID(custom: .id, generatedBy: .user) public var id: UUID?
    @Field(key: "alert_id") public var alertID: UUID
    @Field(key: "author_id") public var authorID: UUID
    @Field(key: "body_enc") public var bodyCipher: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    public init(id: UUID, alertID: UUID, authorID: UUID, bodyCipher: String, createdAt: Date) {
        self.id = id
        self.alertID = alertID
        self.authorID = authorID
        self.bodyCipher = bodyCipher
        self.createdAt = createdAt
    }

    public enum EncryptedField {
        public static let body = "panic_alert_notes.body"
    }
}
