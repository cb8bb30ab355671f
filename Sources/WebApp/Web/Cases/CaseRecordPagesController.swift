import CaseModel
import Fluent
import Foundation
import Storage
import Vapor

/// The pages and form posts for the parts of a case: victims, perpetrators,
/// persons, route, consent, support, comments and attachments.
enum CaseRecordPagesController {
    static func register(on routes: any RoutesBuilder) {
        let one = routes.grouped("cases", ":id")
        for role in [CaseEditPages.ParticipantRole.victim, .perpetrator] {
            one.get(PathComponent(stringLiteral: role.rawValue), "new") { try await searchForm($0, role) }
            one.post(PathComponent(stringLiteral: role.rawValue), "search") { try await search($0, role) }
            one.post(PathComponent(stringLiteral: role.rawValue), "details") { try await details($0, role) }
            one.post(PathComponent(stringLiteral: role.rawValue)) { try await add($0, role) }
        }
        one.get("victims", ":victimId", "edit", use: editVictim)
        one.post("victims", ":victimId", use: updateVictim)
        one.get("persons", ":personId", "edit", use: editPerson)
        one.post("persons", ":personId", use: updatePerson)
        one.post("participants", ":participantId", "remove", use: removeParticipant)
        one.post("events", use: addEvent)
        one.post("justice-stages", use: addJusticeStage)
        one.post("justice-stages", ":stageId", "delete", use: deleteJusticeStage)
        one.post("events", ":eventId", "delete", use: deleteEvent)
        one.post("consents", use: recordConsent)
        one.post("consents", ":consentId", "withdraw", use: withdrawConsent)
        one.post("support-plans", use: addPlan)
        one.post("services", use: addService)
        one.post("comments", use: addComment)
        one.on(.POST, "attachments", body: .collect(maxSize: ByteCount(value: AttachmentPolicy.maximumBytes + 64 * 1024)), use: addAttachment)
        one.get("attachments", ":attachmentId", use: downloadAttachment)
    }

    // MARK: Adding people

