import CaseModel

/// Generates case registers that look like real ones: the shares of sex, age,
/// region and form of exploitation counted in CTDC's Victim–Perpetrator file
/// (see ``CTDCShares``), names common in each region of origin, routes through
/// plausible countries, and the gaps real registers have (unknown gender,
/// birth year only, no perpetrator).
///
/// The same seed gives the same cases, so benchmarks and tests can be re-run
/// on identical data. Every generated record passes ``RecordValidation``.
public struct SyntheticCaseGenerator: Sendable {
    private var random: SeededRandom
    private var aftercare: SyntheticAftercare
    private let today: PartialDate

    /// - Parameters:
    ///   - seed: the seed; equal seeds give equal cases.
    ///   - today: no generated date is later than this.
    public init(seed: UInt64, today: PartialDate) {
        random = SeededRandom(seed: seed)
        aftercare = SyntheticAftercare(random: SeededRandom(seed: seed ^ 0xAF7E_CA2E), today: today)
        self.today = today
    }

    /// Victims per case: mostly one, sometimes a group (the generator's own choice).
    static let victimsPerCase = Weighted([(1, 82.0), (2, 10), (3, 5), (4, 2), (6, 1)])
    static let perpetratorsPerCase = Weighted([(0, 20.0), (1, 60), (2, 15), (3, 5)])
    static let statusDecidedBy = Weighted<StatusDecisionMaker>([
        (.police, 40), (.ngo, 30), (.nonPoliceGovernmentalOrganization, 15), (.courtOrProsecution, 10), (.other, 5),
    ])
    static let traffickingStatus = Weighted<TraffickingStatus>([
        (.actualVictimOfTrafficking, 70), (.possibleVictimOfTrafficking, 27), (.notAVictimOfTrafficking, 3),
    ])
    static let adultAge = Weighted([(18...24, 35.0), (25...34, 35), (35...44, 18), (45...59, 10), (60...70, 2)])
    static let minorAge = Weighted([(6...11, 20.0), (12...14, 30), (15...17, 50)])
    static let controlMethodCount = Weighted([(0, 25.0), (1, 25), (2, 25), (3, 15), (4, 10)])
    static let recruitmentMethodCount = Weighted([(0, 40.0), (1, 50), (2, 10)])
    static let openStatus = Weighted<CaseStatus>([(.active, 75), (.followUp, 25)])
    /// Full date, year and month, year only, or only an age group.
    static let birthPrecision = Weighted([(0, 55.0), (1, 10), (2, 25), (3, 10)])
    static let closureReasons = [
        "Support plan completed; victim returned home safely.", "Victim moved abroad and was referred to services there.",
        "Victim chose to end contact.", "Referred to another organisation for long-term support.",
    ]

    /// The next case.
    public mutating func next() -> SyntheticCase {
        let regions = CTDCShares.originAndExploitation.pick(using: &random)
        let origin = regions.origin.map { RegionalCountries.origins($0).pick(using: &random) }
        var destination = regions.exploitation.map { RegionalCountries.destinations($0).pick(using: &random) }
        if destination == origin, regions.origin != nil, regions.origin != regions.exploitation { destination = nil }
        let identified = identificationDate()
        let recruited = identified.adding(months: -Int.random(in: 1...30, using: &random)).clamped(to: today)

        let count = Self.victimsPerCase.pick(using: &random)
        var victims: [SyntheticCase.Victim] = []
        for _ in 0..<count {
            victims.append(victim(originRegion: regions.origin, origin: origin, destination: destination, identified: identified, recruited: recruited))
        }
        let relationship = victims[0].context.relationshipToTrafficker
        let perpetrators = (0..<Self.perpetratorsPerCase.pick(using: &random)).map { index in
            perpetrator(index: index, relationship: relationship, origin: origin, destination: destination, regions: regions)
        }
        let route = route(origin: origin, destination: destination, recruited: recruited, identified: identified)
        let events = route.map { SyntheticCase.Event(victimIndex: count == 1 ? 0 : nil, event: $0) }
        let record = record(opened: identified, victims: victims)
        let (services, plans) = aftercare.care(for: &victims, origin: origin, destination: destination, identified: identified)
        let childVictim = victims.contains { $0.context.ageGroupAtExploitation == .child }
        let justice = aftercare.justice(perpetrators: perpetrators.count, childVictim: childVictim, identified: identified)
        return SyntheticCase(record: record, victims: victims, perpetrators: perpetrators, events: events, services: services, supportPlans: plans, justice: justice)
    }

