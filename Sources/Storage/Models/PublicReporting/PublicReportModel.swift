import FluentKit
import Foundation

/// A report from the public form (issue 10).
///
/// The reporter is known only by the report's code and the hash of its secret.
/// The description, the contact details and the exact position are sealed with
/// `FieldCipher`; the plain `latitude`/`longitude` are already rounded to the
/// form's grid, for maps and for operators other than the assigned one. No
/// address or browser of the sender is kept: those stay in the rate limiter's memory.
public final class PublicReportModel: Model, @unchecked Sendable {
    public static let schema = "public_reports"

    /// Where a report stands in the operators' queue (the same steps as panic alerts).
    public typealias Status = PanicAlertModel.Status

    @ID(custom: .id, generatedBy: .user) public var id: UUID?
    /// What the reporter quotes: `R-7K3M-9Q2X`.
    @Field(key: "code") public var code: String
    /// SHA-256 of the reporter's secret, hex.
    @Field(key: "secret_hash") public var secretHash: String
    @Field(key: "language") public var language: String
    @Field(key: "description_enc") public var descriptionCipher: String
    /// Rounded to the form's grid; nil when no place was given.
    @OptionalField(key: "latitude") public var latitude: Double?
    @OptionalField(key: "longitude") public var longitude: Double?
    /// The accuracy widened by the rounding.
    @OptionalField(key: "accuracy_m") public var accuracyMeters: Double?
    /// The exact position as given (`lat,lon,accuracy`), for the assigned operator only.
    @OptionalField(key: "exact_location_enc") public var exactLocationCipher: String?
    @OptionalField(key: "occurred_at") public var occurredAt: Date?
    /// Whether `occurred_at` holds a time of day, or only a day.
    @Field(key: "occurred_time_known") public var occurredTimeKnown: Bool
    /// When the report arrived; midnight UTC when the form keeps only dates.
    @Field(key: "received_at") public var receivedAt: Date
    @Field(key: "anonymous") public var anonymous: Bool
    /// Name, phone, email and preferred way as sealed JSON, when the reporter left them.
    @OptionalField(key: "contact_enc") public var contactCipher: String?
    @Field(key: "status") public var status: String
    @OptionalField(key: "assigned_operator_id") public var assignedOperatorID: UUID?
    /// The form's privacy policy when the report was sent: what the reporter was told.
    @OptionalField(key: "coordinate_decimals") public var coordinateDecimals: Int?
    @Field(key: "date_only") public var dateOnly: Bool
    @Field(key: "hide_reporter") public var hideReporter: Bool
    /// The operators' side (M023): the verification checklist, the case opened from the
    /// report, and the moments behind the response-time figures. See `PanicAlertModel`.
    @Field(key: "checklist") public var checklist: String
    @OptionalField(key: "case_id") public var caseID: UUID?
    @OptionalField(key: "first_action_at") public var firstActionAt: Date?
    @OptionalField(key: "closed_at") public var closedAt: Date?

    public init() {}

    public init(
        id: UUID, code: String, secretHash: String, language: String, descriptionCipher: String, receivedAt: Date,
        anonymous: Bool, coordinateDecimals: Int?, dateOnly: Bool, hideReporter: Bool
    ) {
        self.id = id
        self.code = code
        self.secretHash = secretHash
        self.language = language
        self.descriptionCipher = descriptionCipher
        self.occurredTimeKnown = false
        self.receivedAt = receivedAt
        self.anonymous = anonymous
        self.status = Status.new.rawValue
        self.coordinateDecimals = coordinateDecimals
        self.dateOnly = dateOnly
        self.hideReporter = hideReporter
        self.checklist = ""
    }

    public enum EncryptedField {
        public static let description = "public_reports.description"
        public static let exactLocation = "public_reports.exact_location"
        public static let contact = "public_reports.contact"
    }
}
