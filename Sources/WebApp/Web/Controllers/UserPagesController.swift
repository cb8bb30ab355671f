import AccessControl
import Fluent
import Storage
import Vapor

/// The user pages: list, show, create, edit, reset password.
enum UserPagesController {
    static func register(on routes: any RoutesBuilder) {
        let users = routes.grouped("users")
        users.get(use: index)
        users.get("new", use: new)
        users.post(use: create)
        users.get(":id", use: show)
        users.get(":id", "edit", use: edit)
        users.post(":id", use: update)
        users.post(":id", "reset-password", use: resetPassword)
    }

    static func index(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let organisationID = request.queryValue("organisation").flatMap(UUID.init(uuidString:))
        let search = request.queryValue("q")
        let cursor = request.queryValue("cursor")
        let page = try await request.userService.list(caller, organisationID: organisationID, search: search, includeInactive: true, cursor: cursor, limit: nil)
        let names = try await organisationNames(request, caller)
        let filter = UserPages.ListFilter(organisationID: organisationID, search: search ?? "", isFirstPage: cursor == nil)
        let mayCreate = request.libertas.policy.scope(for: caller.principal, action: .create, kind: .user) != nil
        return request.page { UserPages.index($0, page: page, organisations: names, filter: filter, mayCreate: mayCreate) }
    }

    static func show(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let user = try await request.userService.get(caller, id: try request.uuidParameter("id"))
        let facts = UserService.facts(userID: user.id, organisationID: user.organisationID)
        let policy = request.libertas.policy
        let rights = UserPages.Rights(
            mayEdit: policy.decide(caller.principal, .update, facts).isAllowed,
            mayAdminister: policy.decide(caller.principal, .administer, facts).isAllowed && user.id != caller.user.id
        )
        let organisation = try await OrganisationModel.find(user.organisationID, on: request.db)
        return request.page { UserPages.show($0, user, organisationName: organisation?.name ?? "—", rights: rights, now: request.libertas.now()) }
    }

    static func new(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        guard request.libertas.policy.scope(for: caller.principal, action: .create, kind: .user) != nil else {
            try await request.libertas.refuse(caller, .create, .user, on: request.db)
        }
        let options = try await formOptions(request, caller)
        let preset = request.queryValue("organisation").flatMap(UUID.init(uuidString:)) ?? caller.user.organisationID
        return request.page { UserPages.editor($0, values: UserRequest(organisationId: preset, roles: [Role.caseWorker.rawValue]), id: nil, options: options, errors: .none) }
    }

    static func create(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let form = try request.content.decode(UserRequest.self)
        do {
            let input = UserInput(username: form.username, displayName: form.displayName, email: form.email ?? "", organisationID: form.organisationId, roles: form.roles ?? [])
            let (user, password) = try await request.userService.create(caller, input)
            return request.page { UserPages.oneTimePassword($0, user: user, password: password, isNewAccount: true) }
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let options = try await formOptions(request, caller)
            let errors = FormErrors(error.fieldErrors, t: request.localizer)
            return request.page({ UserPages.editor($0, values: form, id: nil, options: options, errors: errors) }, status: .unprocessableEntity)
        }
    }

    static func edit(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let user = try await request.userService.get(caller, id: id)
        try await request.libertas.authorize(caller, .update, UserService.facts(userID: id, organisationID: user.organisationID), recordID: id.uuidString, on: request.db)
        let options = try await formOptions(request, caller, editing: user)
        let values = UserRequest(username: user.username, displayName: user.displayName, email: user.email, organisationId: user.organisationID, roles: user.roles.map(\.rawValue), active: user.active)
        return request.page { UserPages.editor($0, values: values, id: id, options: options, errors: .none) }
    }

    static func update(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(UserRequest.self)
        let existing = try await request.userService.get(caller, id: id)
        let options = try await formOptions(request, caller, editing: existing)
        do {
            // Access fields are sent only when this person may change them.
            let input = UserInput(
                displayName: form.displayName,
                email: form.email ?? "",
                roles: options.mayAdminister ? (form.roles ?? []) : nil,
                active: options.mayAdminister ? form.active : nil
            )
            _ = try await request.userService.update(caller, id: id, input)
            return request.redirect(to: "/users/\(id)", flash: .userSaved)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            var values = form
            values.username = existing.username
            let errors = FormErrors(error.fieldErrors, t: request.localizer)
            return request.page({ UserPages.editor($0, values: values, id: id, options: options, errors: errors) }, status: .unprocessableEntity)
        }
    }

    static func resetPassword(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let password = try await request.userService.resetPassword(caller, id: id)
        let user = try await request.userService.get(caller, id: id)
        return request.page { UserPages.oneTimePassword($0, user: user, password: password, isNewAccount: false) }
    }

    /// The organisations the caller may list, by id, for showing names.
    static func organisationNames(_ request: Request, _ caller: Caller) async throws -> [UUID: String] {
        var names: [UUID: String] = [:]
        for organisation in try await organisations(request, caller) { if let id = organisation.id { names[id] = organisation.name } }
        return names
    }

    /// Every organisation the caller may list, inactive ones included.
    static func organisations(_ request: Request, _ caller: Caller) async throws -> [OrganisationModel] {
        let filter = request.libertas.listFilter(caller, .organisation)
        var all: [OrganisationModel] = []
        var cursor: Cursor?
        repeat {
            let page = try await OrganisationQueries.list(on: request.db, filter: filter, after: cursor, limit: PageSize.maximum)
            all += page.items
            cursor = try Cursor.parse(page.nextCursor)
        } while cursor != nil
        return all
    }

    /// What the form may offer: the organisations a user may be put in, and the roles the caller may give.
    static func formOptions(_ request: Request, _ caller: Caller, editing user: UserView? = nil) async throws -> UserPages.FormOptions {
        let policy = request.libertas.policy
        let organisations = try await organisationNames(request, caller)
            .filter { id, _ in policy.decide(caller.principal, .create, UserService.facts(userID: nil, organisationID: id)).isAllowed }
            .sorted { $0.value.localizedCaseInsensitiveCompare($1.value) == .orderedAscending }
            .map { (value: $0.key.uuidString, label: $0.value) }
        let roles = Role.allCases.filter { policy.mayAssign($0, by: caller.principal) }
        let mayAdminister = user.map { user in
            user.id != caller.user.id
                && policy.decide(caller.principal, .administer, UserService.facts(userID: user.id, organisationID: user.organisationID)).isAllowed
        } ?? true
        return UserPages.FormOptions(organisations: organisations, assignableRoles: roles, mayAdminister: mayAdminister)
    }
}
