import CaseModel

/// What happens to a generated case after it is registered: services and support plans for its
/// victims, repatriation home for some who crossed a border, and the perpetrators' way through the
/// criminal-justice system. The shares are the generator's own choices, set so that national
/// statistics have every section filled (UNODC reports, for most countries, far fewer convictions
/// than suspects; about a third of victims in a shelter).
///
/// Drawn from its own random stream, so adding it left the cases themselves unchanged for a seed.
struct SyntheticAftercare {
    static let serviceTypes = Weighted<ServiceType>([
        (.shelter, 25), (.medical, 20), (.psychosocial, 20), (.legalAid, 10), (.interpretation, 5),
        (.repatriation, 4), (.reintegration, 6), (.education, 3), (.livelihood, 4), (.financial, 3),
    ])
    static let serviceStatus = Weighted<ServiceStatus>([(.completed, 50), (.inProgress, 35), (.planned, 10), (.cancelled, 5)])
    static let planTypes = Weighted<SupportPlanType>([
        (.socialCare, 30), (.health, 20), (.sexualExploitationRehabilitation, 15), (.labourExploitationRehabilitation, 15),
        (.legal, 8), (.livelihood, 6), (.education, 6),
    ])
    /// Services per assisted victim.
    static let servicesPerVictim = Weighted([(1, 45.0), (2, 35), (3, 20)])

    var random: SeededRandom
    let today: PartialDate

    /// Services, support plans and repatriations for the victims of a case.
    mutating func care(for victims: inout [SyntheticCase.Victim], origin: String?, destination: String?, identified: PartialDate)
        -> (services: [SyntheticCase.Service], plans: [SyntheticCase.SupportPlan]) {
        var services: [SyntheticCase.Service] = []
        var plans: [SyntheticCase.SupportPlan] = []
        for index in victims.indices where victims[index].context.traffickingStatus != .notAVictimOfTrafficking {
            if random.chance(0.7) {
                for _ in 0..<Self.servicesPerVictim.pick(using: &random) {
                    let status = Self.serviceStatus.pick(using: &random)
                    let start = identified.adding(months: Int.random(in: 0...2, using: &random))
                    // A planned service has not started; one that would start after today has not either.
                    let started = status == .planned || start > today ? nil : start
                    let ended = status == .completed ? started.map { $0.adding(months: Int.random(in: 1...6, using: &random)) }.flatMap { $0 > today ? nil : $0 } : nil
                    services.append(SyntheticCase.Service(victimIndex: index, type: Self.serviceTypes.pick(using: &random), status: ended == nil && status == .completed ? .inProgress : status, startedOn: started, endedOn: ended))
                }
                if random.chance(0.5) {
                    let end = identified.adding(months: Int.random(in: 3...12, using: &random))
                    plans.append(SyntheticCase.SupportPlan(victimIndex: index, type: Self.planTypes.pick(using: &random), completedOn: random.chance(0.5) && end <= today ? end : nil))
                }
            }
            // Some who were exploited abroad go home.
            if let origin, let destination, origin != destination, random.chance(0.15) {
                let home = identified.adding(months: Int.random(in: 1...6, using: &random))
                if home <= today {
                    victims[index].context.repatriatedTo = origin
                    victims[index].context.repatriatedOn = home.toMonth
                }
            }
        }
        return (services, plans)
    }

    /// Each perpetrator's stages: formal contact for most, then prosecution for some of them and
    /// conviction for some of those, each months after the one before. The article is the
    /// trafficking article of a criminal code (Moldova's: 165, and 206 for child trafficking).
    mutating func justice(perpetrators: Int, childVictim: Bool, identified: PartialDate) -> [SyntheticCase.JusticeStep] {
        var steps: [SyntheticCase.JusticeStep] = []
        let article = childVictim ? "Art. 206" : "Art. 165"
        for index in 0..<perpetrators {
            guard random.chance(0.6) else { continue }
            var date = identified.adding(months: Int.random(in: 0...3, using: &random))
            for (stage, next) in [(SyntheticCase.JusticeStep.Stage.formalContact, 0.45), (.prosecuted, 0.6), (.convicted, 0)] {
                guard date <= today else { break }
                steps.append(SyntheticCase.JusticeStep(perpetratorIndex: index, stage: stage, reachedOn: date, article: article))
                guard random.chance(next) else { break }
                date = date.adding(months: Int.random(in: 3...15, using: &random))
            }
        }
        return steps
    }
}
