import Testing
@testable import CaseModel

@Suite("Referral consent gate")
struct ReferralDisclosureTests {
    static let today = PartialDate(year: 2026, month: 11, day: 23)!
    static let all = Set(DisclosureGroup.allCases)

    static func consent(_ shares: Set<DisclosureGroup> = all, method: ConsentMethod = .written, granted: Bool = true, withdrawn: Bool = false) -> ReferralConsent {
        ReferralConsent(granted: granted, withdrawn: withdrawn, method: method, shares: shares)
    }

    @Test("An adult's referral shares the requested groups that a current consent covers, and no more")
    func adult() {
        let gate = { (consents: [ReferralConsent], requested: Set<DisclosureGroup>) in
            ReferralDisclosure.allowed(requested, consents: consents, isChild: false, policy: .guardian)
        }
        #expect(gate([], Self.all).isEmpty)
        #expect(gate([Self.consent([.identity])], [.identity, .contact]) == [.identity])
        #expect(gate([Self.consent([.identity]), Self.consent([.contact])], [.identity, .contact]) == [.identity, .contact])
        #expect(gate([Self.consent(withdrawn: true)], Self.all).isEmpty)
        #expect(gate([Self.consent(granted: false)], Self.all).isEmpty)
        #expect(gate([Self.consent()], []).isEmpty)
    }

    @Test("Refusals say why: no consent, a guardian needed, or groups not covered")
    func refusals() {
        #expect(ReferralDisclosure.refusal([], consents: [], isChild: false, policy: .guardian) == nil)
        #expect(ReferralDisclosure.refusal([.identity], consents: [], isChild: false, policy: .guardian) == .noConsent)
        #expect(ReferralDisclosure.refusal([.identity, .contact], consents: [Self.consent([.identity])], isChild: false, policy: .guardian) == .notCovered([.contact]))
        #expect(ReferralDisclosure.refusal([.identity], consents: [Self.consent(method: .verbal)], isChild: true, policy: .guardian) == .needsGuardian)
        #expect(ReferralDisclosure.refusal([.identity], consents: [Self.consent(method: .guardian)], isChild: true, policy: .guardian) == nil)
        #expect(ReferralDisclosure.refusal(Self.all, consents: [], isChild: true, policy: .notRequired) == nil)
    }

    @Test("A victim is a child when under 18 now or when exploited, or possibly so", arguments: [
        (PartialDate(year: 2010, month: 5, day: 1), nil as AgeGroup?, nil as Int?, true),   // 16 now
        (PartialDate(year: 1990, month: 5, day: 1), nil, 16, true),                          // adult now, 16 when exploited
        (PartialDate(year: 1990, month: 5, day: 1), nil, 30, false),
        (PartialDate(year: 2008), nil, nil, true),                                             // 17 or 18: possibly a child
        (nil, .child, nil, true),
        (nil, .adult, nil, false),
        (nil, nil, nil, false),
    ])
    func child(birthDate: PartialDate?, ageGroup: AgeGroup?, ageWhenTrafficked: Int?, expected: Bool) {
        #expect(ReferralDisclosure.isChild(birthDate: birthDate, ageGroup: ageGroup, ageWhenTrafficked: ageWhenTrafficked, ageGroupAtExploitation: nil, today: Self.today) == expected)
    }
}
