import Foundation

/// What the coordinator's dashboard knows of one referral: no person, no case.
public struct ReferralFact: Sendable, Equatable {
    public var serviceType: ServiceType
    public var status: ReferralStatus
    public var referredAt: Date
    /// When the receiver accepted or declined.
    public var decidedAt: Date?
    public var firstServiceAt: Date?
    public var declineReason: DeclineReason?

    public init(serviceType: ServiceType, status: ReferralStatus, referredAt: Date, decidedAt: Date? = nil, firstServiceAt: Date? = nil, declineReason: DeclineReason? = nil) {
        self.serviceType = serviceType
        self.status = status
        self.referredAt = referredAt
        self.decidedAt = decidedAt
        self.firstServiceAt = firstServiceAt
        self.declineReason = declineReason
    }
}

/// The national referral mechanism in aggregate: how many referrals, how fast
/// they are answered and served, and how many are declined and why.
public struct ReferralFigures: Sendable, Equatable {
    /// Referrals by service type and status; every pair that occurs.
    public var counts: [ServiceType: [ReferralStatus: Int]]
    public var total: Int
    /// Median time from referral to acceptance, over accepted (and later completed) referrals.
    public var medianToAcceptance: TimeInterval?
    /// Median time from referral to the first service, over referrals that recorded one.
    public var medianToFirstService: TimeInterval?
    /// Declined referrals over referrals that were answered (accepted, declined or completed); nil before any answer.
    public var declinedShare: Double?
    public var declineReasons: [DeclineReason: Int]

    /// Sums up `facts`. The median of an even count is the mean of the two middle values.
    public init(_ facts: [ReferralFact]) {
        var counts: [ServiceType: [ReferralStatus: Int]] = [:]
        var reasons: [DeclineReason: Int] = [:]
        var toAcceptance: [TimeInterval] = []
        var toService: [TimeInterval] = []
        var answered = 0
        var declined = 0
        for fact in facts {
            counts[fact.serviceType, default: [:]][fact.status, default: 0] += 1
            switch fact.status {
            case .accepted, .completed:
                answered += 1
                if let decided = fact.decidedAt { toAcceptance.append(decided.timeIntervalSince(fact.referredAt)) }
            case .declined:
                answered += 1
                declined += 1
                reasons[fact.declineReason ?? .other, default: 0] += 1
            case .pending, .revoked:
                break
            }
            if let served = fact.firstServiceAt { toService.append(served.timeIntervalSince(fact.referredAt)) }
        }
        self.counts = counts
        self.total = facts.count
        self.medianToAcceptance = Self.median(toAcceptance)
        self.medianToFirstService = Self.median(toService)
        self.declinedShare = answered == 0 ? nil : Double(declined) / Double(answered)
        self.declineReasons = reasons
    }

    /// The middle value of `values`, or the mean of the two middle values; nil when empty.
    public static func median(_ values: [TimeInterval]) -> TimeInterval? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }
}
