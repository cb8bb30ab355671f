import AccessControl
import CaseModel
import Charts
import Fluent
import Foundation
import Localization
import Storage
import Vapor

/// What the case page controllers share.
enum CasePageSupport {
    static func requireCreate(_ request: Request, _ caller: Caller) async throws {
        if request.libertas.policy.scope(for: caller.principal, action: .create, kind: .caseFile) == nil {
            try await request.libertas.refuse(caller, .create, .caseFile, on: request.db)
        }
    }

    /// An existing person chosen in a form, checked and decrypted.
    static func existing(_ request: Request, _ caller: Caller, _ personID: String?) async throws -> (UUID, PersonRecord)? {
        guard let id = FormValue.text(personID).flatMap(UUID.init(uuidString:)) else { return nil }
        guard let record = try await request.caseService.existingPersons(caller, ids: [id])[id] else { return nil }
        return (id, record)
    }

    /// Service field paths (`victims[0].person.birthDate`) as the form's field names (`birthDate`).
    static func formFields(_ errors: [FieldError]) -> [FieldError] {
        errors.map { error in
            var copy = error
            copy.field = String(error.field.split(separator: ".").last ?? Substring(error.field))
            return copy
        }
    }

    /// Active case workers and supervisors of an organisation, by id, with their usernames.
    static func workers(_ request: Request, organisationID: UUID) async throws -> [UUID: String] {
        let users = try await UserModel.query(on: request.db)
            .filter(\.$organisation.$id == organisationID).filter(\.$active == true).with(\.$roleRows).all()
        var names: [UUID: String] = [:]
        for user in users where !Set(user.roleNames).isDisjoint(with: [Role.caseWorker.rawValue, Role.supervisor.rawValue]) {
            if let id = user.id { names[id] = user.username }
        }
        return names
    }

    static func showModel(_ request: Request, _ caller: Caller, _ view: CaseFileView, errors: FormErrors = .none) async throws -> CaseShowPage.Model {
        let policy = request.libertas.policy
        let facts = RecordFacts(kind: .caseFile, ownerUserID: view.assignedTo ?? view.createdBy, organisationID: view.organisationID)
        let organisation = try await OrganisationModel.find(view.organisationID, on: request.db)
        let workers = try await workers(request, organisationID: view.organisationID)
        let userIDs = [view.assignedTo, view.createdBy].compactMap { $0 }.filter { workers[$0] == nil }
        var names = workers
        for user in try await UserModel.query(on: request.db).filter(\.$id ~~ userIDs).all() { if let id = user.id { names[id] = user.username } }
        let organisations = try await UserPagesController.organisationNames(request, caller)
            .sorted { $0.value.localizedCaseInsensitiveCompare($1.value) == .orderedAscending }
            .map { (value: $0.key.uuidString, label: $0.value) }
        let referrals = ReferralService(database: request.db, context: request.libertas)
        return CaseShowPage.Model(
            view: view,
            organisationName: organisation?.name ?? "—",
            userNames: names,
            mayEdit: policy.decide(caller.principal, .update, facts).isAllowed,
            mayAssign: policy.decide(caller.principal, .administer, facts).isAllowed,
            assignableWorkers: workers.map { ($0.key.uuidString, $0.value) }.sorted { $0.1 < $1.1 },
            organisations: organisations,
            routeMap: RouteMapView.render(view, t: request.localizer),
            referrals: try await referrals.referrals(caller, caseID: view.id),
            justiceStages: try await request.caseService.justiceStages(caseID: view.id),
            referralReadiness: referrals.readiness(view),
            pendingTransfer: try await request.transferService.pending(caseID: view.id),
            errors: errors,
            workflow: try await CaseWorkflow.load(request, caller, view)
        )
    }

    /// Runs a change posted from the case page: back to the page with a message,
    /// or, when the input was not valid, the page again with the problems on top.
    static func perform(_ request: Request, _ caller: Caller, caseID: UUID, flash: TextKey, anchor: String = "", _ action: () async throws -> Void) async throws -> Response {
        do {
            try await action()
            return request.redirect(to: "/cases/\(caseID)\(anchor.isEmpty ? "" : "#\(anchor)")", flash: flash)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let view = try await request.caseService.get(caller, id: caseID)
            let model = try await showModel(request, caller, view, errors: FormErrors(error.fieldErrors, t: request.localizer))
            return request.page({ CaseShowPage.render($0, model) }, status: .unprocessableEntity)
        }
    }
}

/// The route map on the case page: the countries of the route's events, numbered
/// in the order of the timeline beside it. Events without a country have no place
/// on a map; with no country at all there is no map, and the timeline stands alone.
enum RouteMapView {
    static func render(_ view: CaseFileView, t: Localizer) -> HTMLNode? {
        let located = view.events.enumerated().compactMap { index, item in
            item.event.country.map { (country: $0, kind: item.event.type, ordinal: index + 1) }
        }
        guard !located.isEmpty else { return nil }
        let stops = located.map { RouteMap.Stop(country: $0.country, kind: kind($0.kind), ordinal: $0.ordinal) }
        var names: [String: String] = [:]
        for stop in located { names[stop.country] = t.countryName(stop.country) }
        let route = located.map { "\($0.ordinal). \(t.text(forKey: $0.kind.labelKey)): \(names[$0.country] ?? $0.country)" }
        return .chart(RouteMap.svg(
            stops: stops,
            title: t(.casesRouteMapTitle),
            description: t(.casesRouteMapDescription, ["route": route.joined(separator: "; ")]),
            labels: names,
            kindLabels: Dictionary(uniqueKeysWithValues: EventType.allCases.map { (kind($0), t.text(forKey: $0.labelKey)) })
        ))
    }

    private static func kind(_ type: EventType) -> RouteMap.Stop.Kind {
        switch type {
        case .recruitment: .recruitment
        case .transit: .transit
        case .exploitation: .exploitation
        }
    }
}
