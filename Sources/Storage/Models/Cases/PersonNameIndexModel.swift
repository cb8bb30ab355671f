import FluentKit
import Foundation

/// A blind index entry: a keyed hash of one normalised name token, phonetic
/// code or prefix of a person. Searching hashes the query the same way, so a
/// case worker finds a person without the database holding any plaintext name.
public final class PersonNameIndexModel: Model, @unchecked Sendable {
    public static let schema = "person_name_index"

    @ID(key: .id) public var id: UUID?
    @Field(key: "person_id") public var personID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    /// Truncated HMAC-SHA256, hex.
    @Field(key: "digest") public var digest: String

    public init() {}

    public init(personID: UUID, organisationID: UUID, digest: String) {
        self.id = .timeOrdered()
        self.personID = personID
        self.organisationID = organisationID
        self.digest = digest
    }
}
