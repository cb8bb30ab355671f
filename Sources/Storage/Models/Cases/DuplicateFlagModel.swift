import FluentKit
import Foundation

/// A person who may also be registered by another organisation. The national
/// coordinator sees these flags with organisations and case references only,
/// never names, and asks the two organisations to compare notes.
///
/// A pair is stored once: `person_id` is the person whose check found the
/// match, `other_person_id` the earlier registration it matched.
public final class DuplicateFlagModel: Model, @unchecked Sendable {
    public static let schema = "duplicate_flags"

    /// Where a flag stands.
    public enum Status: String, CaseIterable, Sendable {
        /// Waiting for the coordinator.
        case open = "Open"
        /// The organisations compared notes: it is one person.
        case samePerson = "SamePerson"
        /// The organisations compared notes: they are different people.
        case differentPeople = "DifferentPeople"
    }

    /// What found the pair.
    public enum Source: String, CaseIterable, Sendable {
        /// The background check that compares each new person with other registers.
        case search = "Search"
        /// A record-linkage run over the whole registry (`libertas link --from-database`).
        case linkage = "Linkage"
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: "person_id") public var personID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "other_person_id") public var otherPersonID: UUID
    @Field(key: "other_organisation_id") public var otherOrganisationID: UUID
    /// How alike the two records are, 0…1.
    @Field(key: "score") public var score: Double
    /// What agreed, comma-separated: `name`, `birthYear`, `citizenship`, `phone`.
    @Field(key: "reasons") public var reasons: String
    /// A ``Status`` value.
    @Field(key: "status") public var status: String
    /// A ``Source`` value.
    @Field(key: "source") public var source: String
    /// From linkage: the model's evidence per field, a JSON array of
    /// `{"field", "level", "weight"}`. Levels and weights, never values.
    @OptionalField(key: "evidence") public var evidence: String?
    @OptionalField(key: "resolved_by") public var resolvedBy: UUID?
    @OptionalField(key: "resolved_at") public var resolvedAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(personID: UUID, organisationID: UUID, otherPersonID: UUID, otherOrganisationID: UUID, score: Double, reasons: [String],
                source: Source = .search, evidence: String? = nil) {
        self.id = .timeOrdered()
        self.personID = personID
        self.organisationID = organisationID
        self.otherPersonID = otherPersonID
        self.otherOrganisationID = otherOrganisationID
        self.score = score
        self.reasons = reasons.joined(separator: ",")
        self.status = Status.open.rawValue
        self.source = source.rawValue
        self.evidence = evidence
    }
}
