import AccessControl
import CaseModel
import Fluent
import Foundation
import Storage

/// The coordinator's view of the referral mechanism: figures over all
/// referrals in a period, read as plain columns (no note, no person, no case).
struct ReferralStatisticsService {
    let database: any Database
    let context: LibertasContext

    /// Figures over referrals made in `period` (by the day they were made, UTC).
    func figures(_ caller: Caller, from: Date?, to: Date?) async throws -> ReferralFigures {
        try await context.authorize(caller, .read, RecordFacts(kind: .referralStatistics), on: database)
        let query = ReferralModel.query(on: database)
            .field(\.$serviceType).field(\.$status).field(\.$referredAt).field(\.$decidedAt).field(\.$firstServiceAt).field(\.$declineReason)
        if let from { query.filter(\.$referredAt >= from) }
        if let to { query.filter(\.$referredAt < to) }
        let facts = try await query.all().map { row in
            ReferralFact(serviceType: ServiceType(rawValue: row.serviceType) ?? .other, status: ReferralStatus(rawValue: row.status) ?? .pending,
                         referredAt: row.referredAt, decidedAt: row.decidedAt, firstServiceAt: row.firstServiceAt,
                         declineReason: row.declineReason.flatMap(DeclineReason.init(rawValue:)))
        }
        return ReferralFigures(facts)
    }
}
