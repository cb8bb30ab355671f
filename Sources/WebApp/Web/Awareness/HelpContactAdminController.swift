import AccessControl
import Vapor

/// `/admin/help-contacts`: the system administrator keeps the help directory
/// (list, add, edit, deactivate). Every other role gets 404, as on the API.
enum HelpContactAdminController {
    static func register(on routes: any RoutesBuilder) {
        let contacts = routes.grouped("admin", "help-contacts")
        contacts.get(use: index)
        contacts.get("new", use: new)
        contacts.post(use: create)
        contacts.get(":id", "edit", use: edit)
        contacts.post(":id", use: update)
    }

    static func index(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let page = try await request.helpDirectory.list(caller, .init(), cursor: request.queryValue("cursor"), limit: nil)
        let isFirstPage = request.queryValue("cursor") == nil
        return request.page { HelpContactAdminPages.index($0, page, isFirstPage: isFirstPage) }
    }

    static func new(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        try await request.libertas.authorize(caller, .create, HelpDirectoryService.facts, on: request.db)
        let model = HelpContactAdminPages.EditorModel(values: HelpContactForm(), id: nil, errors: .none)
        return request.page { HelpContactAdminPages.editor($0, model) }
    }

    static func create(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let form = try request.content.decode(HelpContactForm.self)
        do {
            _ = try await request.helpDirectory.create(caller, form.input)
            return request.redirect(to: "/admin/help-contacts", flash: .flashHelpContactCreated)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let model = HelpContactAdminPages.EditorModel(values: form, id: nil, errors: FormErrors(error.fieldErrors, t: request.localizer))
            return request.page({ HelpContactAdminPages.editor($0, model) }, status: .unprocessableEntity)
        }
    }

    static func edit(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let listing = try await request.helpDirectory.get(caller, id: id)
        let model = HelpContactAdminPages.EditorModel(values: HelpContactForm(listing), id: id, errors: .none)
        return request.page { HelpContactAdminPages.editor($0, model) }
    }

    static func update(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(HelpContactForm.self)
        do {
            try await request.helpDirectory.update(caller, id: id, form.input)
            return request.redirect(to: "/admin/help-contacts", flash: .flashHelpContactSaved)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let model = HelpContactAdminPages.EditorModel(values: form, id: id, errors: FormErrors(error.fieldErrors, t: request.localizer))
            return request.page({ HelpContactAdminPages.editor($0, model) }, status: .unprocessableEntity)
        }
    }
}
