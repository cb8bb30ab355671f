import CaseModel
import Foundation
import Testing

@Suite("Referral figures for the coordinator")
struct ReferralFiguresTests {
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    func hours(_ h: Double) -> Date { start.addingTimeInterval(h * 3600) }

    @Test("Counts, medians and the declined share, worked by hand")
    func figures() {
        // Acceptance after 2, 4 and 10 hours → median 4 h. First service after 6 and 30 hours → median 18 h.
        // Answered: 3 accepted or completed + 2 declined = 5; declined share 2/5.
        let facts = [
            ReferralFact(serviceType: .shelter, status: .accepted, referredAt: start, decidedAt: hours(2), firstServiceAt: hours(6)),
            ReferralFact(serviceType: .shelter, status: .completed, referredAt: start, decidedAt: hours(10), firstServiceAt: hours(30)),
            ReferralFact(serviceType: .medical, status: .accepted, referredAt: start, decidedAt: hours(4)),
            ReferralFact(serviceType: .shelter, status: .declined, referredAt: start, decidedAt: hours(1), declineReason: .noCapacity),
            ReferralFact(serviceType: .legalAid, status: .declined, referredAt: start, decidedAt: hours(1), declineReason: .noCapacity),
            ReferralFact(serviceType: .legalAid, status: .pending, referredAt: start),
            ReferralFact(serviceType: .medical, status: .revoked, referredAt: start),
        ]
        let figures = ReferralFigures(facts)
        #expect(figures.total == 7)
        #expect(figures.counts[.shelter] == [.accepted: 1, .completed: 1, .declined: 1])
        #expect(figures.counts[.legalAid] == [.declined: 1, .pending: 1])
        #expect(abs((figures.medianToAcceptance ?? 0) - 4 * 3600) < 1e-6)
        #expect(abs((figures.medianToFirstService ?? 0) - 18 * 3600) < 1e-6)
        #expect(figures.declinedShare == 0.4)
        #expect(figures.declineReasons == [.noCapacity: 2])
    }

    @Test("With nothing answered there is no share and no median")
    func empty() {
        let figures = ReferralFigures([ReferralFact(serviceType: .shelter, status: .pending, referredAt: start)])
        #expect(figures.declinedShare == nil && figures.medianToAcceptance == nil && figures.medianToFirstService == nil)
        #expect(ReferralFigures.median([3, 1, 2]) == 2 && ReferralFigures.median([4, 1, 3, 2]) == 2.5)
    }
}
