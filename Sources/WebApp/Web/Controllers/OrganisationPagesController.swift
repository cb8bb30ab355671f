import AccessControl
import CaseModel
import Storage
import Vapor

/// The organisation pages: list, show, create, edit.
enum OrganisationPagesController {
    static func register(on routes: any RoutesBuilder) {
        let organisations = routes.grouped("organisations")
        organisations.get(use: index)
        organisations.get("new", use: new)
        organisations.post(use: create)
        organisations.get(":id", use: show)
        organisations.get(":id", "edit", use: edit)
        organisations.post(":id", use: update)
    }

    static func index(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let search = request.queryValue("q")
        let cursor = request.queryValue("cursor")
        let page = try await request.organisationService.list(caller, search: search, includeInactive: true, cursor: cursor, limit: nil)
        let mayCreate = request.libertas.policy.scope(for: caller.principal, action: .create, kind: .organisation) != nil
        return request.page { OrganisationPages.index($0, page: page, search: search ?? "", isFirstPage: cursor == nil, mayCreate: mayCreate) }
    }

    static func show(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let organisation = try await request.organisationService.get(caller, id: try request.uuidParameter("id"))
        let facts = OrganisationService.facts(try organisation.requireID())
        let policy = request.libertas.policy
        let mayEdit = policy.decide(caller.principal, .update, facts).isAllowed
        let userFacts = RecordFacts(kind: .user, organisationID: organisation.id)
        let mayListUsers = policy.scope(for: caller.principal, action: .list, kind: .user).map { userFacts.lies(within: $0, for: caller.principal) } ?? false
        return request.page { OrganisationPages.show($0, organisation, mayEdit: mayEdit, mayListUsers: mayListUsers) }
    }

    static func new(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        guard request.libertas.policy.scope(for: caller.principal, action: .create, kind: .organisation) != nil else {
            try await request.libertas.refuse(caller, .create, .organisation, on: request.db)
        }
        return request.page { OrganisationPages.editor($0, values: OrganisationRequest(active: true), id: nil, errors: .none) }
    }

    static func create(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let form = try request.content.decode(OrganisationRequest.self)
        do {
            let organisation = try await request.organisationService.create(caller, form.input)
            return request.redirect(to: "/organisations/\(try organisation.requireID())", flash: .organisationCreated)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let errors = FormErrors(error.fieldErrors, t: request.localizer)
            return request.page({ OrganisationPages.editor($0, values: form, id: nil, errors: errors) }, status: .unprocessableEntity)
        }
    }

    static func edit(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let organisation = try await request.organisationService.get(caller, id: id)
        try await request.libertas.authorize(caller, .update, OrganisationService.facts(id), recordID: id.uuidString, on: request.db)
        let values = OrganisationRequest(name: organisation.name, acronym: organisation.acronym, type: organisation.type, phone: organisation.phone, active: organisation.active)
        let mayAdminister = request.libertas.policy.decide(caller.principal, .administer, OrganisationService.facts(id)).isAllowed
        return request.page { OrganisationPages.editor($0, values: values, id: id, errors: .none, mayAdminister: mayAdminister) }
    }

    static func update(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        var form = try request.content.decode(OrganisationRequest.self)
        let mayAdminister = request.libertas.policy.decide(caller.principal, .administer, OrganisationService.facts(id)).isAllowed
        if !mayAdminister { form.active = nil }
        do {
            _ = try await request.organisationService.update(caller, id: id, form.input)
            return request.redirect(to: "/organisations/\(id)", flash: .organisationSaved)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let errors = FormErrors(error.fieldErrors, t: request.localizer)
            return request.page({ OrganisationPages.editor($0, values: form, id: id, errors: errors, mayAdminister: mayAdminister) }, status: .unprocessableEntity)
        }
    }
}
