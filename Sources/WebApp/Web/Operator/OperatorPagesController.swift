import Foundation
import PublicReporting
import Storage
import Vapor

/// The operator console's pages, on the same `OperatorConsole` as `/api/v1/operator`.
/// `operator.js` polls `/operator/version` (a digest, no personal data, not audited)
/// and fetches `/operator/queue` (audited like the page) only when it changed.
enum OperatorPagesController {
    static func register(on routes: any RoutesBuilder) {
        routes.get("operator", use: show)
        routes.get("operator", "queue", use: queueFragment)
        routes.get("operator", "version", use: version)
        for kind in OperatorItemKind.allCases {
            let plural = PathComponent(stringLiteral: kind.rawValue + "s")
            routes.get("operator", plural, ":id") { request in try await item(request, kind) }
            routes.post("operator", plural, ":id", "notes") { request in
                try await perform(request, kind) { console, caller, id in
                    _ = try await console.addNote(caller, kind, id: id, text: try request.content.decode(OperatorNoteBody.self).text)
                }
            }
            routes.post("operator", plural, ":id", "checklist") { request in
                try await perform(request, kind) { console, caller, id in
                    let form = try request.content.decode(OperatorChecklistForm.self)
                    try await console.setChecklist(caller, kind, id: id, to: try OperatorAPI.checklist(form.items ?? []))
                }
            }
            routes.post("operator", plural, ":id", "assign") { request in
                try await perform(request, kind) { console, caller, id in
                    let chosen = try request.content.decode(OperatorAssignForm.self).operator ?? ""
                    try await console.assign(caller, kind, id: id, to: chosen.isEmpty ? nil : UUID(uuidString: chosen) ?? UUID())
                }
            }
            routes.post("operator", plural, ":id", "status") { request in
                try await perform(request, kind) { console, caller, id in
                    try await console.setStatus(caller, kind, id: id, to: try OperatorAPI.status(try request.content.decode(OperatorStatusBody.self).status))
                }
            }
            routes.post("operator", plural, ":id", "escalate") { request in
                let caller = try request.caller()
                let id = try request.uuidParameter("id")
                _ = try await OperatorAPI.console(request).escalate(caller, kind, id: id, t: request.localizer)
                return request.redirect(to: OperatorPages.itemPath(kind, id) + "#escalation", flash: .flashOperatorEscalated)
            }
            routes.post("operator", plural, ":id", "refer") { request in try await refer(request, kind) }
        }
    }

    static func show(_ request: Request) async throws -> Response {
        let model = try await queueModel(request)
        return request.page { OperatorPages.render($0, model) }
    }

    static func queueFragment(_ request: Request) async throws -> Response {
        let model = try await queueModel(request)
        let response = HTMLResponse.make(OperatorPages.queue(request.localizer, model).render(), language: request.localizer.language, clearFlash: false)
        response.headers.replaceOrAdd(name: "X-Queue-Version", value: model.queue.version)
        return response
    }

    static func version(_ request: Request) async throws -> OperatorVersionDTO {
        OperatorVersionDTO(version: try await OperatorAPI.console(request).version(try request.caller(), closedCursor: request.queryValue("closed_cursor")))
    }

    private static func queueModel(_ request: Request) async throws -> OperatorPages.Model {
        let caller = try request.caller()
        let console = OperatorAPI.console(request)
        let queue = try await console.queue(caller, closedCursor: request.queryValue("closed_cursor"))
        let names = Dictionary(uniqueKeysWithValues: try await console.operators(caller).map { ($0.id, $0.name) })
        let organisations = queue.items.contains { !$0.referrals.isEmpty } ? try await UserPagesController.organisationNames(request, caller) : [:]
        return OperatorPages.Model(queue: queue, names: names, organisationNames: organisations)
    }

    static func item(_ request: Request, _ kind: OperatorItemKind, errors: FormErrors = .none, status: HTTPResponseStatus = .ok,
                     draft: OperatorReferralRequest? = nil) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let console = OperatorAPI.console(request)
        switch kind {
        case .alert:
            let view = try await console.alert(caller, id: id)
            var model = OperatorItemPages.Model(kind: kind, id: id, status: view.status, assignedOperatorID: view.assignedOperatorID, checklist: view.checklist,
                                                caseID: view.caseID, notes: view.notes, operators: try await console.operators(caller))
            model.referral = try await OperatorReferralPageModel.make(request, caller, lines: view.referrals, caseID: view.caseID, near: view.location, draft: draft)
            model.errors = errors
            return request.page({ OperatorItemPages.alert($0, view, model) }, status: status)
        case .report:
            let view = try await console.reportDesk.view(caller, id: id)
            var model = OperatorItemPages.Model(kind: kind, id: id, status: view.status, assignedOperatorID: view.assignedOperatorID, checklist: view.checklist,
                                                caseID: view.caseID, notes: view.notes, operators: try await console.operators(caller))
            model.referral = try await OperatorReferralPageModel.make(request, caller, lines: view.referrals, caseID: view.caseID, near: view.location, draft: draft)
            model.errors = errors
            return request.page({ OperatorItemPages.report($0, view, model) }, status: status)
        }
    }

    /// The refer form: to the item's referrals with a message, or back to the item with the
    /// problems on top and what was typed kept.
    private static func refer(_ request: Request, _ kind: OperatorItemKind) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let draft = try request.content.decode(OperatorReferBody.self).request
        do {
            _ = try await OperatorAPI.console(request).refer(caller, kind, id: id, draft, t: request.localizer)
            return request.redirect(to: OperatorPages.itemPath(kind, id) + "#referral", flash: .flashOperatorReferred)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            return try await item(request, kind, errors: FormErrors(error.fieldErrors, t: request.localizer), status: error.status, draft: draft)
        }
    }

    /// Runs one action and goes back to the item; a refused field shows the item again with the reason.
    private static func perform(_ request: Request, _ kind: OperatorItemKind,
                                _ action: (OperatorConsole, Caller, UUID) async throws -> Void) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        do {
            try await action(OperatorAPI.console(request), caller, id)
            return request.redirect(to: OperatorPages.itemPath(kind, id), flash: .flashOperatorSaved)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            return try await item(request, kind, errors: FormErrors(error.fieldErrors, t: request.localizer), status: error.status)
        }
    }
}

/// The checklist form: ticked boxes arrive as `items[]`.
struct OperatorChecklistForm: Content {
    var items: [String]?
}

struct OperatorAssignForm: Content {
    var `operator`: String?
}

struct OperatorVersionDTO: Content {
    var version: String
}
