import FluentKit
import Foundation

/// A step of the trafficking route: recruitment, transit or exploitation (HTCDS `hte_`).
public final class TraffickingEventModel: Model, @unchecked Sendable {
    public static let schema = "trafficking_events"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "case_id") public var caseFile: CaseFileModel
    /// The victim the event is about; `nil` for the case as a whole.
    @OptionalParent(key: "victim_id") public var victim: VictimModel?
    /// An `EventType` value.
    @Field(key: "event_type") public var eventType: String
    /// Month precision (`YYYY` or `YYYY-MM`): statistics and the route need no more.
    @OptionalField(key: "date_from") public var dateFrom: String?
    @OptionalField(key: "date_to") public var dateTo: String?
    /// The exact dates when known to the day, encrypted (JSON `{"from","to"}`).
    @OptionalField(key: "exact_dates_enc") public var exactDatesCipher: String?
    /// ISO alpha-3.
    @OptionalField(key: "country") public var country: String?
    @OptionalField(key: "admin_area") public var adminArea: String?
    @OptionalField(key: "city") public var city: String?
    /// JSON `{"street","postalCode","latitude","longitude"}`, encrypted: a precise place can identify a person.
    @OptionalField(key: "location_enc") public var locationCipher: String?
    @OptionalField(key: "description_enc") public var descriptionCipher: String?

    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), caseID: UUID, victimID: UUID?, eventType: String) {
        self.id = id
        self.$caseFile.id = caseID
        self.$victim.id = victimID
        self.eventType = eventType
    }

    public enum EncryptedField {
        public static let exactDates = "trafficking_events.exact_dates"
        public static let location = "trafficking_events.location"
        public static let description = "trafficking_events.description"
    }
}
