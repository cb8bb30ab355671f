import FluentKit
import Foundation

/// A victim referred by one organisation to another for a service.
///
/// The receiver never gets the case: it reads the victim through the referral,
/// and only the groups in ``shares`` that a current consent still covers.
public final class ReferralModel: Model, @unchecked Sendable {
    public static let schema = "referrals"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "case_id") public var caseFile: CaseFileModel
    @Parent(key: "victim_id") public var victim: VictimModel
    @Field(key: "from_organisation_id") public var fromOrganisationID: UUID
    @Field(key: "to_organisation_id") public var toOrganisationID: UUID
    /// A `ServiceType` value.
    @Field(key: "service_type") public var serviceType: String
    /// A `ReferralStatus` value.
    @Field(key: "status") public var status: String
    /// The `DisclosureGroup` values the sender asked to share, `;`-separated.
    @Field(key: "shares") public var shares: String
    /// The sender's message to the receiver, encrypted.
    @OptionalField(key: "note_enc") public var noteCipher: String?
    /// A `DeclineReason` value.
    @OptionalField(key: "decline_reason") public var declineReason: String?
    @Field(key: "referred_by") public var referredBy: UUID
    @Field(key: "referred_at") public var referredAt: Date
    @OptionalField(key: "decided_at") public var decidedAt: Date?
    @OptionalField(key: "decided_by") public var decidedBy: UUID?
    /// When the receiver recorded the first service given.
    @OptionalField(key: "first_service_at") public var firstServiceAt: Date?
    /// When it was revoked or completed.
    @OptionalField(key: "closed_at") public var closedAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), caseID: UUID, victimID: UUID, from: UUID, to: UUID, serviceType: String, shares: String, referredBy: UUID, at: Date) {
        self.id = id
        self.$caseFile.id = caseID
        self.$victim.id = victimID
        self.fromOrganisationID = from
        self.toOrganisationID = to
        self.serviceType = serviceType
        self.status = "Pending"
        self.shares = shares
        self.referredBy = referredBy
        self.referredAt = at
    }

    public enum EncryptedField {
        public static let note = "referrals.note"
    }
}

/// One step in a referral's history: referred, accepted, declined, revoked,
/// completed. The comment is encrypted; it may name the person.
public final class ReferralStepModel: Model, @unchecked Sendable {
    public static let schema = "referral_steps"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "referral_id") public var referral: ReferralModel
    /// A `ReferralStatus` value: the status the step led to.
    @Field(key: "step") public var step: String
    @OptionalField(key: "actor_id") public var actorID: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "at") public var at: Date
    @OptionalField(key: "comment_enc") public var commentCipher: String?

    public init() {}

    public init(id: UUID = .timeOrdered(), referralID: UUID, step: String, actorID: UUID?, organisationID: UUID, at: Date) {
        self.id = id
        self.$referral.id = referralID
        self.step = step
        self.actorID = actorID
        self.organisationID = organisationID
        self.at = at
    }

    public enum EncryptedField {
        public static let comment = "referral_steps.comment"
    }
}
