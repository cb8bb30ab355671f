import CaseModel
import KnowledgeBase

/// The facts of one synthetic court case, drawn once so that its structured
/// fields (verdict, issues, articles, parties) and its texts in each language
/// agree with each other.
struct CaseStory: Sendable {
    let jurisdiction: JurisdictionProfile
    /// Where the victims came from; the jurisdiction itself for domestic trafficking.
    let origin: JurisdictionProfile
    let city: String
    /// Defendants' family names, the first giving the case its name; the
    /// Chinese form is the name as a Chinese decision writes it.
    let defendants: [Phrase]
    let victimCount: Int
    let children: Bool
    let victimSex: PartyGroup.Sex
    let sector: Sector
    let recruitment: Phrase
    let control: [Phrase]
    let discovery: Phrase
    let evidence: [Phrase]
    let verdict: Verdict
    let stage: CourtStage
    let decided: PartialDate
    /// Year the exploitation began.
    let fromYear: Int
    /// Months the victims were exploited.
    let months: Int
    /// Years of imprisonment for the principal defendant (0 when not convicted).
    let sentenceYears: Int
    /// Compensation ordered, in thousands of the local currency (0 when none).
    let compensation: Int
    let caseNumber: String
    let crimes: [CrimeType]
    /// The cross-cutting issues the decision turns on, and the Protocol and
    /// Convention articles it applies: worked out once by `draw`, since every
    /// text of the record reads them (worked out on each read, they were a
    /// fifth of a seed's CPU time).
    private(set) var issues: [KnowledgeIssue] = []
    private(set) var articles: [ProtocolArticle] = []

    var isTransnational: Bool { origin.code != jurisdiction.code }
    var isCommonLaw: Bool { jurisdiction.isCommonLaw }
    var convicted: Bool { verdict == .convicted || verdict == .partlyConvicted }
    var organised: Bool { defendants.count >= 3 }
    var usesDebt: Bool { control.contains { $0.chinese.contains("债务") } }
    var isOnline: Bool { ["社交", "网上", "交友", "群聊"].contains { recruitment.chinese.contains($0) } || sector.exploitation == .sexualExploitation && sector.place.chinese.contains("摄像头") }

    static let verdicts = Weighted<Verdict>([(.convicted, 60), (.partlyConvicted, 12), (.acquitted, 14), (.dismissed, 5), (.pending, 9)])
    static let stages = Weighted<CourtStage>([(.firstInstance, 60), (.appeal, 27), (.finalAppeal, 11), (.other, 2)])
    /// More decisions are published for recent years.
    static let years = Weighted(Array(2000...2025).map { ($0, Double($0 - 1995)) })

