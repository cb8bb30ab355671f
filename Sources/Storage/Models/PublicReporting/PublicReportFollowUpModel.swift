import FluentKit
import Foundation

/// Information the reporter added to their report later, with the code and secret.
/// The reporter reads these back; operators read them with the report.
public final class PublicReportFollowUpModel: Model, @unchecked Sendable {
    public static let schema = "public_report_followups"

    @ID(custom: .id, generatedBy: .user) public var id: UUID?
    @Field(key: "report_id") public var reportID: UUID
    /// 1, 2, 3… within the report. Ids are random and times may be dates only, so this keeps the order.
    @Field(key: "position") public var position: Int
    @Field(key: "body_enc") public var bodyCipher: String
    /// Midnight UTC when the form keeps only dates.
    @Field(key: "added_at") public var addedAt: Date

    public init() {}

    public init(id: UUID, reportID: UUID, position: Int, bodyCipher: String, addedAt: Date) {
        self.id = id
        self.reportID = reportID
        self.position = position
        self.bodyCipher = bodyCipher
        self.addedAt = addedAt
    }

    public enum EncryptedField {
        public static let body = "public_report_followups.body"
    }
}
