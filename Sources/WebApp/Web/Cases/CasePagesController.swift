import AccessControl
import CaseModel
import Fluent
import Foundation
import Storage
import Vapor

/// The case pages: list, open (search first), show, edit, assign.
enum CasePagesController {
    static func register(on routes: any RoutesBuilder) {
        let cases = routes.grouped("cases")
        cases.get(use: index)
        cases.get("new", use: newCase)
        cases.post("new", "search", use: search)
        cases.post("new", "details", use: details)
        cases.post(use: create)
        cases.get(":id", use: show)
        cases.get(":id", "edit", use: edit)
        cases.post(":id", use: update)
        cases.post(":id", "assign", use: assign)
    }

    static func index(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let filters = CaseFilterForm(
            status: request.queryValue("status"), exploitationType: request.queryValue("exploitationType"),
            citizenship: request.queryValue("citizenship"), openedFrom: request.queryValue("openedFrom"),
            openedTo: request.queryValue("openedTo"), assignedTo: request.queryValue("assignedTo"), sort: request.queryValue("sort")
        )
        let page = try await request.caseService.list(caller, criteria: try request.caseCriteria(), cursor: request.queryValue("cursor"), limit: nil)
        let policy = request.libertas.policy
        let model = CaseListPage.Model(
            page: page, filters: filters, isFirstPage: request.queryValue("cursor") == nil,
            mayCreate: policy.scope(for: caller.principal, action: .create, kind: .caseFile) != nil,
            mayRefer: policy.scope(for: caller.principal, action: .update, kind: .caseFile) != nil,
            mayAssign: policy.scope(for: caller.principal, action: .administer, kind: .caseFile) != nil,
            workers: try await CasePageSupport.workers(request, organisationID: caller.user.organisationID).map { ($0.key.uuidString, $0.value) }.sorted { $0.1 < $1.1 }
        )
        return request.page { CaseListPage.render($0, model) }
    }

    static func newCase(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        try await CasePageSupport.requireCreate(request, caller)
        return request.page { CaseNewPages.search($0, values: PersonSearchForm(), result: nil, errors: .none) }
    }

    static func search(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        try await CasePageSupport.requireCreate(request, caller)
        let form = try request.content.decode(PersonSearchForm.self)
        do {
            let query = try PersonSearchRequest(name: form.name ?? "", birthYear: form.birthYear.flatMap { Int($0) }, citizenship: form.citizenship, phone: form.phone).query()
            let result = try await request.personSearchService.search(caller, query)
            return request.page { CaseNewPages.search($0, values: form, result: result, errors: .none) }
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            return request.page({ CaseNewPages.search($0, values: form, result: nil, errors: FormErrors(error.fieldErrors, t: request.localizer)) }, status: .unprocessableEntity)
        }
    }

    /// What the search step hands on: an existing person, or the searched name and facts.
    struct Handover: Content {
        var personId: String?
        var searchedName: String?
        var birthDate: String?
        var citizenship: String?
        var phone: String?
    }

    static func details(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        try await CasePageSupport.requireCreate(request, caller)
        let handover = try request.content.decode(Handover.self)
        let existing = try await CasePageSupport.existing(request, caller, handover.personId)
        var person = PersonForm()
        if existing == nil, let name = FormValue.text(handover.searchedName) {
            var parts = name.split(separator: " ").map(String.init)
            person.familyName = parts.count > 1 ? parts.removeLast() : nil
            person.givenName = parts.joined(separator: " ")
            person.birthDate = handover.birthDate
            person.citizenship = handover.citizenship
            person.phone = handover.phone
        }
        var record = CaseRecordForm()
        record.openedOn = PartialDate.today(request.libertas.now()).firstDayText
        var victim = VictimForm()
        victim.identifiedOn = PartialDate.today(request.libertas.now()).toMonth.description
        return request.page { CaseNewPages.details($0, record: record, person: person, existing: existing, victim: victim, errors: .none) }
    }

    static func create(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let recordForm = try request.content.decode(CaseRecordForm.self)
        let personForm = try request.content.decode(PersonForm.self)
        let victimForm = try request.content.decode(VictimForm.self)
        let existing = try await CasePageSupport.existing(request, caller, personForm.personId)
        let today = PartialDate.today(request.libertas.now())
        var validator = Validator()
        let record = recordForm.record(&validator, today: today)
        let person = personForm.record(&validator)
        let context = victimForm.context(&validator, today: today)
        if existing == nil, !personForm.hasAnyName { validator.add("givenName", .validationNameRequired) }
        do {
            try validator.throwIfInvalid()
            var input = NewCase(record: record)
            input.victims = [NewVictim(person: existing.map { .existing($0.0) } ?? .new(person), context: context)]
            let created = try await request.caseService.create(caller, input)
            return request.redirect(to: "/cases/\(created.id)", flash: .caseCreated)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let errors = FormErrors(CasePageSupport.formFields(error.fieldErrors), t: request.localizer)
            return request.page({ CaseNewPages.details($0, record: recordForm, person: personForm, existing: existing, victim: victimForm, errors: errors) }, status: .unprocessableEntity)
        }
    }

    static func show(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let view = try await request.caseService.get(caller, id: try request.uuidParameter("id"))
        let model = try await CasePageSupport.showModel(request, caller, view)
        return request.page { CaseShowPage.render($0, model) }
    }

    static func edit(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        _ = try await request.caseService.load(caller, id: id, for: .update)
        let view = try await request.caseService.get(caller, id: id)
        return request.page { CaseEditPages.record($0, caseID: id, reference: view.reference, values: CaseRecordForm(view.record), errors: .none) }
    }

    static func update(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(CaseRecordForm.self)
        var validator = Validator()
        let record = form.record(&validator, today: PartialDate.today(request.libertas.now()))
        do {
            try validator.throwIfInvalid()
            _ = try await request.caseService.update(caller, id: id, record: record)
            return request.redirect(to: "/cases/\(id)", flash: .caseSaved)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let model = try await request.caseService.load(caller, id: id, for: .update)
            let errors = FormErrors(error.fieldErrors, t: request.localizer)
            return request.page({ CaseEditPages.record($0, caseID: id, reference: model.reference, values: form, errors: errors) }, status: .unprocessableEntity)
        }
    }

    static func assign(_ request: Request) async throws -> Response {
        struct Form: Content { var assignedTo: String? }
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(Form.self)
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .caseAssigned) {
            _ = try await request.caseService.assign(caller, id: id, to: FormValue.text(form.assignedTo).flatMap(UUID.init(uuidString:)))
        }
    }
}
