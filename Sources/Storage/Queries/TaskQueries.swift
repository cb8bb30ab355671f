import FluentKit
import Foundation

/// Reads of tasks that pages and the follow-up job share.
public enum TaskQueries {
    /// Which open tasks a list shows.
    public enum Selection: Sendable {
        /// A user's open tasks.
        case assignedTo(UUID)
        /// An organisation's open tasks due before `day` (`YYYY-MM-DD`).
        case overdue(organisationID: UUID, before: String)
    }

    /// Open tasks, the earliest due first, paged by (due day, id).
    public static func open(_ selection: Selection, on database: any Database, after cursor: Cursor?, limit: Int) async throws -> ListPage<TaskModel> {
        let query = TaskModel.query(on: database).filter(\.$status == "Open")
        switch selection {
        case .assignedTo(let userID): query.filter(\.$assigneeID == userID)
        case .overdue(let organisationID, let day): query.filter(\.$organisationID == organisationID).filter(\.$dueOn < day)
        }
        if let cursor, let id = UUID(uuidString: cursor.id) {
            query.group(.or) { either in
                either.filter(\.$dueOn > cursor.key)
                either.group(.and) { $0.filter(\.$dueOn == cursor.key).filter(\.$id > id) }
            }
        }
        let rows = try await query.sort(\.$dueOn).sort(\.$id).limit(limit + 1).all()
        return page(rows, limit: limit) { Cursor(key: $0.dueOn, id: $0.id?.uuidString ?? "") }
    }

    /// Open tasks due before `day` whose assignee has not been told yet.
    public static func newlyOverdue(before day: String, on database: any Database) async throws -> [TaskModel] {
        try await TaskModel.query(on: database).filter(\.$status == "Open").filter(\.$dueOn < day).filter(\.$overdueNotifiedAt == nil).all()
    }

    /// Referrals still pending since before `cutoff` that have no follow-up task yet.
    public static func referralsNeedingFollowUp(pendingSince cutoff: Date, on database: any Database) async throws -> [ReferralModel] {
        let referrals = try await ReferralModel.query(on: database).filter(\.$status == "Pending").filter(\.$referredAt <= cutoff).all()
        guard !referrals.isEmpty else { return [] }
        let ids: [UUID?] = referrals.map(\.id)
        let followed = Set(try await TaskModel.query(on: database).filter(\.$kind == "ReferralFollowUp").filter(\.$referral.$id ~~ ids).all().compactMap { $0.$referral.id })
        return referrals.filter { referral in referral.id.map { !followed.contains($0) } ?? false }
    }
}
