import FluentKit
import Foundation
import SQLKit

/// A person's stored columns, read as a plain row.
///
/// Search before create reads a couple of hundred candidate persons per
/// keystroke pause; decoding them as Fluent models (a property wrapper, a key
/// look-up and a metadata look-up per field, and the children loader's pass
/// over every citizenship for every person) took half its time.
public struct StoredPerson: Sendable, Decodable {
    public var id: UUID
    public var organisationID: UUID
    public var givenNameCipher: String?
    public var middleNameCipher: String?
    public var familyNameCipher: String?
    public var aliasesCipher: String?
    public var birthDateCipher: String?
    public var identityNumberCipher: String?
    public var emailCipher: String?
    public var phoneCipher: String?
    public var addressCipher: String?
    public var notesCipher: String?
    public var gender: String?
    public var ageGroup: String
    public var primaryLanguage: String?
    public var secondaryLanguage: String?
    public var maritalStatus: String?
    public var numberOfChildren: Int?
    public var education: String?
    public var addressCountry: String?
    public var deceased: Bool
    /// ISO alpha-3, sorted; not a column of the row.
    public var citizenships: [String] = []

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case organisationID = "organisation_id"
        case givenNameCipher = "given_name_enc"
        case middleNameCipher = "middle_name_enc"
        case familyNameCipher = "family_name_enc"
        case aliasesCipher = "aliases_enc"
        case birthDateCipher = "birth_date_enc"
        case identityNumberCipher = "identity_number_enc"
        case emailCipher = "email_enc"
        case phoneCipher = "phone_enc"
        case addressCipher = "address_enc"
        case notesCipher = "notes_enc"
        case gender
        case ageGroup = "age_group"
        case primaryLanguage = "primary_language"
        case secondaryLanguage = "secondary_language"
        case maritalStatus = "marital_status"
        case numberOfChildren = "number_of_children"
        case education
        case addressCountry = "address_country"
        case deceased
    }

    /// The same columns from a loaded model, whose citizenships must have been loaded with it.
    public init(_ model: PersonModel) throws {
        id = try model.requireID()
        organisationID = model.$organisation.id
        givenNameCipher = model.givenNameCipher
        middleNameCipher = model.middleNameCipher
        familyNameCipher = model.familyNameCipher
        aliasesCipher = model.aliasesCipher
        birthDateCipher = model.birthDateCipher
        identityNumberCipher = model.identityNumberCipher
        emailCipher = model.emailCipher
        phoneCipher = model.phoneCipher
        addressCipher = model.addressCipher
        notesCipher = model.notesCipher
        gender = model.gender
        ageGroup = model.ageGroup
        primaryLanguage = model.primaryLanguage
        secondaryLanguage = model.secondaryLanguage
        maritalStatus = model.maritalStatus
        numberOfChildren = model.numberOfChildren
        education = model.education
        addressCountry = model.addressCountry
        deceased = model.deceased
        citizenships = model.citizenshipCodes
    }

    /// These persons with their citizenships, in no particular order: two queries.
    public static func load(ids: [UUID], on database: any Database) async throws -> [StoredPerson] {
        guard !ids.isEmpty else { return [] }
        let persons = try await Backend.sqlDatabase(database).select()
            .columns(CodingKeys.allCases.map { SQLColumn($0.rawValue) })
            .from(PersonModel.schema)
            .where("id", .in, ids)
            .all(decoding: StoredPerson.self)
        return try await withCitizenships(persons, on: database)
    }

    /// Up to `limit` persons after `id` in id order, with their citizenships:
    /// a walk over the whole registry that holds one page in memory at a time.
    public static func page(after id: UUID?, limit: Int, on database: any Database) async throws -> [StoredPerson] {
        let query = Backend.sqlDatabase(database).select()
            .columns(CodingKeys.allCases.map { SQLColumn($0.rawValue) })
            .from(PersonModel.schema)
            .orderBy("id")
            .limit(limit)
        if let id { query.where("id", .greaterThan, id) }
        return try await withCitizenships(try await query.all(decoding: StoredPerson.self), on: database)
    }

    private static func withCitizenships(_ found: [StoredPerson], on database: any Database) async throws -> [StoredPerson] {
        guard !found.isEmpty else { return [] }
        let sql = Backend.sqlDatabase(database)
        let ids = found.map(\.id)
        var persons = found
        struct Citizenship: Decodable { let person_id: UUID; let country: String }
        let countries = Dictionary(grouping: try await sql.select()
            .column("person_id").column("country")
            .from(PersonCitizenshipModel.schema)
            .where("person_id", .in, ids)
            .all(decoding: Citizenship.self), by: \.person_id)
        for index in persons.indices {
            persons[index].citizenships = (countries[persons[index].id] ?? []).map(\.country).sorted()
        }
        return persons
    }
}
