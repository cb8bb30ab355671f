import CaseModel
import Foundation

/// Turns a ``PersonRecord`` into its stored form and back: personal fields
/// sealed with the ``FieldCipher``, statistical fields plain, citizenships as
/// rows, and the blind name index.
public struct PersonCodec: Sendable {
    public let cipher: FieldCipher
    public let index: BlindIndex

    public init(cipher: FieldCipher, index: BlindIndex) {
        self.cipher = cipher
        self.index = index
    }

    /// A new stored person; citizenship and index rows are returned alongside, to be inserted with it.
    public func makeModel(
        _ record: PersonRecord,
        id: UUID = .timeOrdered(),
        organisationID: UUID,
        today: PartialDate,
        sourceID: String? = nil
    ) throws -> (person: PersonModel, citizenships: [PersonCitizenshipModel], index: [PersonNameIndexModel]) {
        let model = PersonModel(id: id, organisationID: organisationID, ageGroup: AgeGroup.unknown.rawValue, sourceID: sourceID)
        try apply(record, to: model, today: today)
        return (model, citizenshipRows(record, personID: id), indexRows(record, personID: id, organisationID: organisationID))
    }

    /// Writes every field of `record` into `model`.
    public func apply(_ record: PersonRecord, to model: PersonModel, today: PartialDate) throws {
        let id = try model.requireID()
        typealias F = PersonModel.EncryptedField
        model.givenNameCipher = try cipher.sealOptional(record.givenName, field: F.givenName, rowID: id)
        model.middleNameCipher = try cipher.sealOptional(record.middleName, field: F.middleName, rowID: id)
        model.familyNameCipher = try cipher.sealOptional(record.familyName, field: F.familyName, rowID: id)
        model.aliasesCipher = record.aliases.isEmpty ? nil : try cipher.seal(Self.json(record.aliases), field: F.aliases, rowID: id)
        model.birthDateCipher = try cipher.sealOptional(record.birthDate?.description, field: F.birthDate, rowID: id)
        model.identityNumberCipher = try cipher.sealOptional(record.identityNumber, field: F.identityNumber, rowID: id)
        model.emailCipher = try cipher.sealOptional(record.email, field: F.email, rowID: id)
        model.phoneCipher = try cipher.sealOptional(record.phone?.e164, field: F.phone, rowID: id)
        let address = record.address.flatMap { $0.isEmpty ? nil : Address(street: $0.street, city: $0.city, state: $0.state, postalCode: $0.postalCode) }
        model.addressCipher = try address.map { try cipher.seal(Self.json($0), field: F.address, rowID: id) }
        model.addressCountry = record.address?.country.flatMap { Country.find($0)?.iso3 }
        model.notesCipher = try cipher.sealOptional(record.notes, field: F.notes, rowID: id)
        model.gender = record.gender?.rawValue
        model.ageGroup = (record.birthDate.map { AgeGroup(ages: $0.ages(on: today)) } ?? record.ageGroup ?? .unknown).rawValue
        model.primaryLanguage = record.primaryLanguage?.alpha3
        model.secondaryLanguage = record.secondaryLanguage?.alpha3
        model.maritalStatus = record.maritalStatus?.rawValue
        model.numberOfChildren = record.numberOfChildren
        model.education = record.education?.rawValue
        model.deceased = record.deceased
        // Changed details are compared with the other registers again.
        model.duplicateChecked = false
    }

    public func citizenshipRows(_ record: PersonRecord, personID: UUID) -> [PersonCitizenshipModel] {
        Set(record.citizenships.compactMap { Country.find($0)?.iso3 }).sorted().map { PersonCitizenshipModel(personID: personID, country: $0) }
    }

    public func indexRows(_ record: PersonRecord, personID: UUID, organisationID: UUID) -> [PersonNameIndexModel] {
        index.digests(forNames: record.allNames).sorted().map { PersonNameIndexModel(personID: personID, organisationID: organisationID, digest: $0) }
    }

    /// Reads a stored person back. Citizenships must have been loaded with it.
    public func decode(_ model: PersonModel) throws -> PersonRecord {
        try decode(StoredPerson(model))
    }

    /// Reads a stored person back from its plain row.
    public func decode(_ stored: StoredPerson) throws -> PersonRecord {
        let id = stored.id
        typealias F = PersonModel.EncryptedField
        var record = PersonRecord()
        record.givenName = try cipher.openOptional(stored.givenNameCipher, field: F.givenName, rowID: id)
        record.middleName = try cipher.openOptional(stored.middleNameCipher, field: F.middleName, rowID: id)
        record.familyName = try cipher.openOptional(stored.familyNameCipher, field: F.familyName, rowID: id)
        record.aliases = try cipher.openOptional(stored.aliasesCipher, field: F.aliases, rowID: id).flatMap { Self.decode([String].self, $0) } ?? []
        record.birthDate = try cipher.openOptional(stored.birthDateCipher, field: F.birthDate, rowID: id).flatMap(PartialDate.init(parsing:))
        record.identityNumber = try cipher.openOptional(stored.identityNumberCipher, field: F.identityNumber, rowID: id)
        record.email = try cipher.openOptional(stored.emailCipher, field: F.email, rowID: id)
        record.phone = try cipher.openOptional(stored.phoneCipher, field: F.phone, rowID: id).flatMap(PhoneNumber.init(parsing:))
        var address = try cipher.openOptional(stored.addressCipher, field: F.address, rowID: id).flatMap { Self.decode(Address.self, $0) }
        if let country = stored.addressCountry {
            if address == nil { address = Address() }
            address?.country = country
        }
        record.address = address
        record.notes = try cipher.openOptional(stored.notesCipher, field: F.notes, rowID: id)
        if record.birthDate == nil, let group = AgeGroup(rawValue: stored.ageGroup), group != .unknown { record.ageGroup = group }
        record.gender = stored.gender.flatMap(Gender.init(rawValue:))
        record.citizenships = stored.citizenships
        record.primaryLanguage = stored.primaryLanguage.flatMap(LanguageCode.init)
        record.secondaryLanguage = stored.secondaryLanguage.flatMap(LanguageCode.init)
        record.maritalStatus = stored.maritalStatus.flatMap(MaritalStatus.init(rawValue:))
        record.numberOfChildren = stored.numberOfChildren
        record.education = stored.education.flatMap(EducationLevel.init(rawValue:))
        record.deceased = stored.deceased
        return record
    }

    /// The person's name for lists and headings: given and family names, or the
    /// first alias, or an em dash when the person has no recorded name.
    /// Takes the encrypted columns rather than a model, so that lists read only these.
    public func displayName(personID id: UUID, given: String?, family: String?, aliases: String?) throws -> String {
        typealias F = PersonModel.EncryptedField
        let parts = [
            try cipher.openOptional(given, field: F.givenName, rowID: id),
            try cipher.openOptional(family, field: F.familyName, rowID: id),
        ].compactMap { $0 }.filter { !$0.isEmpty }
        if !parts.isEmpty { return parts.joined(separator: " ") }
        let names = try cipher.openOptional(aliases, field: F.aliases, rowID: id).flatMap { Self.decode([String].self, $0) }
        return names?.first ?? "—"
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
