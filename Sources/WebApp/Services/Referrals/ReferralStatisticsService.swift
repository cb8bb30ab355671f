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

    /// Figures over referrals made from the first day of `from` to the last day of `to`, UTC, both included.
    func figures(_ caller: Caller, from: PartialDate?, to: PartialDate?) async throws -> ReferralFigures {
        try await context.authorize(caller, .read, RecordFacts(kind: .referralStatistics), on: database)
        let query = ReferralModel.query(on: database)
            .field(\.$serviceType).field(\.$status).field(\.$referredAt).field(\.$decidedAt).field(\.$firstServiceAt).field(\.$declineReason)
        if let start = from.flatMap({ Self.midnight($0.firstDay) }) { query.filter(\.$referredAt >= start) }
        if let end = to.flatMap({ Self.midnight($0.lastDay) })?.addingTimeInterval(86_400) { query.filter(\.$referredAt < end) }
        let facts = try await query.all().map { row in
            ReferralFact(serviceType: ServiceType(rawValue: row.serviceType) ?? .other, status: ReferralStatus(rawValue: row.status) ?? .pending,
                         referredAt: row.referredAt, decidedAt: row.decidedAt, firstServiceAt: row.firstServiceAt,
                         declineReason: row.declineReason.flatMap(DeclineReason.init(rawValue:)))
        }
        return ReferralFigures(facts)
    }

    private static func midnight(_ day: (year: Int, month: Int, day: Int)) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))
    }
}