    static func searchForm(_ request: Request, _ role: CaseEditPages.ParticipantRole) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        _ = try await request.caseService.load(caller, id: id, for: .update)
        return request.page { CaseNewPages.search($0, values: PersonSearchForm(), result: nil, errors: .none, action: "/cases/\(id)/\(role.rawValue)/search", next: "/cases/\(id)/\(role.rawValue)/details") }
    }

    static func search(_ request: Request, _ role: CaseEditPages.ParticipantRole) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        _ = try await request.caseService.load(caller, id: id, for: .update)
        let form = try request.content.decode(PersonSearchForm.self)
        let paths = ("/cases/\(id)/\(role.rawValue)/search", "/cases/\(id)/\(role.rawValue)/details")
        do {
            let query = try PersonSearchRequest(name: form.name ?? "", birthYear: form.birthYear.flatMap { Int($0) }, citizenship: form.citizenship, phone: form.phone).query()
            let result = try await request.personSearchService.search(caller, query)
            return request.page { CaseNewPages.search($0, values: form, result: result, errors: .none, action: paths.0, next: paths.1) }
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            return request.page({ CaseNewPages.search($0, values: form, result: nil, errors: FormErrors(error.fieldErrors, t: request.localizer), action: paths.0, next: paths.1) }, status: .unprocessableEntity)
        }
    }

    static func details(_ request: Request, _ role: CaseEditPages.ParticipantRole) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        _ = try await request.caseService.load(caller, id: id, for: .update)
        let handover = try request.content.decode(CasePagesController.Handover.self)
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
        var victim = VictimForm()
        victim.identifiedOn = PartialDate.today(request.libertas.now()).toMonth.description
        return request.page { CaseEditPages.participant($0, caseID: id, role: role, person: person, existing: existing, victim: victim, perpetrator: PerpetratorForm(), errors: .none) }
    }

    static func add(_ request: Request, _ role: CaseEditPages.ParticipantRole) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let personForm = try request.content.decode(PersonForm.self)
        let victimForm = try request.content.decode(VictimForm.self)
        let perpetratorForm = try request.content.decode(PerpetratorForm.self)
        let existing = try await CasePageSupport.existing(request, caller, personForm.personId)
        var validator = Validator()
        let person = personForm.record(&validator)
        let today = PartialDate.today(request.libertas.now())
        if existing == nil, !personForm.hasAnyName, role == .victim { validator.add("givenName", .validationNameRequired) }
        let choice: PersonChoice = existing.map { .existing($0.0) } ?? .new(person)
        do {
            switch role {
            case .victim:
                let context = victimForm.context(&validator, today: today)
                try validator.throwIfInvalid()
                _ = try await request.caseService.addVictim(caller, caseID: id, person: choice, context: context)
            case .perpetrator:
                let context = perpetratorForm.context(&validator)
                try validator.throwIfInvalid()
                _ = try await request.caseService.addPerpetrator(caller, caseID: id, person: choice, context: context)
            }
            return request.redirect(to: "/cases/\(id)#\(role.rawValue)", flash: role == .victim ? .caseVictimAdded : .casePerpetratorAdded)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let errors = FormErrors(CasePageSupport.formFields(error.fieldErrors), t: request.localizer)
            return request.page({ CaseEditPages.participant($0, caseID: id, role: role, person: personForm, existing: existing, victim: victimForm, perpetrator: perpetratorForm, errors: errors) }, status: .unprocessableEntity)
        }
    }

    // MARK: Editing people

    static func editVictim(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let victimID = try request.uuidParameter("victimId")
        _ = try await request.caseService.load(caller, id: id, for: .update)
        let view = try await request.caseService.get(caller, id: id)
        guard let victim = view.victims.first(where: { $0.id == victimID }) else { throw AppError.notFound }
        return request.page { CaseEditPages.victim($0, caseID: id, victimID: victimID, name: victim.person.fullName, values: VictimForm(victim.context), errors: .none) }
    }

    static func updateVictim(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let victimID = try request.uuidParameter("victimId")
        let form = try request.content.decode(VictimForm.self)
        var validator = Validator()
        let context = form.context(&validator, today: PartialDate.today(request.libertas.now()))
        do {
            try validator.throwIfInvalid()
            try await request.caseService.updateVictim(caller, caseID: id, victimID: victimID, context: context)
            return request.redirect(to: "/cases/\(id)#victims", flash: .caseSaved)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let errors = FormErrors(CasePageSupport.formFields(error.fieldErrors), t: request.localizer)
            return request.page({ CaseEditPages.victim($0, caseID: id, victimID: victimID, name: "", values: form, errors: errors) }, status: .unprocessableEntity)
        }
    }

    static func editPerson(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let personID = try request.uuidParameter("personId")
        _ = try await request.caseService.load(caller, id: id, for: .update)
        let view = try await request.caseService.get(caller, id: id)
        guard let record = view.victims.first(where: { $0.personID == personID })?.person ?? view.perpetrators.first(where: { $0.personID == personID })?.person else {
            throw AppError.notFound
        }
        return request.page { CaseEditPages.person($0, caseID: id, personID: personID, values: PersonForm(record), errors: .none) }
    }

    static func updatePerson(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let personID = try request.uuidParameter("personId")
        let form = try request.content.decode(PersonForm.self)
        var validator = Validator()
        let record = form.record(&validator)
        do {
            try validator.throwIfInvalid()
            try await request.caseService.updatePerson(caller, caseID: id, personID: personID, record: record)
            return request.redirect(to: "/cases/\(id)", flash: .caseSaved)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let errors = FormErrors(CasePageSupport.formFields(error.fieldErrors), t: request.localizer)
            return request.page({ CaseEditPages.person($0, caseID: id, personID: personID, values: form, errors: errors) }, status: .unprocessableEntity)
        }
    }

    static func removeParticipant(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let participant = try request.uuidParameter("participantId")
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .caseParticipantRemoved) {
            try await request.caseService.removeParticipant(caller, caseID: id, participantID: participant)
        }
    }
}