    // MARK: - Parts

    private mutating func victim(originRegion: CTDCShares.Region?, origin: String?, destination: String?, identified: PartialDate, recruited: PartialDate) -> SyntheticCase.Victim {
        let (gender, minor) = CTDCShares.genderAndMajority.pick(using: &random)
        var person = name(gender: gender, region: originRegion)
        person.gender = gender
        if let origin {
            person.citizenships = [origin]
            if random.chance(0.03), let region = originRegion {
                let second = RegionalCountries.origins(region).pick(using: &random)
                if second != origin { person.citizenships.append(second) }
            }
            if random.chance(0.35), let code = RegionalCountries.callingCodes[origin] {
                let digits = (0..<9).map { index in String(Int.random(in: (index == 0 ? 1 : 0)...9, using: &random)) }.joined()
                person.phone = PhoneNumber(parsing: "+\(code)\(digits)")
            }
        }
        var context = VictimContext(identifiedOn: identified.toMonth)
        if let minor {
            let age = Int.random(in: (minor ? Self.minorAge : Self.adultAge).pick(using: &random), using: &random)
            birthDate(&person, age: age, at: recruited)
            if random.chance(0.8) { context.ageWhenTrafficked = age }
            context.ageGroupAtExploitation = AgeGroup(age: age)
        }
        context.traffickingStatus = Self.traffickingStatus.pick(using: &random)
        if context.traffickingStatus != .possibleVictimOfTrafficking {
            context.statusDecidedBy = Self.statusDecidedBy.pick(using: &random)
            context.statusDecidedOn = identified
        }
        context.relationshipToTrafficker = CTDCShares.relationship.pick(using: &random)
        let forms = CTDCShares.exploitation(gender).pick(using: &random)
        if forms.forcedLabour {
            context.exploitationTypes.insert(.forcedLabour)
            if random.chance(0.8) { context.forcedLabourIndustry = CTDCShares.industries.pick(using: &random) }
        }
        if forms.sexual {
            context.exploitationTypes.insert(.sexualExploitation)
            if random.chance(0.85) { context.sexualExploitationTypes = [CTDCShares.sexualExploitation.pick(using: &random)] }
        }
        if !forms.forcedLabour, !forms.sexual, let other = CTDCShares.otherForms.pick(using: &random) {
            context.exploitationTypes.insert(other)
        }
        context.controlMethods = Set((0..<Self.controlMethodCount.pick(using: &random)).map { _ in
            CTDCShares.controlMethods.pick(using: &random)
        })
        context.recruitmentMethods = Set((0..<Self.recruitmentMethodCount.pick(using: &random)).map { _ in
            CTDCShares.recruitmentMethods.pick(using: &random)
        })
        context.exploitationCountry = destination
        return SyntheticCase.Victim(person: person, context: context)
    }

    private mutating func perpetrator(index: Int, relationship: RelationshipToTrafficker?, origin: String?, destination: String?, regions: (origin: CTDCShares.Region?, exploitation: CTDCShares.Region?)) -> SyntheticCase.Perpetrator {
        let genders = CTDCShares.perpetratorGender.pick(using: &random)
        let gender = genders.map { $0[index % $0.count] }
        let fromOrigin = random.chance(0.5)
        var person = name(gender: gender, region: fromOrigin ? regions.origin : regions.exploitation)
        person.gender = gender
        if let country = fromOrigin ? origin : destination { person.citizenships = [country] }
        var context = PerpetratorContext(relationship: relationship)
        for share in CTDCShares.roleShares where random.chance(share.rows / CTDCShares.rows) {
            context.roles.insert(share.roles[Int.random(in: 0..<share.roles.count, using: &random)])
        }
        return SyntheticCase.Perpetrator(person: person, context: context)
    }

