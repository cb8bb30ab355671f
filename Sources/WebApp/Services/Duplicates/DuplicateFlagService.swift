import AccessControl
import AuditTrail
import Fluent
import Foundation
import Linkage
import Storage

/// A duplicate flag as the coordinator sees it: two organisations and their
/// case references, how alike the records are and why. Never a name.
struct DuplicateFlagView: Sendable {
    struct Side: Sendable {
        let organisationID: UUID
        let organisationName: String
        let caseReferences: [String]
    }

    let id: UUID
    let score: Double
    let reasons: [PersonMatch.Reason]
    let status: DuplicateFlagModel.Status
    let source: DuplicateFlagModel.Source
    /// The linkage model's evidence per field; empty for flags the background check found.
    let evidence: [ReviewCandidate.Evidence]
    let flaggedAt: Date?
    let resolvedAt: Date?
    /// The person whose check found the match.
    let registered: Side
    /// The earlier registration it matched.
    let matched: Side
}

/// The coordinator's list of likely duplicates across organisations.
struct DuplicateFlagService {
    let database: any Database
    let context: LibertasContext

    func list(_ caller: Caller, status: DuplicateFlagModel.Status?, source: DuplicateFlagModel.Source? = nil, cursor: String?, limit: Int?) async throws -> ListPage<DuplicateFlagView> {
        if context.listFilter(caller, .duplicateFlag) != .everything { try await context.refuse(caller, .list, .duplicateFlag, on: database) }
        let page = try await DuplicateFlagQueries.list(on: database, status: status, source: source, after: Cursor.parse(cursor), limit: PageSize.clamp(limit))
        let organisationIDs = Set(page.items.flatMap { [$0.organisationID, $0.otherOrganisationID] })
        var names: [UUID: String] = [:]
        for organisation in try await OrganisationModel.query(on: database).filter(\.$id ~~ organisationIDs).all() {
            if let id = organisation.id { names[id] = organisation.name }
        }
        let cases = try await PersonSearchService(database: database, context: context)
            .cases(of: page.items.flatMap { [$0.personID, $0.otherPersonID] })
        func side(_ person: UUID, _ organisation: UUID) -> DuplicateFlagView.Side {
            DuplicateFlagView.Side(organisationID: organisation, organisationName: names[organisation] ?? "—", caseReferences: (cases[person] ?? []).map(\.reference))
        }
        let decoder = JSONDecoder()
        let views = try page.items.map { flag in
            DuplicateFlagView(
                id: try flag.requireID(), score: flag.score,
                reasons: flag.reasons.split(separator: ",").compactMap { PersonMatch.Reason(rawValue: String($0)) },
                status: DuplicateFlagModel.Status(rawValue: flag.status) ?? .open,
                source: DuplicateFlagModel.Source(rawValue: flag.source) ?? .search,
                evidence: flag.evidence.flatMap { try? decoder.decode([ReviewCandidate.Evidence].self, from: Data($0.utf8)) } ?? [],
                flaggedAt: flag.createdAt, resolvedAt: flag.resolvedAt,
                registered: side(flag.personID, flag.organisationID),
                matched: side(flag.otherPersonID, flag.otherOrganisationID)
            )
        }
        if !views.isEmpty {
            var summary = AuditSummary()
            summary.note("count", String(views.count))
            try await context.audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "duplicateFlag.list", recordType: "duplicateFlag", summary: summary), on: database)
        }
        return ListPage(items: views, nextCursor: page.nextCursor)
    }

    /// Records what the organisations found out: the same person or different people.
    /// Setting `open` again reopens a flag.
    func resolve(_ caller: Caller, id: UUID, status: DuplicateFlagModel.Status) async throws {
        guard let flag = try await DuplicateFlagModel.find(id, on: database) else { throw AppError.notFound }
        try await context.authorize(caller, .update, RecordFacts(kind: .duplicateFlag, organisationID: flag.organisationID), recordID: id.uuidString, on: database)
        guard flag.status != status.rawValue else { return }
        let before = flag.status
        flag.status = status.rawValue
        flag.resolvedBy = status == .open ? nil : caller.user.id
        flag.resolvedAt = status == .open ? nil : context.now()
        try await context.audit.transaction(on: database) { tx, audit in
            try await flag.update(on: tx)
            var summary = AuditSummary()
            summary.set("status", from: before, to: status.rawValue)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "duplicateFlag.resolve", recordType: "duplicateFlag", recordID: id.uuidString, summary: summary))
        }
    }
}
