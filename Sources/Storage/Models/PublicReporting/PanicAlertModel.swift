import FluentKit
import Foundation

/// A panic alert from the public page, keyed by the id the device gave it so
/// that a queued alert sent twice is stored once.
///
/// Holds what the person sent and what operators do with it, never the
/// sender's address or browser: those stay in the rate limiter's memory.
public final class PanicAlertModel: Model, @unchecked Sendable {
    public static let schema = "panic_alerts"

    /// Where an alert stands in the operators' queue.
    public enum Status: String, CaseIterable, Codable, Sendable {
        case new = "New", inProgress = "InProgress", verified = "Verified", closed = "Closed", falseAlarm = "FalseAlarm"
    }

    @ID(custom: .id, generatedBy: .user) public var id: UUID?
    @OptionalField(key: "latitude") public var latitude: Double?
    @OptionalField(key: "longitude") public var longitude: Double?
    @OptionalField(key: "accuracy_m") public var accuracyMeters: Double?
    /// When the device says it pressed the button (it may have been offline since).
    @Field(key: "sent_at") public var sentAt: Date
    @Field(key: "received_at") public var receivedAt: Date
    @Field(key: "status") public var status: String
    /// What the person typed once on their device (name, phone, a note), sealed; nil when they left nothing.
    @OptionalField(key: "basic_data_enc") public var basicDataCipher: String?
    @OptionalField(key: "assigned_operator_id") public var assignedOperatorID: UUID?
    /// The verification checklist's ticked items, comma-separated (`OperatorChecklistItem` names).
    @Field(key: "checklist") public var checklist: String
    /// The case opened from this alert, when an operator escalated it.
    @OptionalField(key: "case_id") public var caseID: UUID?
    /// When an operator first did something (assigned, noted, moved it), for response-time figures.
    @OptionalField(key: "first_action_at") public var firstActionAt: Date?
    /// When it was last closed or found a false alarm; nil while open.
    @OptionalField(key: "closed_at") public var closedAt: Date?

    public init() {}

    public init(id: UUID, latitude: Double?, longitude: Double?, accuracyMeters: Double?, sentAt: Date, receivedAt: Date) {
        self.id = id
        self.latitude = latitude
        self.longitude = longitude
        self.accuracyMeters = accuracyMeters
        self.sentAt = sentAt
        self.receivedAt = receivedAt
        self.status = Status.new.rawValue
        self.checklist = ""
    }

    public enum EncryptedField {
        public static let basicData = "panic_alerts.basic_data"
    }
}