    private mutating func route(origin: String?, destination: String?, recruited: PartialDate, identified: PartialDate) -> [RouteEvent] {
        var events: [RouteEvent] = []
        if let origin { events.append(RouteEvent(type: .recruitment, dateFrom: recruited, country: origin)) }
        var arrived = recruited
        if let origin, let destination, origin != destination, random.chance(0.35) {
            let transit = RegionalCountries.transit.pick(using: &random)
            if transit != origin, transit != destination {
                arrived = recruited.adding(months: 1).clamped(to: identified)
                events.append(RouteEvent(type: .transit, dateFrom: arrived, country: transit))
            }
        }
        if let destination {
            let start = arrived.adding(months: Int.random(in: 0...3, using: &random)).clamped(to: identified)
            events.append(RouteEvent(type: .exploitation, dateFrom: start, dateTo: identified, country: destination))
        }
        return events
    }

    private mutating func record(opened: PartialDate, victims: [SyntheticCase.Victim]) -> CaseRecord {
        let forms = victims.flatMap(\.context.exploitationTypes).map(\.rawValue)
        var record = CaseRecord(openedOn: opened, summary: "Synthetic case for testing: " + (forms.isEmpty ? "form of exploitation not recorded." : Set(forms).sorted().joined(separator: ", ") + "."))
        let ageInMonths = (today.year - opened.year) * 12 + ((today.month ?? 1) - (opened.month ?? 1))
        let closes = random.chance(ageInMonths > 24 ? 0.65 : 0.15)
        if closes {
            record.status = random.chance(0.7) ? .closed : .closedReferred
            record.closedOn = opened.adding(months: Int.random(in: 1...max(1, min(24, ageInMonths)), using: &random)).clamped(to: today)
            record.closureReason = Self.closureReasons[Int.random(in: 0..<Self.closureReasons.count, using: &random)]
        } else {
            record.status = Self.openStatus.pick(using: &random)
        }
        return record
    }

    // MARK: - Names and dates

    private mutating func name(gender: Gender?, region: CTDCShares.Region?) -> PersonRecord {
        let pool = NamePool.of(region)
        let feminine = gender == .feminine || (gender == nil && random.chance(0.5))
        let given = feminine ? pool.feminine : pool.masculine
        var person = PersonRecord()
        person.givenName = given[Int.random(in: 0..<given.count, using: &random)]
        person.familyName = pool.family[Int.random(in: 0..<pool.family.count, using: &random)]
        if random.chance(0.05) { person.aliases = [given[Int.random(in: 0..<given.count, using: &random)]] }
        return person
    }

    /// Full date, year and month, or year only, as registers record them.
    private mutating func birthDate(_ person: inout PersonRecord, age: Int, at moment: PartialDate) {
        let month = Int.random(in: 1...12, using: &random), day = Int.random(in: 1...28, using: &random)
        // Born `age` years before `moment`, a year earlier if the birthday comes later in the year.
        let year = moment.year - age - ((month, day) > (moment.month ?? 12, moment.day ?? 28) ? 1 : 0)
        switch Self.birthPrecision.pick(using: &random) {
        case 0: person.birthDate = PartialDate(year: year, month: month, day: day)
        case 1: person.birthDate = PartialDate(year: year, month: month)
        case 2: person.birthDate = PartialDate(year: year)
        default: person.ageGroup = AgeGroup(age: age)
        }
    }

    /// A day in the last eleven years, recent months likelier (the smaller of
    /// two draws), as registers grow.
    private mutating func identificationDate() -> PartialDate {
        let back = min(Int.random(in: 0...132, using: &random), Int.random(in: 0...132, using: &random))
        let month = today.adding(months: -back)
        return PartialDate(year: month.year, month: month.month, day: Int.random(in: 1...28, using: &random))!.clamped(to: today)
    }
}

extension PartialDate {
    /// The same precision, `months` later (earlier when negative); the day is kept (at most 28 in practice).
    func adding(months: Int) -> PartialDate {
        let index = year * 12 + ((month ?? 1) - 1) + months
        let newYear = index / 12, newMonth = index % 12 + 1
        if month == nil { return PartialDate(year: newYear)! }
        return PartialDate(year: newYear, month: newMonth, day: day.map { min($0, 28) })!
    }

    /// This date, or `limit` if this is later.
    func clamped(to limit: PartialDate) -> PartialDate {
        self > limit ? limit : self
    }
}
