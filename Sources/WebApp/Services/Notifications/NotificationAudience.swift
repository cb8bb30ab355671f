import AccessControl
import Fluent
import Foundation
import Storage

/// Who sees an event in their inbox.
///
/// An event meant for one person (a task's assignee) goes to them alone.
/// Otherwise it goes to the users of the organisation whose roles act on it:
/// case workers and supervisors handle referrals and transfers; supervisors
/// approve. Administrators, analysts and the coordinator do not act on cases,
/// so their inboxes stay quiet.
///
/// The audience is fixed when the event is published (the rows are fanned out
/// then): someone who joins later does not inherit old events, and someone who
/// leaves keeps nothing, since their rows go with their account.
enum NotificationAudience {
    static func roles(for kind: DomainEvent.Kind) -> Set<Role> {
        switch kind {
        case .referralReceived, .referralAccepted, .referralDeclined, .referralRevoked, .referralCompleted,
             .transferRequested, .transferAccepted, .transferDeclined, .approvalDecided, .taskAssigned, .taskOverdue:
            [.caseWorker, .supervisor]
        case .approvalRequested: [.supervisor]
        case .webhookTest, .knowledgeMatch: [] // a match is addressed to the search's owner
        }
    }

    /// The ids of the active users who hear `event`.
    static func recipients(of event: DomainEvent, on database: any Database) async throws -> [UUID] {
        if let userID = event.userID {
            let user = try await UserModel.query(on: database)
                .filter(\.$id == userID).filter(\.$organisation.$id == event.organisationID).filter(\.$active == true).first()
            return user == nil ? [] : [userID]
        }
        let roles = roles(for: event.kind)
        guard !roles.isEmpty else { return [] }
        let rows = try await UserRoleModel.query(on: database)
            .join(UserModel.self, on: \UserRoleModel.$user.$id == \UserModel.$id)
            .filter(UserModel.self, \.$organisation.$id == event.organisationID)
            .filter(UserModel.self, \.$active == true)
            .filter(\.$role ~~ roles.map(\.rawValue))
            .all()
        var seen = Set<UUID>()
        return rows.map { $0.$user.id }.filter { seen.insert($0).inserted }
    }
}
