import FluentKit
import Foundation

/// A victim notified without identity, when an adult does not consent to a
/// referral (the "duty to notify" path). It holds only what statistics need:
/// no name, no date of birth, no contact, and no link to a case or person,
/// so it cannot lead back to anyone. Forms of exploitation are rows in
/// `code_values` under the field `ntf_TypeOfExploitation`.
public final class AnonymousNotificationModel: Model, @unchecked Sendable {
    public static let schema = "anonymous_notifications"
    public static let exploitationField = "ntf_TypeOfExploitation"

    @ID(key: .id) public var id: UUID?
    /// The organisation that notified.
    @Field(key: "organisation_id") public var organisationID: UUID
    /// A `Gender` value.
    @OptionalField(key: "sex") public var sex: String?
    /// An `AgeGroup` value.
    @Field(key: "age_group") public var ageGroup: String
    /// ISO alpha-3.
    @OptionalField(key: "citizenship") public var citizenship: String?
    /// ISO alpha-3 of the country of exploitation.
    @OptionalField(key: "exploitation_country") public var exploitationCountry: String?
    /// `YYYY-MM`: when the exploitation took place (month precision at most).
    @OptionalField(key: "exploitation_month") public var exploitationMonth: String?
    /// `YYYY-MM`: when the notification was made.
    @Field(key: "notified_month") public var notifiedMonth: String

    public init() {}

    public init(id: UUID = .timeOrdered(), organisationID: UUID, ageGroup: String, notifiedMonth: String) {
        self.id = id
        self.organisationID = organisationID
        self.ageGroup = ageGroup
        self.notifiedMonth = notifiedMonth
    }
}
