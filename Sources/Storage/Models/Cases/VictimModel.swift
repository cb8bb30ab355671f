import FluentKit
import Foundation

/// A person's victim context within one case (HTCDS `vic_`).
///
/// Multi-select fields live in ``CodeValueModel`` rows, one per value, so that
/// statistics count by value in SQL.
public final class VictimModel: Model, @unchecked Sendable {
    public static let schema = "victims"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "case_id") public var caseFile: CaseFileModel
    @Parent(key: "person_id") public var person: PersonModel

    /// A `TraffickingStatus` value.
    @Field(key: "trafficking_status") public var traffickingStatus: String
    /// A `StatusDecisionMaker` value.
    @OptionalField(key: "status_decided_by") public var statusDecidedBy: String?
    /// Month precision (`YYYY-MM`).
    @OptionalField(key: "status_decided_on") public var statusDecidedOn: String?
    /// When the person was identified or registered, month precision: the year statistics count in.
    /// `nil` when a source gives only a range of years.
    @OptionalField(key: "identified_on") public var identifiedOn: String?
    @OptionalField(key: "relationship_to_trafficker") public var relationshipToTrafficker: String?
    @OptionalField(key: "age_when_trafficked") public var ageWhenTrafficked: Int?
    /// GLOTIP age group at the start of exploitation.
    @Field(key: "age_group_at_exploitation") public var ageGroupAtExploitation: String
    /// An ISIC section value (`ForcedLabourIndustry`).
    @OptionalField(key: "forced_labour_industry") public var forcedLabourIndustry: String?
    /// ISO alpha-3 of the country of exploitation.
    @OptionalField(key: "exploitation_country") public var exploitationCountry: String?
    /// ISO alpha-3 of the country of repatriation (migration M015).
    @OptionalField(key: "repatriated_to") public var repatriatedTo: String?
    /// `YYYY-MM`.
    @OptionalField(key: "repatriated_on") public var repatriatedOn: String?
    @OptionalField(key: "exploitation_place_enc") public var exploitationPlaceCipher: String?

    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), caseID: UUID, personID: UUID, traffickingStatus: String, identifiedOn: String?, ageGroupAtExploitation: String) {
        self.id = id
        self.$caseFile.id = caseID
        self.$person.id = personID
        self.traffickingStatus = traffickingStatus
        self.identifiedOn = identifiedOn
        self.ageGroupAtExploitation = ageGroupAtExploitation
    }

    public enum EncryptedField {
        public static let exploitationPlace = "victims.exploitation_place"
    }
}
