import CaseModel
import Foundation
import Localization
import Storage
import Vapor

/// Bulk actions from the case list: assign several cases to a worker, or refer
/// the victims of several cases. Each item goes through the same service call,
/// checks and audit as a single one; the page reports each outcome.
enum BulkCasePagesController {
    static func register(on routes: any RoutesBuilder) {
        routes.post("cases", "bulk", use: choose)
        routes.post("cases", "bulk", "referrals", use: refer)
    }

    /// How many cases one bulk action may take: a page of the list at most.
    static let limit = PageSize.maximum

    struct Selection: Content {
        var caseIds: [String]?
        var action: String?
        var assignedTo: String?
    }

    static func choose(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let form = try request.content.decode(Selection.self)
        let ids = try selected(form.caseIds)
        guard !ids.isEmpty else { return request.redirect(to: "/cases", flash: .bulkNothingSelected) }
        switch form.action {
        case "assign":
            let assignee = FormValue.text(form.assignedTo).flatMap(UUID.init(uuidString:))
            var outcomes: [BulkCasePages.Outcome] = []
            for id in ids {
                do {
                    let model = try await request.caseService.assign(caller, id: id, to: assignee)
                    outcomes.append(.init(caseID: id, reference: model.reference, problem: nil))
                } catch let error as AppError {
                    outcomes.append(.init(caseID: id, reference: try await reference(request, id), problem: problem(error, t: request.localizer)))
                }
            }
            return request.page { BulkCasePages.results($0, title: $0.t(.bulkAssignTitle), outcomes: outcomes) }
        case "refer":
            var files: [CaseFileView] = []
            for id in ids { files.append(try await request.caseService.get(caller, id: id)) }
            let referrals = request.referralService
            let readiness = files.reduce(into: [UUID: ReferralService.Readiness]()) { $0.merge(referrals.readiness($1)) { a, _ in a } }
            let organisations = try await UserPagesController.organisationNames(request, caller)
                .filter { $0.key != caller.user.organisationID }
                .sorted { $0.value.localizedCaseInsensitiveCompare($1.value) == .orderedAscending }
                .map { (value: $0.key.uuidString, label: $0.value) }
            return request.page { BulkCasePages.referForm($0, .init(cases: files, readiness: readiness, organisations: organisations)) }
        default:
            throw AppError.badRequest(.errorInvalid)
        }
    }

    static func refer(_ request: Request) async throws -> Response {
        struct Form: Content { var caseIds: [String]?; var toOrganisationId: String?; var serviceType: String?; var shares: [String]?; var note: String? }
        let caller = try request.caller()
        let form = try request.content.decode(Form.self)
        let ids = try selected(form.caseIds)
        var validator = Validator()
        let to = FormValue.text(form.toOrganisationId).flatMap(UUID.init(uuidString:))
        let service = FormValue.code(form.serviceType, ServiceType.self, field: "serviceType", &validator)
        let shares = FormValue.codes(form.shares, DisclosureGroup.self, field: "shares", &validator)
        if to == nil { validator.add("toOrganisationId", .validationRequired) }
        if service == nil { validator.add("serviceType", .validationRequired) }
        if ids.isEmpty { validator.add("caseIds", .validationRequired) }
        try validator.throwIfInvalid()
        var outcomes: [BulkCasePages.Outcome] = []
        for id in ids {
            let file = try await request.caseService.get(caller, id: id)
            for victim in file.victims {
                let name = victim.person.fullName.isEmpty ? "—" : victim.person.fullName
                do {
                    _ = try await request.referralService.refer(caller, caseID: id, NewReferral(
                        victimID: victim.id, toOrganisationID: to!, serviceType: service!, shares: shares, note: FormValue.text(form.note)))
                    outcomes.append(.init(caseID: id, reference: file.reference, victim: name, problem: nil))
                } catch let error as AppError {
                    outcomes.append(.init(caseID: id, reference: file.reference, victim: name, problem: problem(error, t: request.localizer)))
                }
            }
        }
        return request.page { BulkCasePages.results($0, title: $0.t(.bulkReferTitle), outcomes: outcomes) }
    }

    private static func selected(_ values: [String]?) throws -> [UUID] {
        var seen = Set<UUID>()
        let ids = (values ?? []).compactMap(UUID.init(uuidString:)).filter { seen.insert($0).inserted }
        guard ids.count <= limit else { throw AppError.badRequest(.bulkTooMany, ["limit": String(limit)]) }
        return ids
    }

    /// A case's reference for the outcome table, only if the caller may read it.
    private static func reference(_ request: Request, _ id: UUID) async throws -> String {
        (try? await request.caseService.load(try request.caller(), id: id, for: .read).reference) ?? "—"
    }

    private static func problem(_ error: AppError, t: Localizer) -> String {
        let fields = error.fieldErrors.map { $0.message(t) }
        return fields.isEmpty ? error.message(t) : fields.joined(separator: " ")
    }
}
