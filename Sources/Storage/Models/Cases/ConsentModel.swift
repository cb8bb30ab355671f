import FluentKit
import Foundation

/// One answer to one consent question: what a person agreed to, when, how and
/// through whom. A withdrawal is recorded on the answer, which is never deleted,
/// so the history of consent stays readable.
public final class ConsentModel: Model, @unchecked Sendable {
    public static let schema = "consents"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "case_id") public var caseFile: CaseFileModel
    @Parent(key: "person_id") public var person: PersonModel
    /// A `ConsentPurpose` value.
    @Field(key: "purpose") public var purpose: String
    @Field(key: "granted") public var granted: Bool
    /// `YYYY-MM-DD`.
    @Field(key: "given_on") public var givenOn: String
    /// A `ConsentMethod` value.
    @Field(key: "method") public var method: String
    /// Who gave it when not the person: a guardian or authority, encrypted.
    @OptionalField(key: "given_by_enc") public var givenByCipher: String?
    @OptionalParent(key: "recorded_by") public var recordedBy: UserModel?
    @OptionalField(key: "withdrawn_on") public var withdrawnOn: String?
    @OptionalParent(key: "withdrawal_recorded_by") public var withdrawalRecordedBy: UserModel?
    @OptionalField(key: "withdrawal_note_enc") public var withdrawalNoteCipher: String?
    /// The `DisclosureGroup` values a referral may share under this consent, `;`-separated.
    @Field(key: "shares") public var shares: String

    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), caseID: UUID, personID: UUID, purpose: String, granted: Bool, givenOn: String, method: String, recordedBy: UUID?) {
        self.id = id
        self.$caseFile.id = caseID
        self.$person.id = personID
        self.purpose = purpose
        self.granted = granted
        self.givenOn = givenOn
        self.method = method
        self.$recordedBy.id = recordedBy
        self.shares = "Identity;Contact;CaseDetails"
    }

    public enum EncryptedField {
        public static let givenBy = "consents.given_by"
        public static let withdrawalNote = "consents.withdrawal_note"
    }
}
