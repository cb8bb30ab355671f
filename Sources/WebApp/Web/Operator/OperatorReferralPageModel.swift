import CaseModel
import Foundation
import PublicReporting
import Storage
import Vapor

/// What the item page's referral section needs: the item's referrals with the
/// receivers' names, where the operator may refer to, and the directory's providers
/// of the service asked for (`?service=`, or the one in a form sent back).
enum OperatorReferralPageModel {
    /// How many providers the directory proposes.
    static let providerLimit = 20

    static func make(_ request: Request, _ caller: Caller, lines: [OperatorReferralLine], caseID: UUID?, near location: GeoFix?,
                     draft: OperatorReferralRequest?) async throws -> OperatorReferralSection.Model {
        let organisations = try await UserPagesController.organisations(request, caller)
        var model = OperatorReferralSection.Model(lines: lines, draft: draft, userID: caller.user.id)
        // The form only where it can work: a case someone else holds is theirs to refer from.
        if let caseID, let held = try await CaseFileModel.find(caseID, on: request.db) {
            model.caseHeldElsewhere = !request.libertas.policy.decide(caller.principal, .update, CaseService.facts(held)).isAllowed
        }
        var receivers: Set<UUID> = []
        for organisation in organisations {
            guard let id = organisation.id else { continue }
            model.organisationNames[id] = organisation.name
            if organisation.active && id != caller.user.organisationID { receivers.insert(id) }
        }
        model.targets = organisations.filter { $0.id.map(receivers.contains) ?? false }
            .sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }
            .map { (value: $0.id!.uuidString, label: $0.name) }
        model.service = (request.queryValue("service") ?? draft?.serviceType).flatMap { ServiceType.parse($0) }
        if let service = model.service {
            let point = location.flatMap { GeoPoint(latitude: $0.latitude, longitude: $0.longitude) }
            model.providers = try await ServiceDirectoryService(database: request.db, context: request.libertas)
                .search(caller, ProviderQuery(service: service, near: point), cursor: nil, limit: providerLimit).items
                .filter { receivers.contains($0.organisationID) }
        }
        return model
    }
}