    static func draw(in jurisdiction: JurisdictionProfile, latestYear: Int, using random: inout SeededRandom) -> CaseStory {
        let origin = random.chance(0.45) ? jurisdiction : JurisdictionProfile.weighted.pick(using: &random)
        let defendantCount = Weighted([(1, 40.0), (2, 25), (3, 15), (4, 10), (5, 6), (7, 4)]).pick(using: &random)
        // Chinese decisions anonymise defendants as 王某; others are named by family name.
        let defendants = jurisdiction.code == "CHN" || jurisdiction.code == "TWN"
            ? random.sample(KnowledgePhrases.chineseSurnames, count: defendantCount).map { Phrase($0.english, $0.chinese + "某") }
            : random.sample(NamePool.of(random.chance(0.6) ? origin.region : jurisdiction.region).family, count: defendantCount).map { Phrase($0, $0) }
        let sector = KnowledgePhrases.sectors.pick(using: &random)
        let children = random.chance(sector.involvesChildren ? 0.3 : 0.05)
        let sex: PartyGroup.Sex = switch sector.exploitation {
        case .sexualExploitation, .forcedMarriage: random.chance(0.9) ? .female : .mixed
        case .servitude: random.chance(0.8) ? .female : .mixed
        default: Weighted<PartyGroup.Sex>([(.male, 50), (.mixed, 35), (.female, 15)]).pick(using: &random)
        }
        let year = min(latestYear, years.pick(using: &random))
        let decided = PartialDate(year: year, month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random))!
        let verdict = verdicts.pick(using: &random)
        let convicted = verdict == .convicted || verdict == .partlyConvicted
        var crimes: [CrimeType] = [.traffickingInPersons]
        if defendants.count >= 3 || random.chance(0.1) { crimes.append(.organizedCriminalGroup) }
        if origin.code != jurisdiction.code, random.chance(0.2) { crimes.append(.migrantSmuggling) }
        if random.chance(0.15) { crimes.append(.moneyLaundering) }
        if random.chance(0.1) { crimes.append(.documentFraud) }
        if random.chance(0.05) { crimes.append(.corruption) }
        if random.chance(0.03) { crimes.append(.obstructionOfJustice) }
        var story = CaseStory(
            jurisdiction: jurisdiction, origin: origin, city: random.pick(jurisdiction.cities), defendants: defendants,
            victimCount: Weighted([(1, 25.0), (2, 15), (3, 12), (5, 12), (8, 10), (12, 10), (20, 8), (35, 5), (60, 3)]).pick(using: &random),
            children: children, victimSex: sex, sector: sector, recruitment: random.pick(KnowledgePhrases.recruitment),
            control: random.sample(KnowledgePhrases.control, count: Int.random(in: 1...4, using: &random)),
            discovery: random.pick(KnowledgePhrases.discovery),
            evidence: random.sample(KnowledgePhrases.evidence, count: Int.random(in: 2...5, using: &random)),
            verdict: verdict, stage: stages.pick(using: &random), decided: decided,
            fromYear: year - Int.random(in: 1...4, using: &random), months: Int.random(in: 2...48, using: &random),
            sentenceYears: convicted ? Int.random(in: 2...25, using: &random) : 0,
            compensation: convicted && random.chance(0.4) ? Int.random(in: 5...900, using: &random) : 0,
            caseNumber: "\(Int.random(in: 1...4999, using: &random))/\(year - Int.random(in: 0...2, using: &random))",
            crimes: crimes
        )
        story.issues = story.issuesFromFacts()
        story.articles = story.articlesFromFacts()
        return story
    }

    private func issuesFromFacts() -> [KnowledgeIssue] {
        var issues: [KnowledgeIssue] = []
        if children { issues.append(.childVictims) }
        if children || verdict != .acquitted && victimCount % 3 == 0 { issues.append(.consentIrrelevant) }
        if Self.mentions(recruitment.english, "promis") || Self.mentions(recruitment.english, "fake") || Self.mentions(recruitment.english, "offer") { issues.append(.deception) }
        if usesDebt { issues.append(.debtBondage) }
        if isOnline { issues.append(.onlineRecruitment) }
        if evidence.contains(where: { Self.mentions($0.english, "phones") || Self.mentions($0.english, "online") || Self.mentions($0.english, "intercepts") }) { issues.append(.digitalEvidence) }
        if evidence.contains(where: { Self.mentions($0.english, "testimony of the victims") }) { issues.append(.victimTestimony) }
        if evidence.contains(where: { Self.mentions($0.english, "psychologist") }) { issues.append(.expertEvidence) }
        if compensation > 0 { issues.append(.compensation) }
        if isTransnational { issues.append(victimCount % 2 == 0 ? .internationalCooperation : .jurisdiction) }
        if organised { issues.append(.organizedCrime) }
        if crimes.contains(.corruption) { issues.append(.corruption) }
        if sector.exploitation == .other { issues.append(.nonPunishment) }
        if victimCount >= 8 || children { issues.append(.victimProtection) }
        if issues.isEmpty || months % 5 == 0 { issues.append(.abuseOfVulnerability) }
        return issues
    }

    /// Whether `text` holds `phrase`, compared as bytes: Foundation's `contains`
    /// goes through `NSString`.
    private static func mentions(_ text: String, _ phrase: String) -> Bool {
        text.utf8.firstRange(of: phrase.utf8) != nil
    }

    private func articlesFromFacts() -> [ProtocolArticle] {
        var articles: [ProtocolArticle] = [.tip3a, .tip5]
        if issues.contains(.consentIrrelevant) { articles.append(.tip3b) }
        if children { articles += [.tip3c, .tip3d] }
        if compensation > 0 || issues.contains(.victimProtection) { articles.append(.tip6) }
        if isTransnational, months % 2 == 0 { articles.append(.tip8) }
        if organised { articles += [.untoc2, .untoc5] }
        if crimes.contains(.moneyLaundering) { articles.append(.untoc6) }
        if crimes.contains(.corruption) { articles.append(.untoc8) }
        if convicted, sentenceYears > 8 { articles.append(.untoc12) }
        if issues.contains(.internationalCooperation) { articles.append(.untoc18) }
        if issues.contains(.victimTestimony) { articles.append(.untoc24) }
        return articles
    }

    var defendantGroups: [PartyGroup] {
        var groups = [PartyGroup(count: defendants.count, sex: defendants.count > 1 ? .mixed : .male, ageBand: .adult, citizenship: [jurisdiction.code])]
        if isTransnational, defendants.count > 1 { groups.append(PartyGroup(count: 1, sex: .female, ageBand: .adult, citizenship: [origin.code])) }
        return groups
    }

    var victimGroups: [PartyGroup] {
        let age: PartyGroup.AgeBand = children ? (victimCount > 2 ? .mixed : .child) : .adult
        var groups = [PartyGroup(count: victimCount, sex: victimSex, ageBand: age, citizenship: [origin.code])]
        if victimCount > 10, isTransnational { groups.append(PartyGroup(count: victimCount / 5, sex: .unknown, ageBand: .unknown, citizenship: [jurisdiction.code])) }
        return groups
    }
}
