import CaseModel
import Foundation
import Storage
import Vapor

/// Form fields of the case pages, as the browser posts them, and their
/// conversion to records. Text that does not parse becomes a field error
/// rather than being dropped, so nothing typed is lost silently.
struct PersonForm: Content {
    var personId: String?
    var givenName: String?
    var middleName: String?
    var familyName: String?
    var aliases: String?
    var birthDate: String?
    var gender: String?
    var citizenship: String?
    var secondCitizenship: String?
    var primaryLanguage: String?
    var phone: String?
    var email: String?
    var maritalStatus: String?
    var education: String?
    var notes: String?

    init() {}

    init(_ record: PersonRecord) {
        givenName = record.givenName
        middleName = record.middleName
        familyName = record.familyName
        aliases = record.aliases.joined(separator: ", ")
        birthDate = record.birthDate?.description
        gender = record.gender?.rawValue
        citizenship = record.citizenships.first
        secondCitizenship = record.citizenships.dropFirst().first
        primaryLanguage = record.primaryLanguage?.alpha3
        phone = record.phone?.e164
        email = record.email
        maritalStatus = record.maritalStatus?.rawValue
        education = record.education?.rawValue
        notes = record.notes
    }

    func record(_ validator: inout Validator, prefix: String = "") -> PersonRecord {
        var record = PersonRecord()
        record.givenName = FormValue.text(givenName)
        record.middleName = FormValue.text(middleName)
        record.familyName = FormValue.text(familyName)
        record.aliases = (aliases ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        record.birthDate = FormValue.date(birthDate, field: prefix + "birthDate", &validator)
        record.gender = FormValue.code(gender, Gender.self, field: prefix + "gender", &validator)
        record.citizenships = [citizenship, secondCitizenship].compactMap { FormValue.country($0, field: prefix + "citizenship", &validator) }
        if let language = FormValue.text(primaryLanguage) {
            record.primaryLanguage = LanguageCode(language)
            if record.primaryLanguage == nil { validator.add(prefix + "primaryLanguage", .validationChoice) }
        }
        if let phone = FormValue.text(phone) {
            record.phone = PhoneNumber(parsing: phone)
            if record.phone == nil { validator.add(prefix + "phone", .validationPhone) }
        }
        record.email = FormValue.text(email)
        record.maritalStatus = FormValue.code(maritalStatus, MaritalStatus.self, field: prefix + "maritalStatus", &validator)
        record.education = FormValue.code(education, EducationLevel.self, field: prefix + "education", &validator)
        record.notes = FormValue.text(notes)
        return record
    }

    var hasAnyName: Bool { [givenName, familyName, aliases].contains { FormValue.text($0) != nil } }
}

struct VictimForm: Content {
    var identifiedOn: String?
    var traffickingStatus: String?
    var statusDecidedBy: String?
    var ageWhenTrafficked: String?
    var exploitationTypes: [String]?
    var sexualExploitationTypes: [String]?
    var forcedLabourIndustry: String?
    var controlMethods: [String]?
    var recruitmentMethods: [String]?
    var exploitationCountry: String?
    var exploitationPlace: String?
    var relationshipToTrafficker: String?
    var repatriatedTo: String?
    var repatriatedOn: String?

    init() {}

    init(_ context: VictimContext) {
        identifiedOn = context.identifiedOn?.toMonth.description
        traffickingStatus = context.traffickingStatus.rawValue
        statusDecidedBy = context.statusDecidedBy?.rawValue
        ageWhenTrafficked = context.ageWhenTrafficked.map(String.init)
        exploitationTypes = context.exploitationTypes.map(\.rawValue)
        sexualExploitationTypes = context.sexualExploitationTypes.map(\.rawValue)
        forcedLabourIndustry = context.forcedLabourIndustry?.rawValue
        controlMethods = context.controlMethods.map(\.rawValue)
        recruitmentMethods = context.recruitmentMethods.map(\.rawValue)
        exploitationCountry = context.exploitationCountry
        exploitationPlace = context.exploitationPlace
        relationshipToTrafficker = context.relationshipToTrafficker?.rawValue
        repatriatedTo = context.repatriatedTo
        repatriatedOn = context.repatriatedOn?.toMonth.description
    }

