import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage

/// The national service directory: add, edit, report free places, read and
/// search providers. Shared by pages and the API.
///
/// Provider data describes services, not people, so reads are not audited;
/// every change is.
struct ServiceDirectoryService {
    let database: any Database
    let context: LibertasContext

    static func facts(organisationID: UUID) -> RecordFacts {
        RecordFacts(kind: .serviceProvider, organisationID: organisationID)
    }

    static func facts(_ model: ServiceProviderModel) -> RecordFacts {
        facts(organisationID: model.$organisation.id)
    }

    // MARK: Read

    func get(_ caller: Caller, id: UUID) async throws -> ProviderListing {
        let model = try await load(caller, id: id, for: .read)
        return try await listings([model], distances: [:]).first!
    }

    /// Finds a provider, with its values, and checks that the caller may do `action` on it.
    func load(_ caller: Caller, id: UUID, for action: Action) async throws -> ServiceProviderModel {
        guard let model = try await ServiceProviderModel.query(on: database).filter(\.$id == id).with(\.$values).first() else { throw AppError.notFound }
        try await context.authorize(caller, action, Self.facts(model), recordID: id.uuidString, on: database)
        return model
    }

    // MARK: Write

    func create(_ caller: Caller, _ input: ProviderInput) async throws -> UUID {
        let organisationID = input.organisationID ?? caller.user.organisationID
        try await context.authorize(caller, .create, Self.facts(organisationID: organisationID), on: database)
        let provider = try input.validate()
        guard let owner = try await OrganisationModel.find(organisationID, on: database), owner.active else {
            throw AppError.invalid([FieldError("organisationId", .validationOrganisation)])
        }
        return try await Self.insert(provider, organisationID: organisationID, actor: caller.actor, origin: caller.origin, database: database, context: context)
    }

    /// Stores a new provider and audits it: the one way providers are made, by
    /// a person or the demo seed.
    static func insert(_ provider: ServiceProvider, organisationID: UUID, actor: AuditEvent.Actor, origin: AuditEvent.Origin,
                       database: any Database, context: LibertasContext) async throws -> UUID {
        let model = ServiceProviderModel(organisationID: organisationID)
        model.apply(provider)
        if provider.availablePlaces != nil { model.availabilityUpdatedAt = context.now() }
        let id = try model.requireID()
        let rows = ServiceProviderModel.valueRows(of: provider, providerID: id)
        try await context.audit.transaction(on: database) { tx, audit in
            try await model.create(on: tx)
            try await rows.create(on: tx)
            var summary = AuditSummary()
            describe(from: nil, to: provider, into: &summary)
            try await audit.record(AuditEvent(actor: actor, origin: origin, action: "serviceProvider.create", recordType: RecordKind.serviceProvider.rawValue,
                                              recordID: id.uuidString, organisationID: organisationID, summary: summary))
        }
        return id
    }

    /// Replaces everything but the owner. Changing `active` needs `administer`.
    func update(_ caller: Caller, id: UUID, _ input: ProviderInput) async throws {
        let model = try await load(caller, id: id, for: .update)
        if let active = input.active, active != model.active {
            try await context.authorize(caller, .administer, Self.facts(model), recordID: id.uuidString, on: database)
        }
        var changed = try input.validate()
        let before = model.record
        changed.active = input.active ?? model.active
        guard changed != before else { return }
        let provider = changed
        model.apply(provider)
        model.active = provider.active
        if provider.availablePlaces != before.availablePlaces { model.availabilityUpdatedAt = context.now() }
        let rows = ServiceProviderModel.valueRows(of: provider, providerID: id)
        try await context.audit.transaction(on: database) { tx, audit in
            try await model.update(on: tx)
            try await ServiceProviderValueModel.query(on: tx).filter(\.$provider.$id == id).delete()
            try await rows.create(on: tx)
            var summary = AuditSummary()
            Self.describe(from: before, to: provider, into: &summary)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "serviceProvider.update", recordType: RecordKind.serviceProvider.rawValue,
                                              recordID: id.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
    }

    /// The provider says how many places are free now (and, optionally, how many it has).
    func setAvailability(_ caller: Caller, id: UUID, availablePlaces: Int?, capacity: Int?) async throws {
        let model = try await load(caller, id: id, for: .update)
        var validator = Validator()
        if availablePlaces == nil { validator.add("availablePlaces", .validationRequired) }
        let newCapacity = capacity ?? model.capacity
        for (field, value) in [("availablePlaces", availablePlaces), ("capacity", capacity)] {
            if let value, !(0...ProviderInput.maximumPlaces).contains(value) {
                validator.add(field, .validationRange, ["min": "0", "max": String(ProviderInput.maximumPlaces)])
            }
        }
        if let availablePlaces, let newCapacity, availablePlaces > newCapacity { validator.add("availablePlaces", .directoryPlacesOverCapacity) }
        try validator.throwIfInvalid()
        var summary = AuditSummary()
        summary.set("availablePlaces", from: model.availablePlaces.map(String.init), to: availablePlaces.map(String.init))
        if capacity != nil { summary.set("capacity", from: model.capacity.map(String.init), to: newCapacity.map(String.init)) }
        model.availablePlaces = availablePlaces
        model.capacity = newCapacity
        // Stamped even when the number is unchanged: "still 3 free" is news too.
        model.availabilityUpdatedAt = context.now()
        let entry = summary
        try await context.audit.transaction(on: database) { tx, audit in
            try await model.update(on: tx)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "serviceProvider.availability", recordType: RecordKind.serviceProvider.rawValue,
                                              recordID: id.uuidString, organisationID: model.$organisation.id, summary: entry))
        }
    }

    /// What changed, for the audit log; provider data is not personal, so values are written out.
    static func describe(from old: ServiceProvider?, to new: ServiceProvider, into summary: inout AuditSummary) {
        func list<S: Sequence>(_ values: S?) -> String? where S.Element: CustomStringConvertible {
            values.map { $0.map(\.description).sorted().joined(separator: ";") }
        }
        let fields: [(String, (ServiceProvider) -> String?)] = [
            ("name", { $0.name }),
            ("active", { String($0.active) }),
            ("services", { list($0.services.map(\.rawValue)) }),
            ("minimumAge", { $0.eligibility.minimumAge.map(String.init) }),
            ("maximumAge", { $0.eligibility.maximumAge.map(String.init) }),
            ("genders", { list($0.eligibility.genders.map(\.rawValue)) }),
            ("nationalities", { list($0.eligibility.nationalities) }),
            ("excludedNationalities", { list($0.eligibility.excludedNationalities) }),
            ("statuses", { list($0.eligibility.statuses.map(\.rawValue)) }),
            ("acceptsMothersWithChildren", { String($0.eligibility.acceptsMothersWithChildren) }),
            ("disabilityAccess", { String($0.eligibility.disabilityAccess) }),
            ("languages", { list($0.languages.map(\.alpha3)) }),
            ("capacity", { $0.capacity.map(String.init) }),
            ("availablePlaces", { $0.availablePlaces.map(String.init) }),
            ("country", \.location.country),
            ("adminArea", \.location.adminArea),
            ("city", \.location.city),
            ("address", \.location.address),
            ("latitude", { $0.location.point.map { String($0.latitude) } }),
            ("longitude", { $0.location.point.map { String($0.longitude) } }),
            ("phone", { $0.phone?.e164 }),
            ("email", \.email),
            ("hours", \.hours),
        ]
        for (name, value) in fields { summary.set(name, from: old.flatMap(value), to: value(new)) }
    }
}
