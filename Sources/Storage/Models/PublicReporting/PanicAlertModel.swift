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

    public init() {}

    public init(id: UUID, latitude: Double?, longitude: Double?, accuracyMeters: Double?, sentAt: Date, receivedAt: Date) {
        self.id = id
        self.latitude = latitude
        self.longitude = longitude
        self.accuracyMeters = accuracyMeters
        self.sentAt = sentAt
        self.receivedAt = receivedAt
        self.status = Status.new.rawValue
    }
}
