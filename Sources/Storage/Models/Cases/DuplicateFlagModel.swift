import FluentKit
import Foundation

/// A person who may also be registered by another organisation. The national
/// coordinator sees these flags with organisations and case references only,
/// never names, and asks the two organisations to compare notes.
public final class DuplicateFlagModel: Model, @unchecked Sendable {
    public static let schema = "duplicate_flags"

    @ID(key: .id) public var id: UUID?
    @Field(key: "person_id") public var personID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "other_person_id") public var otherPersonID: UUID
    @Field(key: "other_organisation_id") public var otherOrganisationID: UUID
    /// How alike the two records are, 0…1.
    @Field(key: "score") public var score: Double
    @Field(key: "resolved") public var resolved: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(personID: UUID, organisationID: UUID, otherPersonID: UUID, otherOrganisationID: UUID, score: Double) {
        self.id = UUID()
        self.personID = personID
        self.organisationID = organisationID
        self.otherPersonID = otherPersonID
        self.otherOrganisationID = otherOrganisationID
        self.score = score
        self.resolved = false
    }
}
