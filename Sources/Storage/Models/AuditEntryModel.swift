import AuditTrail
import FluentKit
import Foundation
import SQLKit

/// One row of the append-only, hash-chained audit log.
///
/// The application only ever inserts rows (through ``AuditLogWriter``), and
/// database triggers refuse updates and deletes as a second line of defence.
public final class AuditEntryModel: Model, @unchecked Sendable {
    public static let schema = "audit_entries"

    /// The sequence number, 1, 2, 3, … with no gaps.
    @ID(custom: "seq", generatedBy: .user) public var id: Int64?
    @Field(key: "timestamp_ms") public var timestampMillis: Int64
    @OptionalField(key: "actor_user_id") public var actorUserID: UUID?
    @Field(key: "actor_label") public var actorLabel: String
    @OptionalField(key: "organisation_id") public var organisationID: UUID?
    @Field(key: "action") public var action: String
    @Field(key: "record_type") public var recordType: String
    @OptionalField(key: "record_id") public var recordID: String?
    @OptionalField(key: "ip_address") public var ipAddress: String?
    @OptionalField(key: "request_id") public var requestID: String?
    @Field(key: "summary") public var summary: String
    @Field(key: "previous_hash") public var previousHash: String
    @Field(key: "hash") public var hash: String

    public init() {}

    public init(_ content: AuditEntryContent, hash: String) {
        self.id = content.sequence
        self.timestampMillis = content.timestampMillis
        self.actorUserID = content.actorUserID
        self.actorLabel = content.actorLabel
        self.organisationID = content.organisationID
        self.action = content.action
        self.recordType = content.recordType
        self.recordID = content.recordID
        self.ipAddress = content.ipAddress
        self.requestID = content.requestID
        self.summary = content.summary
        self.previousHash = content.previousHash
        self.hash = hash
    }

    /// The fields the hash covers, as read back from the database.
    public var content: AuditEntryContent {
        AuditEntryContent(
            sequence: id ?? 0,
            timestampMillis: timestampMillis,
            actorUserID: actorUserID,
            actorLabel: actorLabel,
            organisationID: organisationID,
            action: action,
            recordType: recordType,
            recordID: recordID,
            ipAddress: ipAddress,
            requestID: requestID,
            summary: summary,
            previousHash: previousHash
        )
    }

    /// The columns, in the order of ``values``, for inserting many entries in one
    /// statement. `AuditLogTests` reads entries back through Fluent, which would
    /// fail if these drifted from the fields above.
    static let columns = [
        "seq", "timestamp_ms", "actor_user_id", "actor_label", "organisation_id", "action", "record_type",
        "record_id", "ip_address", "request_id", "summary", "previous_hash", "hash",
    ]

    var values: [(any Encodable & Sendable)?] {
        [id, timestampMillis, actorUserID, actorLabel, organisationID, action, recordType,
         recordID, ipAddress, requestID, summary, previousHash, hash]
    }

    public var timestamp: Date { Date(timeIntervalSince1970: Double(timestampMillis) / 1000) }
}
