import AccessControl
import CaseModel
import Storage
import Vapor

/// The service directory pages: search, show, add, edit, free places.
enum ServiceDirectoryPagesController {
    static func register(on routes: any RoutesBuilder) {
        let providers = routes.grouped("providers")
        providers.get(use: index)
        providers.get("new", use: new)
        providers.post(use: create)
        providers.get(":id", use: show)
        providers.get(":id", "edit", use: edit)
        providers.post(":id", use: update)
        providers.post(":id", "availability", use: availability)
    }

    static func index(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let form = try await request.providerSearchForm(caller)
        var model = ServiceDirectoryPages.SearchModel(
            form: form, page: nil, errors: .none, isFirstPage: request.queryValue("cursor") == nil,
            prefilled: request.queryValue("fromVictim") != nil, mayCreate: mayCreate(request, caller)
        )
        do {
            model.page = try await request.serviceDirectory.search(caller, try form.query(), cursor: request.queryValue("cursor"), limit: nil)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            model.errors = FormErrors(error.fieldErrors, t: request.localizer)
        }
        return request.page({ ServiceDirectoryPages.index($0, model) }, status: model.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    static func show(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let listing = try await request.serviceDirectory.get(caller, id: try request.uuidParameter("id"))
        let mayEdit = request.libertas.policy.decide(caller.principal, .update, ServiceDirectoryService.facts(organisationID: listing.organisationID)).isAllowed
        return request.page { ServiceDirectoryPages.show($0, listing, mayEdit: mayEdit) }
    }

    static func new(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        guard mayCreate(request, caller) else { try await request.libertas.refuse(caller, .create, .serviceProvider, on: request.db) }
        var values = ProviderForm()
        values.organisationId = caller.user.organisationID.uuidString
        let model = ServiceDirectoryPages.EditorModel(values: values, id: nil, errors: .none, organisations: try await organisations(request, caller), mayAdminister: true)
        return request.page { ServiceDirectoryPages.editor($0, model) }
    }

    static func create(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let form = try request.content.decode(ProviderForm.self)
        do {
            let id = try await request.serviceDirectory.create(caller, form.input)
            return request.redirect(to: "/providers/\(id)", flash: .directoryCreated)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let model = ServiceDirectoryPages.EditorModel(values: form, id: nil, errors: FormErrors(error.fieldErrors, t: request.localizer),
                                                          organisations: try await organisations(request, caller), mayAdminister: true)
            return request.page({ ServiceDirectoryPages.editor($0, model) }, status: .unprocessableEntity)
        }
    }

    static func edit(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let model = try await request.serviceDirectory.load(caller, id: id, for: .update)
        let listing = try await request.serviceDirectory.listings([model], distances: [:])[0]
        let editor = ServiceDirectoryPages.EditorModel(values: ProviderForm(listing), id: id, errors: .none, organisations: [],
                                                       mayAdminister: mayAdminister(request, caller, listing.organisationID))
        return request.page { ServiceDirectoryPages.editor($0, editor) }
    }

    static func update(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let current = try await request.serviceDirectory.load(caller, id: id, for: .update)
        var form = try request.content.decode(ProviderForm.self)
        let mayAdminister = mayAdminister(request, caller, current.$organisation.id)
        if !mayAdminister { form.active = nil }
        do {
            try await request.serviceDirectory.update(caller, id: id, form.input)
            return request.redirect(to: "/providers/\(id)", flash: .directorySaved)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let model = ServiceDirectoryPages.EditorModel(values: form, id: id, errors: FormErrors(error.fieldErrors, t: request.localizer),
                                                          organisations: [], mayAdminister: mayAdminister)
            return request.page({ ServiceDirectoryPages.editor($0, model) }, status: .unprocessableEntity)
        }
    }

    static func availability(_ request: Request) async throws -> Response {
        struct Form: Content { var availablePlaces: String? }
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let text = FormValue.text(try request.content.decode(Form.self).availablePlaces)
        do {
            let places = text.flatMap { Int($0) }
            if text != nil, places == nil { throw AppError.invalid([FieldError("availablePlaces", .validationNumber)]) }
            try await request.serviceDirectory.setAvailability(caller, id: id, availablePlaces: places, capacity: nil)
            return request.redirect(to: "/providers/\(id)", flash: .directoryAvailabilitySaved)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let listing = try await request.serviceDirectory.get(caller, id: id)
            let errors = FormErrors(error.fieldErrors, t: request.localizer)
            return request.page({ ServiceDirectoryPages.show($0, listing, mayEdit: true, errors: errors) }, status: .unprocessableEntity)
        }
    }

    static func mayCreate(_ request: Request, _ caller: Caller) -> Bool {
        request.libertas.policy.scope(for: caller.principal, action: .create, kind: .serviceProvider) != nil
    }

    static func mayAdminister(_ request: Request, _ caller: Caller, _ organisationID: UUID) -> Bool {
        request.libertas.policy.decide(caller.principal, .administer, ServiceDirectoryService.facts(organisationID: organisationID)).isAllowed
    }

    /// The organisations a national editor may file a provider under; empty for
    /// an organisation administrator, whose providers are always their own.
    static func organisations(_ request: Request, _ caller: Caller) async throws -> [(value: String, label: String)] {
        guard request.libertas.policy.scope(for: caller.principal, action: .create, kind: .serviceProvider) == .national else { return [] }
        let page = try await request.organisationService.list(caller, search: nil, includeInactive: false, cursor: nil, limit: PageSize.maximum)
        return page.items.compactMap { organisation in organisation.id.map { ($0.uuidString, organisation.name) } }
    }
}
