import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage

/// What a person may set on an organisation.
struct OrganisationInput: Sendable {
    var name: String?
    var acronym: String?
    var type: String?
    var phone: String?
    var active: Bool?
}

/// Organisations: list, read, create, update. Shared by pages and the API, so
/// both get the same checks, the same validation and the same audit entries.
struct OrganisationService {
    let database: any Database
    let context: LibertasContext

    func list(_ caller: Caller, search: String?, includeInactive: Bool, cursor: String?, limit: Int?) async throws -> ListPage<OrganisationModel> {
        try await OrganisationQueries.list(
            on: database,
            filter: context.listFilter(caller, .organisation),
            nameContains: search,
            includeInactive: includeInactive,
            after: Cursor.parse(cursor),
            limit: PageSize.clamp(limit)
        )
    }

    func get(_ caller: Caller, id: UUID) async throws -> OrganisationModel {
        try await context.authorize(caller, .read, Self.facts(id), recordID: id.uuidString, on: database)
        guard let organisation = try await OrganisationModel.find(id, on: database) else { throw AppError.notFound }
        return organisation
    }

    func create(_ caller: Caller, _ input: OrganisationInput) async throws -> OrganisationModel {
        let id = UUID()
        try await context.authorize(caller, .create, Self.facts(id), on: database)
        let values = try Self.validate(input, partial: false)
        let organisation = OrganisationModel(id: id, name: values.name!, acronym: values.acronym, type: values.type!.rawValue, phone: values.phone?.e164)
        return try await Self.insert(organisation, actor: caller.actor, origin: caller.origin, database: database, context: context)
    }

    /// Stores a new organisation and audits it: the one way organisations are
    /// made, by an administrator, the first start or the demo seed.
    static func insert(_ organisation: OrganisationModel, actor: AuditEvent.Actor, origin: AuditEvent.Origin, database: any Database, context: LibertasContext) async throws -> OrganisationModel {
        try await context.audit.transaction(on: database) { tx, audit in
            try await requireUniqueName(organisation.nameKey, except: nil, on: tx)
            try await organisation.create(on: tx)
            var summary = AuditSummary()
            summary.set("name", from: nil, to: organisation.name)
            summary.set("type", from: nil, to: organisation.type)
            summary.set("acronym", from: nil, to: organisation.acronym)
            summary.set("phone", from: nil, to: organisation.phone)
            let id = try organisation.requireID()
            try await audit.record(AuditEvent(actor: actor, origin: origin, action: "organisation.create", recordType: "organisation", recordID: id.uuidString, organisationID: id, summary: summary))
            return organisation
        }
    }

    func update(_ caller: Caller, id: UUID, _ input: OrganisationInput) async throws -> OrganisationModel {
        try await context.authorize(caller, .update, Self.facts(id), recordID: id.uuidString, on: database)
        guard let organisation = try await OrganisationModel.find(id, on: database) else { throw AppError.notFound }
        if let active = input.active, active != organisation.active {
            try await context.authorize(caller, .administer, Self.facts(id), recordID: id.uuidString, on: database)
            if !active, id == caller.user.organisationID {
                throw AppError.invalid([FieldError("active", .organisationCannotDeactivateOwn)])
            }
        }
        let values = try Self.validate(input, partial: true)
        return try await context.audit.transaction(on: database) { tx, audit in
            var summary = AuditSummary()
            if let name = values.name {
                try await Self.requireUniqueName(name.lowercased(), except: id, on: tx)
                summary.set("name", from: organisation.name, to: name)
                organisation.rename(name)
            }
            if let type = values.type {
                summary.set("type", from: organisation.type, to: type.rawValue)
                organisation.type = type.rawValue
            }
            if input.acronym != nil {
                summary.set("acronym", from: organisation.acronym, to: values.acronym)
                organisation.acronym = values.acronym
            }
            if input.phone != nil {
                summary.set("phone", from: organisation.phone, to: values.phone?.e164)
                organisation.phone = values.phone?.e164
            }
            if let active = input.active {
                summary.set("active", from: String(organisation.active), to: String(active))
                organisation.active = active
            }
            guard !summary.isEmpty else { return organisation }
            try await organisation.update(on: tx)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "organisation.update", recordType: "organisation", recordID: id.uuidString, organisationID: id, summary: summary))
            return organisation
        }
    }

    static func facts(_ id: UUID) -> RecordFacts {
        RecordFacts(kind: .organisation, organisationID: id)
    }

    struct Values: Sendable {
        var name: String?
        var acronym: String?
        var type: OrganisationType?
        var phone: PhoneNumber?
    }

    /// Checks the input. `partial` (an update) lets fields be absent; a present
    /// field is checked the same way either way.
    static func validate(_ input: OrganisationInput, partial: Bool) throws -> Values {
        var validator = Validator()
        var values = Values()
        if !partial || input.name != nil {
            values.name = validator.requireText(input.name, field: "name", maxLength: 200)
        }
        values.acronym = validator.optionalText(input.acronym, field: "acronym", maxLength: 20)
        if !partial || input.type != nil {
            if let type = input.type.flatMap({ OrganisationType(rawValue: $0) }) {
                values.type = type
            } else {
                validator.add("type", (input.type ?? "").isEmpty ? .validationRequired : .validationChoice)
            }
        }
        if let phone = input.phone?.trimmingCharacters(in: .whitespaces), !phone.isEmpty {
            values.phone = PhoneNumber(parsing: phone)
            if values.phone == nil { validator.add("phone", .validationPhone) }
        }
        try validator.throwIfInvalid()
        return values
    }

    static func requireUniqueName(_ nameKey: String, except id: UUID?, on database: any Database) async throws {
        let query = OrganisationModel.query(on: database).filter(\.$nameKey == nameKey)
        if let id { query.filter(\.$id != id) }
        if try await query.count() > 0 {
            throw AppError.conflict(FieldError("name", .organisationNameTaken))
        }
    }
}