    func context(_ validator: inout Validator, today: PartialDate) -> VictimContext {
        let identified = FormValue.date(identifiedOn, field: "identifiedOn", &validator)
        if identified == nil, FormValue.text(identifiedOn) == nil { validator.add("identifiedOn", .validationRequired) }
        var context = VictimContext(identifiedOn: identified ?? today)
        context.traffickingStatus = FormValue.code(traffickingStatus, TraffickingStatus.self, field: "traffickingStatus", &validator) ?? .possibleVictimOfTrafficking
        context.statusDecidedBy = FormValue.code(statusDecidedBy, StatusDecisionMaker.self, field: "statusDecidedBy", &validator)
        context.ageWhenTrafficked = FormValue.integer(ageWhenTrafficked, field: "ageWhenTrafficked", &validator)
        context.exploitationTypes = FormValue.codes(exploitationTypes, ExploitationType.self, field: "exploitationTypes", &validator)
        context.sexualExploitationTypes = FormValue.codes(sexualExploitationTypes, SexualExploitationType.self, field: "sexualExploitationTypes", &validator)
        context.forcedLabourIndustry = FormValue.code(forcedLabourIndustry, ForcedLabourIndustry.self, field: "forcedLabourIndustry", &validator)
        context.controlMethods = FormValue.codes(controlMethods, ControlMethod.self, field: "controlMethods", &validator)
        context.recruitmentMethods = FormValue.codes(recruitmentMethods, RecruitmentMethod.self, field: "recruitmentMethods", &validator)
        context.exploitationCountry = FormValue.country(exploitationCountry, field: "exploitationCountry", &validator)
        context.exploitationPlace = FormValue.text(exploitationPlace)
        context.relationshipToTrafficker = FormValue.code(relationshipToTrafficker, RelationshipToTrafficker.self, field: "relationshipToTrafficker", &validator)
        context.repatriatedTo = FormValue.country(repatriatedTo, field: "repatriatedTo", &validator)
        context.repatriatedOn = FormValue.date(repatriatedOn, field: "repatriatedOn", &validator)
        if context.repatriatedOn != nil, context.repatriatedTo == nil { validator.add("repatriatedTo", .validationRequired) }
        return context
    }
}

struct PerpetratorForm: Content {
    var roles: [String]?
    var relationship: String?
    var roleDetails: String?

    func context(_ validator: inout Validator) -> PerpetratorContext {
        PerpetratorContext(
            roles: FormValue.codes(roles, PerpetratorRole.self, field: "roles", &validator),
            relationship: FormValue.code(relationship, RelationshipToTrafficker.self, field: "relationship", &validator),
            roleDetails: FormValue.text(roleDetails)
        )
    }
}

struct EventForm: Content {
    var victimId: String?
    var type: String?
    var dateFrom: String?
    var dateTo: String?
    var country: String?
    var adminArea: String?
    var city: String?
    var description: String?

    func event(_ validator: inout Validator) -> (UUID?, RouteEvent) {
        let type = FormValue.code(type, EventType.self, field: "type", &validator)
        if type == nil, FormValue.text(self.type) == nil { validator.add("type", .validationRequired) }
        var event = RouteEvent(type: type ?? .transit)
        event.dateFrom = FormValue.date(dateFrom, field: "dateFrom", &validator)
        event.dateTo = FormValue.date(dateTo, field: "dateTo", &validator)
        event.country = FormValue.country(country, field: "country", &validator)
        event.adminArea = FormValue.text(adminArea)
        event.city = FormValue.text(city)
        event.description = FormValue.text(description)
        return (FormValue.text(victimId).flatMap(UUID.init(uuidString:)), event)
    }
}

struct CaseRecordForm: Content {
    var openedOn: String?
    var status: String?
    var closedOn: String?
    var closureReason: String?
    var summary: String?

    init() {}

    init(_ record: CaseRecord) {
        openedOn = record.openedOn.firstDayText
        status = record.status.rawValue
        closedOn = record.closedOn?.firstDayText
        closureReason = record.closureReason
        summary = record.summary
    }

    func record(_ validator: inout Validator, today: PartialDate) -> CaseRecord {
        let opened = FormValue.date(openedOn, field: "openedOn", &validator)
        var record = CaseRecord(openedOn: opened ?? today)
        record.status = FormValue.code(status, CaseStatus.self, field: "status", &validator) ?? .active
        record.closedOn = FormValue.date(closedOn, field: "closedOn", &validator)
        record.closureReason = FormValue.text(closureReason)
        record.summary = FormValue.text(summary)
        return record
    }
}

/// Reading typed values out of form text.
enum FormValue {
    static func text(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    static func date(_ value: String?, field: String, _ validator: inout Validator) -> PartialDate? {
        guard let text = text(value) else { return nil }
        guard let date = PartialDate(parsing: text) else {
            validator.add(field, .validationDate)
            return nil
        }
        return date
    }

    static func integer(_ value: String?, field: String, _ validator: inout Validator) -> Int? {
        guard let text = text(value) else { return nil }
        guard let number = Int(text) else {
            validator.add(field, .validationNumber)
            return nil
        }
        return number
    }

    static func code<L: CodeList>(_ value: String?, _ list: L.Type, field: String, _ validator: inout Validator) -> L? {
        guard let text = text(value) else { return nil }
        guard let code = L.parse(text) else {
            validator.add(field, .validationChoice)
            return nil
        }
        return code
    }

    static func codes<L: CodeList>(_ values: [String]?, _ list: L.Type, field: String, _ validator: inout Validator) -> Set<L> {
        var result: Set<L> = []
        for value in values ?? [] where text(value) != nil {
            if let code = L.parse(value) { result.insert(code) } else { validator.add(field, .validationChoice) }
        }
        return result
    }

    static func country(_ value: String?, field: String, _ validator: inout Validator) -> String? {
        guard let text = text(value) else { return nil }
        guard let country = Country.find(text) else {
            validator.add(field, .validationCountry, ["code": text])
            return nil
        }
        return country.iso3
    }
}
