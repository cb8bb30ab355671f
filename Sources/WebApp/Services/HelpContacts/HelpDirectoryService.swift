import AccessControl
import AuditTrail
import Fluent
import Foundation
import Storage

/// The awareness section's directory of help contacts and consulates: the
/// public reads the active ones; the system administrator adds, edits,
/// deactivates and reactivates them. Shared by the pages and the API.
///
/// Contacts describe services, not people, so reads are not audited; every
/// change is, with the values (nothing here is personal data).
struct HelpDirectoryService {
    let database: any Database
    let context: LibertasContext

    /// Contacts belong to no organisation: the directory is national.
    static let facts = RecordFacts(kind: .helpContact)

    // MARK: The public

    /// Active contacts matching `filter`, by name. No account needed.
    func publicList(_ filter: HelpContactQueries.Filter, cursor: String?, limit: Int?) async throws -> ListPage<HelpContactListing> {
        var query = filter
        query.includeInactive = false
        return try await HelpContactQueries.list(on: database, filter: query, after: try cursorValue(cursor), limit: PageSize.clamp(limit))
            .map(HelpContactListing.init)
    }

    /// One active contact; a deactivated or unknown one is 404.
    func publicGet(id: UUID) async throws -> HelpContactListing {
        guard let model = try await HelpContactModel.find(id, on: database), model.active else { throw AppError.notFound }
        return try HelpContactListing(model)
    }

    /// The filter values that can find something now.
    func facets() async throws -> (kinds: Set<String>, countries: Set<String>, languages: Set<String>) {
        try await HelpContactQueries.facets(on: database)
    }

    // MARK: The system administrator

    /// Every contact, deactivated ones included, for the administrator's list.
    func list(_ caller: Caller, _ filter: HelpContactQueries.Filter, cursor: String?, limit: Int?) async throws -> ListPage<HelpContactListing> {
        try await context.authorize(caller, .list, Self.facts, on: database)
        var query = filter
        query.includeInactive = true
        return try await HelpContactQueries.list(on: database, filter: query, after: try cursorValue(cursor), limit: PageSize.clamp(limit))
            .map(HelpContactListing.init)
    }

    func get(_ caller: Caller, id: UUID) async throws -> HelpContactListing {
        try HelpContactListing(try await load(caller, id: id, for: .read))
    }

    func create(_ caller: Caller, _ input: HelpContactInput) async throws -> UUID {
        try await context.authorize(caller, .create, Self.facts, on: database)
        var contact = try input.validate()
        contact.active = true
        return try await Self.insert(contact, actor: caller.actor, origin: caller.origin, database: database, context: context)
    }

    /// Stores a new contact and audits it: the one way contacts are made, by the administrator or the demo seed.
    static func insert(_ contact: HelpContact, actor: AuditEvent.Actor, origin: AuditEvent.Origin,
                       database: any Database, context: LibertasContext) async throws -> UUID {
        let model = HelpContactModel(id: .timeOrdered())
        contact.apply(to: model)
        let id = try model.requireID()
        try await context.audit.transaction(on: database) { tx, audit in
            try await model.create(on: tx)
            var summary = AuditSummary()
            describe(from: nil, to: contact, into: &summary)
            try await audit.record(AuditEvent(actor: actor, origin: origin, action: "helpContact.create", recordType: RecordKind.helpContact.rawValue,
                                              recordID: id.uuidString, summary: summary))
        }
        return id
    }

    /// Replaces the description. `active` (deactivating, reactivating) needs `administer`;
    /// `nil` keeps it. Nothing changed writes nothing.
    func update(_ caller: Caller, id: UUID, _ input: HelpContactInput) async throws {
        let model = try await load(caller, id: id, for: .update)
        let before = HelpContact(model)
        if let active = input.active, active != before.active {
            try await context.authorize(caller, .administer, Self.facts, recordID: id.uuidString, on: database)
        }
        var changed = try input.validate()
        changed.active = input.active ?? before.active
        guard changed != before else { return }
        let contact = changed
        contact.apply(to: model)
        let action = before.active == contact.active ? "helpContact.update" : (contact.active ? "helpContact.reactivate" : "helpContact.deactivate")
        try await context.audit.transaction(on: database) { tx, audit in
            try await model.update(on: tx)
            var summary = AuditSummary()
            Self.describe(from: before, to: contact, into: &summary)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: action, recordType: RecordKind.helpContact.rawValue,
                                              recordID: id.uuidString, summary: summary))
        }
    }

    /// Finds a contact and checks that the caller may do `action` on it; others learn nothing (404).
    func load(_ caller: Caller, id: UUID, for action: Action) async throws -> HelpContactModel {
        try await context.authorize(caller, action, Self.facts, recordID: id.uuidString, on: database)
        guard let model = try await HelpContactModel.find(id, on: database) else { throw AppError.notFound }
        return model
    }

    /// A cursor from a page's link; a made-up one is a 400, not an error page.
    private func cursorValue(_ token: String?) throws -> Cursor? {
        do { return try Cursor.parse(token) } catch { throw AppError.badRequest(.errorBadCursor) }
    }

    /// What changed, for the audit log; contacts are not personal data, so values are written out.
    static func describe(from old: HelpContact?, to new: HelpContact, into summary: inout AuditSummary) {
        let fields: [(String, (HelpContact) -> String?)] = [
            ("name", { $0.name }), ("kind", { $0.kind.rawValue }), ("country", \.country), ("represents", \.represents),
            ("languages", { $0.languages.isEmpty ? nil : $0.languages.joined(separator: ";") }), ("phone", \.phone), ("email", \.email), ("website", \.website),
            ("address", \.address), ("hours", \.hours), ("note", \.note), ("active", { String($0.active) }),
        ]
        for (name, value) in fields { summary.set(name, from: old.flatMap(value), to: value(new)) }
    }
}
