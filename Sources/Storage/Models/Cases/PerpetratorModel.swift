import FluentKit
import Foundation

/// A person's perpetrator context within one case (HTCDS `per_`). Roles are
/// ``CodeValueModel`` rows (`per_RoleInProcess`).
public final class PerpetratorModel: Model, @unchecked Sendable {
    public static let schema = "perpetrators"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "case_id") public var caseFile: CaseFileModel
    @Parent(key: "person_id") public var person: PersonModel
    /// How the perpetrator relates to the victims (`RelationshipToTrafficker`).
    @OptionalField(key: "relationship") public var relationship: String?
    @OptionalField(key: "role_details_enc") public var roleDetailsCipher: String?

    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), caseID: UUID, personID: UUID, relationship: String?) {
        self.id = id
        self.$caseFile.id = caseID
        self.$person.id = personID
        self.relationship = relationship
    }

    public enum EncryptedField {
        public static let roleDetails = "perpetrators.role_details"
    }
}
