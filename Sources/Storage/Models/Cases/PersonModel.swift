import FluentKit
import Foundation

/// A person registered as a victim or a perpetrator (HTCDS `prs_`).
///
/// Names, birth date, identity number, contacts, address and notes are
/// encrypted; gender, age group, citizenship, languages, marital status,
/// children and education stay plain so that statistics never decrypt.
public final class PersonModel: Model, @unchecked Sendable {
    public static let schema = "persons"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationModel
    @OptionalField(key: "source_id") public var sourceID: String?

    // Encrypted personal fields.
    @OptionalField(key: "given_name_enc") public var givenNameCipher: String?
    @OptionalField(key: "middle_name_enc") public var middleNameCipher: String?
    @OptionalField(key: "family_name_enc") public var familyNameCipher: String?
    /// JSON array of other names and spellings.
    @OptionalField(key: "aliases_enc") public var aliasesCipher: String?
    /// A `PartialDate` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    @OptionalField(key: "birth_date_enc") public var birthDateCipher: String?
    @OptionalField(key: "identity_number_enc") public var identityNumberCipher: String?
    @OptionalField(key: "email_enc") public var emailCipher: String?
    @OptionalField(key: "phone_enc") public var phoneCipher: String?
    /// JSON object: street, city, state, postal code.
    @OptionalField(key: "address_enc") public var addressCipher: String?
    @OptionalField(key: "notes_enc") public var notesCipher: String?

    // Plain statistical fields.
    /// A `Gender` value.
    @OptionalField(key: "gender") public var gender: String?
    /// The GLOTIP age group at registration (`0-17`, `18+`, `Unknown`).
    @Field(key: "age_group") public var ageGroup: String
    /// ISO 639-2.
    @OptionalField(key: "primary_language") public var primaryLanguage: String?
    @OptionalField(key: "secondary_language") public var secondaryLanguage: String?
    @OptionalField(key: "marital_status") public var maritalStatus: String?
    @OptionalField(key: "number_of_children") public var numberOfChildren: Int?
    @OptionalField(key: "education") public var education: String?
    /// ISO alpha-3 of the address: a country is statistical, the address is not.
    @OptionalField(key: "address_country") public var addressCountry: String?
    @Field(key: "deceased") public var deceased: Bool
    /// Whether the person has been compared with the other organisations'
    /// registers since they were registered or last changed (duplicate flags).
    @Field(key: "duplicate_checked") public var duplicateChecked: Bool

    @Children(for: \.$person) public var citizenships: [PersonCitizenshipModel]

    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), organisationID: UUID, ageGroup: String, sourceID: String? = nil) {
        self.id = id
        self.$organisation.id = organisationID
        self.ageGroup = ageGroup
        self.deceased = false
        self.duplicateChecked = false
        self.sourceID = sourceID
    }

    /// Names of the encrypted columns, used as authenticated data.
    public enum EncryptedField {
        public static let givenName = "persons.given_name"
        public static let middleName = "persons.middle_name"
        public static let familyName = "persons.family_name"
        public static let aliases = "persons.aliases"
        public static let birthDate = "persons.birth_date"
        public static let identityNumber = "persons.identity_number"
        public static let email = "persons.email"
        public static let phone = "persons.phone"
        public static let address = "persons.address"
        public static let notes = "persons.notes"
    }

    /// The citizenship codes, when loaded with the person.
    public var citizenshipCodes: [String] { ($citizenships.value ?? []).map(\.country).sorted() }
}

/// One citizenship of a person (ISO alpha-3). A person may hold several.
public final class PersonCitizenshipModel: Model, @unchecked Sendable {
    public static let schema = "person_citizenships"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "person_id") public var person: PersonModel
    @Field(key: "country") public var country: String

    public init() {}

    public init(personID: UUID, country: String) {
        self.id = .timeOrdered()
        self.$person.id = personID
        self.country = country
    }
}
