import CaseModel
import Foundation
import Localization
import Storage
import Vapor

/// Case transfers through the pages: request from the case, decide from the list.
enum TransferPagesController {
    static func register(on routes: any RoutesBuilder) {
        routes.post("cases", ":id", "transfers", use: request)
        routes.get("transfers", use: index)
        for decision in [TransferService.Decision.accept, .decline, .cancel] {
            routes.post("transfers", ":id", PathComponent(stringLiteral: decision.rawValue)) { request in try await decide(request, decision) }
        }
    }

    static func request(_ request: Request) async throws -> Response {
        struct Form: Content { var toOrganisationId: String?; var comment: String? }
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(Form.self)
        return try await CasePageSupport.perform(request, caller, caseID: id, flash: .transferRequestedFlash, anchor: "referrals") {
            guard let target = FormValue.text(form.toOrganisationId).flatMap(UUID.init(uuidString:)) else {
                throw AppError.invalid([FieldError("toOrganisationId", .validationRequired)])
            }
            _ = try await request.transferService.request(caller, caseID: id, to: target, comment: FormValue.text(form.comment))
        }
    }

    static func index(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let service = request.transferService
        let incoming = try await service.list(caller, direction: .incoming)
        let outgoing = try await service.list(caller, direction: .outgoing)
        let names = try await UserPagesController.organisationNames(request, caller)
        let mayDecide = service.mayDecide(caller)
        return request.page { TransferPages.list($0, incoming: incoming, outgoing: outgoing, organisationNames: names, mayDecide: mayDecide) }
    }

    static func decide(_ request: Request, _ decision: TransferService.Decision) async throws -> Response {
        struct Form: Content { var comment: String? }
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let form = try request.content.decode(Form.self)
        try await request.transferService.decide(caller, id: id, decision, comment: FormValue.text(form.comment))
        let caseID = try await CaseTransferModel.find(id, on: request.db)?.$caseFile.id
        switch decision {
        case .accept: return request.redirect(to: caseID.map { "/cases/\($0)" } ?? "/transfers", flash: .transferAcceptedFlash)
        case .decline: return request.redirect(to: "/transfers", flash: .transferDeclinedFlash)
        case .cancel: return request.redirect(to: caseID.map { "/cases/\($0)#referrals" } ?? "/transfers", flash: .transferCancelledFlash)
        }
    }
}

/// The organisation's case transfers: incoming ones to decide, and those it asked for.
enum TransferPages {
    static func list(_ context: PageContext, incoming: [TransferService.Line], outgoing: [TransferService.Line], organisationNames: [UUID: String], mayDecide: Bool) -> String {
        let t = context.t
        return Layout.render(context, title: t(.transfersTitle), section: .referrals) {
            h1 { t(.transfersTitle) }
            p { a(.href("/referrals")) { t(.referralsTitle) } }
            h2 { t(.transfersIncoming) }
            if incoming.isEmpty { p(.class("empty")) { t(.transfersNoneIncoming) } }
            for line in incoming {
                article(.class("card transfer"), .id("transfer-\(line.id)")) {
                    p {
                        strong { line.reference }
                        " — "
                        t(.transferFrom, ["organisation": organisationNames[line.fromOrganisationID] ?? "—"])
                        " · "
                        Components.dateTime(line.requestedAt, t: t)
                        " · "
                        Components.badge(t.text(forKey: line.status.labelKey))
                    }
                    if let comment = line.comment { p { comment } }
                    if line.status == .pending && mayDecide {
                        for (decision, label, kind) in [(TransferService.Decision.accept, t(.transferAccept), ""), (.decline, t(.transferDecline), "secondary")] {
                            form(.class("inline-form"), .method("post"), .action("/transfers/\(line.id)/\(decision.rawValue)")) {
                                Components.csrfField(context.csrfToken)
                                button(.type("submit"), kind.isEmpty ? nil : .class(kind)) { label }
                            }
                            " "
                        }
                    }
                }
            }
            h2 { t(.transfersOutgoing) }
            if outgoing.isEmpty { p(.class("empty")) { t(.transfersNoneOutgoing) } }
            ul {
                for line in outgoing {
                    li {
                        if let caseID = line.caseID { a(.class("mono"), .href("/cases/\(caseID)")) { line.reference } } else { span(.class("mono")) { line.reference } }
                        " → "
                        organisationNames[line.toOrganisationID] ?? "—"
                        " · "
                        Components.badge(t.text(forKey: line.status.labelKey))
                    }
                }
            }
        }
    }
}
