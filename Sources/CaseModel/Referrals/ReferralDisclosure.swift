/// One recorded answer to the referral consent question, as the gate sees it.
public struct ReferralConsent: Hashable, Sendable {
    public var granted: Bool
    public var withdrawn: Bool
    public var method: ConsentMethod
    public var shares: Set<DisclosureGroup>

    public init(granted: Bool, withdrawn: Bool, method: ConsentMethod, shares: Set<DisclosureGroup>) {
        self.granted = granted
        self.withdrawn = withdrawn
        self.method = method
        self.shares = shares
    }

    /// Granted and not withdrawn.
    public var isCurrent: Bool { granted && !withdrawn }
}

/// The consent gate of referrals: which parts of a victim's record may be
/// shared, decided from the consents on record at the moment of asking. It is
/// asked when a referral is made and again on every read by the receiver, so a
/// withdrawal stops sharing at once.
public enum ReferralDisclosure {
    /// Why some requested groups may not be shared.
    public enum Refusal: Hashable, Sendable {
        /// No current consent to referral.
        case noConsent
        /// The victim is a child and national policy wants a guardian's or
        /// authority's consent, which is not on record.
        case needsGuardian
        /// The current consents do not cover these groups.
        case notCovered(Set<DisclosureGroup>)
    }

    /// Whether the victim follows the child path: under 18 now, or when the
    /// exploitation began. A partial birth date that leaves both possible counts
    /// as a child, the protective reading.
    public static func isChild(
        birthDate: PartialDate?,
        ageGroup: AgeGroup?,
        ageWhenTrafficked: Int?,
        ageGroupAtExploitation: AgeGroup?,
        today: PartialDate
    ) -> Bool {
        if let birthDate {
            if birthDate.ages(on: today).lowerBound < 18 { return true }
        } else if ageGroup == .child {
            return true
        }
        if let age = ageWhenTrafficked { return age < 18 }
        return ageGroupAtExploitation == .child
    }

    /// The groups of `requested` that may be shared now.
    public static func allowed(
        _ requested: Set<DisclosureGroup>,
        consents: [ReferralConsent],
        isChild: Bool,
        policy: ChildConsentPolicy
    ) -> Set<DisclosureGroup> {
        if isChild && policy == .notRequired { return requested }
        let current = consents.filter { $0.isCurrent && (!isChild || $0.method == .guardian) }
        return requested.intersection(current.reduce(into: Set<DisclosureGroup>()) { $0.formUnion($1.shares) })
    }

    /// Why `requested` cannot all be shared, or `nil` when it can.
    public static func refusal(
        _ requested: Set<DisclosureGroup>,
        consents: [ReferralConsent],
        isChild: Bool,
        policy: ChildConsentPolicy
    ) -> Refusal? {
        let shared = allowed(requested, consents: consents, isChild: isChild, policy: policy)
        guard shared != requested else { return nil }
        if isChild && policy == .guardian && !consents.contains(where: { $0.isCurrent && $0.method == .guardian }) { return .needsGuardian }
        if !consents.contains(where: \.isCurrent) { return .noConsent }
        return .notCovered(requested.subtracting(shared))
    }
}
