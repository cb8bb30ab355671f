import AccessControl
import Fluent
import Storage
import Vapor

/// `/`: what the signed-in user can reach, with a few counts and recent activity.
enum DashboardController {
    static func register(on routes: any RoutesBuilder) {
        routes.get(use: show)
    }

    static func show(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let context = request.libertas
        let organisation = try await OrganisationModel.find(caller.user.organisationID, on: request.db)
        var model = DashboardPage.Model(organisationName: organisation?.name ?? "—", roles: Role.allCases.filter(caller.user.roles.contains))
        model.organisationCount = try await count(OrganisationModel.query(on: request.db), filter: context.listFilter(caller, .organisation)) { query, id in
            query.filter(\.$id == id)
        }
        if context.listFilter(caller, .user) != .ownedBy(userID: caller.user.id) {
            model.userCount = try await count(UserModel.query(on: request.db), filter: context.listFilter(caller, .user)) { query, id in
                query.filter(\.$organisation.$id == id)
            }
        }
        model.tokenCount = try await AccessTokenModel.query(on: request.db)
            .filter(\.$user.$id == caller.user.id).filter(\.$revokedAt == nil).count()
        if case let filter = context.listFilter(caller, .auditEntry), filter != .nothing, filter != .ownedBy(userID: caller.user.id) {
            model.recentActivity = try await AuditQueries.list(on: request.db, filter: filter, criteria: AuditCriteria(), after: nil, limit: 5).items
        }
        return request.page { DashboardPage.render($0, model) }
    }

    /// Counts rows admitted by a list filter; `byOrganisation` narrows a query to one organisation.
    private static func count<M: Model>(
        _ query: QueryBuilder<M>,
        filter: RecordFilter,
        byOrganisation: (QueryBuilder<M>, UUID) -> Void
    ) async throws -> Int? {
        switch filter {
        case .nothing, .ownedBy: return nil
        case .organisation(let id, _), .organisationOrReferred(let id, _): byOrganisation(query, id)
        case .everything: break
        }
        return try await query.count()
    }
}
