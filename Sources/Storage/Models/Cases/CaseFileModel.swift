import FluentKit
import Foundation

/// A case: the file an organisation opens on a trafficking situation, holding
/// its victims, perpetrators, route, consent, support and notes.
public final class CaseFileModel: Model, @unchecked Sendable {
    public static let schema = "cases"

    @ID(key: .id) public var id: UUID?
    /// A short reference people can read out on the phone, e.g. `LBT-7K3Q9X2M`.
    @Field(key: "reference") public var reference: String
    @Parent(key: "organisation_id") public var organisation: OrganisationModel
    @OptionalParent(key: "created_by") public var createdBy: UserModel?
    @OptionalParent(key: "assigned_to") public var assignedTo: UserModel?
    /// `YYYY-MM-DD`: case dates are not personal data.
    @Field(key: "opened_on") public var openedOn: String
    /// A `CaseStatus` value.
    @Field(key: "status") public var status: String
    @OptionalField(key: "closed_on") public var closedOn: String?
    @OptionalField(key: "closure_reason_enc") public var closureReasonCipher: String?
    /// A short description of the situation, encrypted.
    @OptionalField(key: "summary_enc") public var summaryCipher: String?
    /// Where an imported case came from, e.g. `ctdc:file.csv#12`; unique, so a re-run adds nothing.
    @OptionalField(key: "source_id") public var sourceID: String?

    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), reference: String, organisationID: UUID, createdBy: UUID?, openedOn: String, status: String, sourceID: String? = nil) {
        self.id = id
        self.reference = reference
        self.$organisation.id = organisationID
        self.$createdBy.id = createdBy
        self.openedOn = openedOn
        self.status = status
        self.sourceID = sourceID
    }

    public enum EncryptedField {
        public static let closureReason = "cases.closure_reason"
        public static let summary = "cases.summary"
    }
}
