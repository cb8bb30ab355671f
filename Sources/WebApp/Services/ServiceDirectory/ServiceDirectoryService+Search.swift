import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage

extension ServiceDirectoryService {
    /// The eligible providers for `query`, nearest first when the query has a
    /// point, otherwise by name.
    ///
    /// SQL narrows the candidates; ``ProviderMatch`` has the last word, so a
    /// provider the rules refuse is never listed, whatever SQL let through.
    /// Pages are cut after sorting, with a cursor on (sort key, id).
    func search(_ caller: Caller, _ query: ProviderQuery, cursor: String?, limit: Int?) async throws -> ListPage<ProviderListing> {
        let filter = context.listFilter(caller, .serviceProvider)
        if filter == .nothing { try await context.refuse(caller, .list, .serviceProvider, on: database) }
        let after = try Cursor.parse(cursor)
        let candidates = try await ServiceProviderQueries.candidates(on: database, filter: filter, query: query)
        var ranked: [(key: String, id: UUID, model: ServiceProviderModel, distance: Double?)] = []
        for model in candidates {
            let match = ProviderMatch.evaluate(model.record, for: query)
            guard match.isEligible else { continue }
            let id = try model.requireID()
            ranked.append((Self.sortKey(model, distance: match.distanceKm, byDistance: query.near != nil), id, model, match.distanceKm))
        }
        ranked.sort { ($0.key, $0.id.uuidString) < ($1.key, $1.id.uuidString) }
        if let after { ranked.removeAll { ($0.key, $0.id.uuidString) <= (after.key, after.id) } }
        let size = PageSize.clamp(limit)
        let items = Array(ranked.prefix(size))
        let next = ranked.count > size ? items.last.map { Cursor(key: $0.key, id: $0.id.uuidString).token } : nil
        let distances = Dictionary(uniqueKeysWithValues: items.compactMap { item in item.distance.map { (item.id, $0) } })
        return ListPage(items: try await listings(items.map(\.model), distances: distances), nextCursor: next)
    }

    /// Distances as fixed-width text sort as numbers; providers without a
    /// location come after all that have one ("~" sorts after digits).
    static func sortKey(_ model: ServiceProviderModel, distance: Double?, byDistance: Bool) -> String {
        guard byDistance else { return model.nameKey }
        return distance.map { String(format: "%012.3f", $0) } ?? "~" + model.nameKey
    }

    /// The models as listings, with their organisations' names.
    func listings(_ models: [ServiceProviderModel], distances: [UUID: Double]) async throws -> [ProviderListing] {
        let owners = Set(models.map { $0.$organisation.id })
        let names = Dictionary(uniqueKeysWithValues: try await OrganisationModel.query(on: database).filter(\.$id ~~ Array(owners)).all().map { ($0.id!, $0.name) })
        return try models.map { model in
            let id = try model.requireID()
            return ProviderListing(id: id, organisationID: model.$organisation.id, organisationName: names[model.$organisation.id] ?? "—",
                                   provider: model.record, availabilityUpdatedAt: model.availabilityUpdatedAt, distanceKm: distances[id])
        }
    }

    // MARK: Find a provider for a victim

    /// The search to start from for a victim of a case: their profile and open
    /// needs. Reading the victim needs read access to the case, and the read is
    /// audited like any other read of the case.
    func query(forVictim victimID: UUID, caseID: UUID, _ caller: Caller) async throws -> ProviderQuery {
        let cases = CaseService(database: database, context: context)
        let caseModel = try await cases.load(caller, id: caseID, for: .read)
        let file = try await CaseFileLoader(database: database, context: context).load(caseModel)
        guard let victim = file.victims.first(where: { $0.id == victimID }) else { throw AppError.notFound }
        var summary = AuditSummary()
        summary.note("victim", victimID.uuidString)
        summary.note("purpose", "serviceDirectory")
        try await context.audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.read", recordType: RecordKind.caseFile.rawValue,
                                                  recordID: caseID.uuidString, organisationID: caseModel.$organisation.id, summary: summary), on: database)
        let needs = file.services.filter { $0.victimID == victimID && ($0.status == .planned || $0.status == .inProgress) }.map(\.type)
        return ProviderQuery(victim: victim.person, context: victim.context, needs: needs, today: PartialDate.today(context.now()))
    }
}
